using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Modules.Pickle;

/// <summary>
/// <c>_pickle.Unpickler</c>: runs the opcodes of a pickle on a stack. Input is either a byte string (<c>loads</c>) or a
/// file read with <c>read</c>/<c>readline</c>, a whole frame at a time from protocol 4, never past the STOP opcode, so
/// several pickles can follow each other in one file. INVARIANT: an unpickler belongs to one interpreter.
/// </summary>
internal sealed partial class PyUnpickler : PyObject
{
    private readonly PyType _type;
    private PyDict? _dict;

    private int _proto;
    private bool _fixImports = true;
    private string _encoding = "ASCII";
    private string _errors = "strict";
    private PyObject? _buffers;
    private bool _initialized;

    // Input: a window of bytes (all of loads' data, or the current frame of a file) and the file's methods.
    private byte[] _data = [];
    private int _pos;
    private int _end;
    private PyObject? _read;
    private PyObject? _readline;

    private readonly List<PyObject> _stack = [];
    private readonly List<int> _marks = [];
    internal readonly Dictionary<long, PyObject> Memo = [];

    private PyObject? _findClass;
    private PyObject? _persistentLoad;

    internal PyUnpickler(PyType type) => _type = type;

    /// <inheritdoc/>
    public override PyType Type => _type;

    /// <inheritdoc/>
    public override PyDict? Dict => _type.IsBuiltin ? null : _dict ??= new PyDict();

    internal void InitOptions(string fname, PyObject? fixImports, PyObject? encoding, PyObject? errors, PyObject? buffers)
    {
        _fixImports = fixImports == null || Ops.IsTrue(fixImports);
        if (encoding != null)
            _encoding = (encoding as PyStr ?? throw Err.Type($"{fname}() argument 'encoding' must be str, not {Ops.TypeName(encoding)}")).Value;
        if (errors != null)
            _errors = (errors as PyStr ?? throw Err.Type($"{fname}() argument 'errors' must be str, not {Ops.TypeName(errors)}")).Value;
        _buffers = buffers == null || buffers == PyNone.Instance ? null : Ops.GetIter(buffers);
        Memo.Clear();
        _proto = 0;
        _initialized = true;
    }

    internal void SetData(PyObject data)
    {
        _data = data switch
        {
            PyBytes b => b.Value,
            PyByteArray ba => ba.AsSpan().ToArray(),
            PyMemoryView mv => mv.Bytes.ToArray(),
            _ => throw Err.Type($"a bytes-like object is required, not '{Ops.TypeName(data)}'"),
        };
        _pos = 0;
        _end = _data.Length;
    }

    internal void SetFile(PyObject file)
    {
        _read = Ops.GetAttrOrNull(file, "read");
        _readline = Ops.GetAttrOrNull(file, "readline");
        if (_read == null || _readline == null)
            throw Err.Type("file must have 'read' and 'readline' attributes");
        _data = [];
        _pos = _end = 0;
    }

    // ---- input ----

    private static PyException Truncated() => PickleModule.Unpickling("pickle data was truncated");

    private static PyException Eof() => Err.New(BuiltinTypes.EOFError, "Ran out of input");

    /// <summary>The next opcode, or -1 at the end of the input.</summary>
    private int ReadOpcode()
    {
        if (_pos < _end)
            return _data[_pos++];
        if (_read == null)
            return -1;
        var chunk = ReadFromFile(1);
        return chunk.Length == 0 ? -1 : chunk[0];
    }

    private byte[] ReadFromFile(int n)
    {
        var r = Ops.Call(_read!, PyInt.From(n));
        return r switch
        {
            PyBytes b => b.Value,
            PyByteArray ba => ba.AsSpan().ToArray(),
            _ => throw Err.Type($"a bytes-like object is required, not '{Ops.TypeName(r)}'"),
        };
    }

    /// <summary>n bytes of argument: from the window, else from the file.</summary>
    private ReadOnlySpan<byte> Read(long n)
    {
        if (n < 0)
            throw Truncated();
        if (_pos < _end || _read == null)
        {
            if (_end - _pos < n)
                throw Truncated();
            var span = _data.AsSpan(_pos, (int)n);
            _pos += (int)n;
            return span;
        }
        if (n > int.MaxValue)
            throw Truncated();
        var chunk = ReadFromFile((int)n);
        if (chunk.Length < n)
            throw Truncated();
        return chunk;
    }

    /// <summary>A line argument, with its newline.</summary>
    private ReadOnlySpan<byte> ReadLine()
    {
        if (_pos < _end || _read == null)
        {
            int nl = Array.IndexOf(_data, (byte)'\n', _pos, _end - _pos);
            if (nl < 0)
                throw Truncated();
            var span = _data.AsSpan(_pos, nl + 1 - _pos);
            _pos = nl + 1;
            return span;
        }
        var r = Ops.Call(_readline!);
        var line = r switch
        {
            PyBytes b => b.Value,
            PyByteArray ba => ba.AsSpan().ToArray(),
            _ => throw Err.Type($"a bytes-like object is required, not '{Ops.TypeName(r)}'"),
        };
        if (line.Length == 0 || line[^1] != '\n')
            throw Truncated();
        return line;
    }

    /// <summary>A line argument without its newline; a line with nothing on it is truncated data.</summary>
    private ReadOnlySpan<byte> ReadArgLine()
    {
        var line = ReadLine();
        if (line.Length < 2)
            throw Truncated();
        return line[..^1];
    }

    private void LoadFrame()
    {
        ulong size = BinaryPrimitives.ReadUInt64LittleEndian(Read(8));
        if (size > int.MaxValue)
            throw Err.New(BuiltinTypes.OverflowError, "FRAME length exceeds system's maximum of " + int.MaxValue + " bytes");
        if (_read == null)
        {
            if ((ulong)(_end - _pos) < size)
                throw Truncated();
            return;
        }
        if (_pos < _end)
            throw PickleModule.Unpickling("beginning of a new frame before end of current frame");
        var frame = ReadFromFile((int)size);
        if ((ulong)frame.Length < size)
            throw Truncated();
        _data = frame;
        _pos = 0;
        _end = frame.Length;
    }

    // ---- the stack ----

    private int Fence => _marks.Count == 0 ? 0 : _marks[^1];

    private PyException Underflow()
        => PickleModule.Unpickling(_marks.Count > 0 ? "unexpected MARK found" : "unpickling stack underflow");

    private void Push(PyObject o) => _stack.Add(o);

    private PyObject Pop()
    {
        if (_stack.Count <= Fence)
            throw Underflow();
        var o = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        return o;
    }

    private PyObject Top()
    {
        if (_stack.Count <= Fence)
            throw Underflow();
        return _stack[^1];
    }

    private int PopMark()
    {
        if (_marks.Count == 0)
            throw PickleModule.Unpickling("could not find MARK");
        int m = _marks[^1];
        _marks.RemoveAt(_marks.Count - 1);
        return m;
    }

    /// <summary>The items above the last mark, removed with the mark.</summary>
    private PyObject[] PopToMark()
    {
        int m = PopMark();
        var items = _stack.GetRange(m, _stack.Count - m).ToArray();
        _stack.RemoveRange(m, _stack.Count - m);
        return items;
    }

    // ---- load ----

    internal PyObject Load()
    {
        if (!_initialized)
            throw PickleModule.Unpickling($"Unpickler.__init__() was not called by {_type.Name}.__init__()");
        _findClass = FindOverride("find_class");
        _persistentLoad = FindOverride("persistent_load");
        _stack.Clear();
        _marks.Clear();
        try
        {
            while (true)
            {
                int op = ReadOpcode();
                if (op < 0)
                    throw Eof();
                if (op == Op.Stop)
                    return Pop();
                Dispatch((byte)op);
            }
        }
        finally
        {
            _stack.Clear();
            _marks.Clear();
            if (_read != null)
            {
                _data = [];
                _pos = _end = 0;
            }
        }
    }

    private PyObject? FindOverride(string name)
    {
        var f = Ops.GetAttrOrNull(this, name);
        if (f is PyBuiltinFunction b && b.Name == name && b.Owner == PickleModule.UnpicklerType)
            return null;
        return f;
    }

    private static PyException InvalidKey(byte op)
        => PickleModule.Unpickling(op >= 0x20 && op <= 0x7e
            ? $"invalid load key, '{(char)op}'."
            : $"invalid load key, '\\x{op:x2}'.");
}
