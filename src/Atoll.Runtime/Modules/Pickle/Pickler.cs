using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Numerics;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Modules.Pickle;

/// <summary>
/// <c>_pickle.Pickler</c>: writes the pickle of an object graph. The output is built in memory; from protocol 4 it is
/// cut into frames of about 64 KiB (a frame is closed at the start of the first object saved once it holds 64 KiB, and
/// payloads of 64 KiB or more are written outside frames), which is where CPython 3.13 cuts them, so the bytes are the
/// same. When writing to a file, each closed frame is written at once. INVARIANT: a pickler belongs to one interpreter.
/// </summary>
internal sealed partial class PyPickler : PyObject
{
    private const int FrameSizeTarget = 64 * 1024;
    private const int FrameHeaderSize = 9;
    private const int FrameSizeMin = 4;
    private const int BatchSize = 1000;

    private readonly PyType _type;
    private PyDict? _dict;

    internal int Proto = PickleModule.DefaultProtocol;
    internal bool FixImports = true;
    internal bool Fast;
    private bool _initialized;
    private PyObject? _write;
    private PyObject? _bufferCallback;
    internal PyObject? DispatchTable;

    // The memo: each object saved once, with its index (the objects are kept alive by the keys).
    internal readonly Dictionary<PyObject, int> Memo = new(ReferenceEqualityComparer.Instance);

    private byte[] _buf = new byte[256];
    private int _len;
    private bool _framing;
    private int _frameStart = -1;
    private int _depth;

    // Hooks found when a dump starts.
    private PyObject? _persistentId;
    private PyObject? _reducerOverride;
    private PyDict? _copyregDispatch;
    private PyDict? _extensionRegistry;
    private Dictionary<string, PyStr>? _functionModuleNames;

    internal PyPickler(PyType type) => _type = type;

    /// <inheritdoc/>
    public override PyType Type => _type;

    /// <inheritdoc/>
    public override PyDict? Dict => _type.IsBuiltin ? null : _dict ??= new PyDict();

    private bool Bin => Proto > 0;

    internal void Init(PyObject? file, PyObject? protocol, PyObject? fixImports, PyObject? bufferCallback)
    {
        Proto = PickleModule.Protocol(protocol);
        FixImports = fixImports == null || Ops.IsTrue(fixImports);
        if (file != null)
            _write = Ops.GetAttrOrNull(file, "write") ?? throw Err.Type("file must have a 'write' attribute");
        _bufferCallback = bufferCallback == PyNone.Instance ? null : bufferCallback;
        if (_bufferCallback != null && Proto < 5)
            throw Err.Value("buffer_callback needs protocol >= 5");
        Memo.Clear();
        _initialized = true;
        DispatchTable = null;
        // A subclass may give dispatch_table as a class attribute.
        if (!_type.IsBuiltin && _type.Lookup("dispatch_table") is { } dt && dt is not PyGetSetDescriptor)
            DispatchTable = Ops.GetAttr(this, "dispatch_table");
    }

    /// <summary><c>dumps()</c>: the whole pickle as bytes.</summary>
    internal byte[] DumpToBytes(PyObject obj)
    {
        Run(obj);
        return _buf.AsSpan(0, _len).ToArray();
    }

    /// <summary><c>Pickler.dump()</c>: writes the pickle to the file.</summary>
    internal void Dump(PyObject obj)
    {
        if (!_initialized)
            throw PickleModule.Pickling($"Pickler.__init__() was not called by {_type.Name}.__init__()");
        Run(obj);
        Flush();
    }

    private void Run(PyObject obj)
    {
        _len = 0;
        _frameStart = -1;
        _framing = false;
        _depth = 0;
        _persistentId = FindPersistentId();
        _reducerOverride = Ops.GetAttrOrNull(this, "reducer_override");
        _copyregDispatch = null;
        _extensionRegistry = null;
        if (Proto >= 2)
        {
            W(Op.Proto);
            W((byte)Proto);
        }
        if (Proto >= 4)
            _framing = true;
        try
        {
            Save(obj);
            W(Op.Stop);
            CommitFrame();
        }
        finally
        {
            _framing = false;
        }
    }

    private PyObject? FindPersistentId()
    {
        var f = Ops.GetAttrOrNull(this, "persistent_id");
        if (f is PyBuiltinFunction { Name: "persistent_id" } b && b.Owner == PickleModule.PicklerType)
            return null;
        return f;
    }

    // ---- output and frames ----

    private void Reserve(int n)
    {
        if (_len + n > _buf.Length)
        {
            long size = Math.Max((long)_buf.Length * 2, (long)_len + n);
            if (size > Array.MaxLength)
                throw Err.New(BuiltinTypes.MemoryError, "");
            Array.Resize(ref _buf, (int)size);
        }
    }

    private void StartFrameIfNeeded()
    {
        if (_framing && _frameStart < 0)
        {
            Reserve(FrameHeaderSize);
            _frameStart = _len;
            _len += FrameHeaderSize;
        }
    }

    private void W(byte b)
    {
        StartFrameIfNeeded();
        Reserve(1);
        _buf[_len++] = b;
    }

    private void W(byte a, byte b)
    {
        StartFrameIfNeeded();
        Reserve(2);
        _buf[_len++] = a;
        _buf[_len++] = b;
    }

    private void W(ReadOnlySpan<byte> data)
    {
        StartFrameIfNeeded();
        Reserve(data.Length);
        data.CopyTo(_buf.AsSpan(_len));
        _len += data.Length;
    }

    private void WAscii(string s)
    {
        StartFrameIfNeeded();
        Reserve(s.Length);
        for (int i = 0; i < s.Length; i++)
            _buf[_len++] = (byte)s[i];
    }

    private void WOpInt32(byte op, int v)
    {
        Span<byte> b = stackalloc byte[5];
        b[0] = op;
        BinaryPrimitives.WriteInt32LittleEndian(b[1..], v);
        W(b);
    }

    /// <summary>Closes the current frame: its header is filled in, or dropped when the frame is too small to need one.</summary>
    private void CommitFrame()
    {
        if (!_framing || _frameStart < 0)
            return;
        int size = _len - _frameStart - FrameHeaderSize;
        if (size >= FrameSizeMin)
        {
            _buf[_frameStart] = Op.Frame;
            BinaryPrimitives.WriteUInt64LittleEndian(_buf.AsSpan(_frameStart + 1), (ulong)size);
        }
        else
        {
            Array.Copy(_buf, _frameStart + FrameHeaderSize, _buf, _frameStart, size);
            _len -= FrameHeaderSize;
        }
        _frameStart = -1;
    }

    /// <summary>Called as each object starts: a frame that reached the target size is closed (and written out).</summary>
    private void OpcodeBoundary()
    {
        if (_framing && _frameStart >= 0 && _len - _frameStart - FrameHeaderSize >= FrameSizeTarget)
        {
            CommitFrame();
            if (_write != null)
                Flush();
        }
    }

    private void Flush()
    {
        if (_write == null || _len == 0)
            return;
        var data = _buf.AsSpan(0, _len).ToArray();
        _len = 0;
        Ops.Call(_write, new PyBytes(data));
    }

    /// <summary>Writes an opcode header and its payload; a payload of 64 KiB or more goes outside any frame.</summary>
    private void WLarge(ReadOnlySpan<byte> header, ReadOnlySpan<byte> payload, PyObject? payloadObject = null)
    {
        if (payload.Length >= FrameSizeTarget && _framing)
        {
            CommitFrame();
            _framing = false;
            W(header);
            if (_write != null)
            {
                Flush();
                Ops.Call(_write, payloadObject is PyBytes ? payloadObject : new PyBytes(payload.ToArray()));
            }
            else
            {
                W(payload);
            }
            _framing = true;
            return;
        }
        W(header);
        W(payload);
    }

    // ---- memo ----

    private void MemoPut(PyObject o)
    {
        if (Fast)
            return;
        int idx = Memo.Count;
        Memo[o] = idx;
        if (Proto >= 4)
            W(Op.Memoize);
        else if (Bin)
        {
            if (idx < 256)
                W(Op.BinPut, (byte)idx);
            else
                WOpInt32(Op.LongBinPut, idx);
        }
        else
        {
            WAscii("p" + idx.ToString(CultureInfo.InvariantCulture) + "\n");
        }
    }

    private void MemoGet(int idx)
    {
        if (Bin)
        {
            if (idx < 256)
                W(Op.BinGet, (byte)idx);
            else
                WOpInt32(Op.LongBinGet, idx);
        }
        else
        {
            WAscii("g" + idx.ToString(CultureInfo.InvariantCulture) + "\n");
        }
    }

    // ---- save ----

    internal void Save(PyObject obj, bool persSave = false)
    {
        OpcodeBoundary();
        if (++_depth > ThreadState.NativeDepthLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth--;
            throw Err.New(BuiltinTypes.RecursionError, "maximum recursion depth exceeded while pickling an object");
        }
        try
        {
            SaveCore(obj, persSave);
        }
        finally
        {
            _depth--;
        }
    }

    private void SaveCore(PyObject obj, bool persSave)
    {
        if (!persSave && _persistentId != null)
        {
            var pid = Ops.Call(_persistentId, obj);
            if (pid != PyNone.Instance)
            {
                SavePers(pid);
                return;
            }
        }
        if (obj == PyNone.Instance)
        {
            W(Op.None);
            return;
        }
        if (obj.GetType() == typeof(PyBool))
        {
            if (Proto >= 2)
                W(obj == PyBool.True ? Op.NewTrue : Op.NewFalse);
            else
                WAscii(obj == PyBool.True ? "I01\n" : "I00\n");
            return;
        }
        if (obj.GetType() == typeof(PyInt))
        {
            SaveLong((PyInt)obj);
            return;
        }
        if (obj.GetType() == typeof(PyFloat))
        {
            SaveFloat(((PyFloat)obj).Value);
            return;
        }
        if (!Fast && Memo.TryGetValue(obj, out int idx))
        {
            MemoGet(idx);
            return;
        }
        if (obj.GetType() == typeof(PyBytes))
        {
            SaveBytes((PyBytes)obj);
            return;
        }
        if (obj.GetType() == typeof(PyStr))
        {
            SaveStr((PyStr)obj);
            return;
        }
        if (_reducerOverride != null)
        {
            var rv = Ops.Call(_reducerOverride, obj);
            if (rv != PyNotImplemented.Instance)
            {
                SaveReduceValue(obj, rv);
                return;
            }
        }
        if (obj.GetType() == typeof(PyDict))
        {
            SaveDict((PyDict)obj);
            return;
        }
        if (obj.GetType() == typeof(PyList))
        {
            SaveList((PyList)obj);
            return;
        }
        if (obj.GetType() == typeof(PyTuple))
        {
            SaveTuple((PyTuple)obj);
            return;
        }
        if (obj.GetType() == typeof(PySet))
        {
            if (((PySet)obj).IsFrozen)
                SaveFrozenSet((PySet)obj);
            else
                SaveSet((PySet)obj);
            return;
        }
        if (obj.GetType() == typeof(PyByteArray))
        {
            SaveByteArray((PyByteArray)obj);
            return;
        }
        if (obj.GetType() == typeof(PyPickleBuffer))
        {
            SavePickleBuffer((PyPickleBuffer)obj);
            return;
        }
        if (obj is PyType ty && ty.Type == BuiltinTypes.TypeType)
        {
            SaveType(ty);
            return;
        }
        if (obj.GetType() == typeof(PyFunction))
        {
            SaveGlobal(obj, null);
            return;
        }
        SaveByReduce(obj);
    }

    private void SavePers(PyObject pid)
    {
        if (Bin)
        {
            Save(pid, persSave: true);
            W(Op.BinPersId);
            return;
        }
        string s = Ops.Str(pid);
        foreach (char c in s)
        {
            if (c > 0x7f)
                throw PickleModule.Pickling("persistent IDs in protocol 0 must be ASCII strings");
        }
        WAscii("P" + s + "\n");
    }

    private void SaveLong(PyInt v)
    {
        if (!v.IsBig && v.Value >= int.MinValue && v.Value <= int.MaxValue)
        {
            long x = v.Value;
            if (!Bin)
                WAscii("I" + x.ToString(CultureInfo.InvariantCulture) + "\n");
            else if (x >= 0 && x <= 0xff)
                W(Op.BinInt1, (byte)x);
            else if (x >= 0 && x <= 0xffff)
            {
                Span<byte> b = [Op.BinInt2, (byte)x, (byte)(x >> 8)];
                W(b);
            }
            else
                WOpInt32(Op.BinInt, (int)x);
            return;
        }
        if (Proto >= 2)
        {
            var bytes = v.Big.ToByteArray();
            if (bytes.Length < 256)
                W(Op.Long1, (byte)bytes.Length);
            else
                WOpInt32(Op.Long4, bytes.Length);
            W(bytes);
            return;
        }
        WAscii("L" + v.Big.ToString(CultureInfo.InvariantCulture) + "L\n");
    }

    private void SaveFloat(double d)
    {
        if (Bin)
        {
            Span<byte> b = stackalloc byte[9];
            b[0] = Op.BinFloat;
            BinaryPrimitives.WriteDoubleBigEndian(b[1..], d);
            W(b);
        }
        else
        {
            WAscii("F" + FloatFormat.Repr(d) + "\n");
        }
    }

    private void SaveBytes(PyBytes b)
    {
        if (Proto < 3)
        {
            // Protocols 0-2 have no bytes opcode: bytes are rebuilt by _codecs.encode(latin-1 text, 'latin1').
            if (b.Value.Length == 0)
                SaveSimpleReduce(BuiltinTypes.Bytes, PyTuple.Empty, b);
            else
                SaveSimpleReduce(CodecsEncode(), PyTuple.Of(new PyStr(Latin1(b.Value)), PyStr.Intern("latin1")), b);
            return;
        }
        var data = b.Value;
        Span<byte> header = stackalloc byte[9];
        int hl;
        if (data.Length < 256)
        {
            header[0] = Op.ShortBinBytes;
            header[1] = (byte)data.Length;
            hl = 2;
        }
        else if ((uint)data.Length <= uint.MaxValue)
        {
            header[0] = Op.BinBytes;
            BinaryPrimitives.WriteUInt32LittleEndian(header[1..], (uint)data.Length);
            hl = 5;
        }
        else
        {
            header[0] = Op.BinBytes8;
            BinaryPrimitives.WriteUInt64LittleEndian(header[1..], (ulong)data.Length);
            hl = 9;
        }
        WLarge(header[..hl], data, b);
        MemoPut(b);
    }

    private static string Latin1(byte[] data)
    {
        var chars = new char[data.Length];
        for (int i = 0; i < data.Length; i++)
            chars[i] = (char)data[i];
        return new string(chars);
    }

    private static PyObject CodecsEncode()
        => Ops.GetAttr(ThreadState.Current.Interp.Importer.Import("_codecs"), "encode");

    private void SaveStr(PyStr s)
    {
        if (Bin)
        {
            var data = PickleText.EncodeUtf8SurrogatePass(s.Value);
            Span<byte> header = stackalloc byte[9];
            int hl;
            if (data.Length < 256 && Proto >= 4)
            {
                header[0] = Op.ShortBinUnicode;
                header[1] = (byte)data.Length;
                hl = 2;
            }
            else
            {
                header[0] = Op.BinUnicode;
                BinaryPrimitives.WriteUInt32LittleEndian(header[1..], (uint)data.Length);
                hl = 5;
            }
            WLarge(header[..hl], data);
        }
        else
        {
            W(Op.Unicode);
            W(PickleText.EncodeRawUnicodeEscape(s.Value));
            W((byte)'\n');
        }
        MemoPut(s);
    }

    private void SaveTuple(PyTuple tuple)
    {
        var items = tuple.Items;
        int n = items.Length;
        if (n == 0)
        {
            if (Bin)
                W(Op.EmptyTuple);
            else
                W(Op.Mark, Op.Tuple);
            return;
        }
        if (n <= 3 && Proto >= 2)
        {
            foreach (var item in items)
                Save(item);
            if (!Fast && Memo.TryGetValue(tuple, out int idx))
            {
                // The tuple was reached again through its items (a cycle through a mutable object): drop the items
                // and take the memoized tuple.
                for (int i = 0; i < n; i++)
                    W(Op.Pop);
                MemoGet(idx);
                return;
            }
            W((byte)(Op.Tuple1 + n - 1));
        }
        else
        {
            W(Op.Mark);
            foreach (var item in items)
                Save(item);
            if (!Fast && Memo.TryGetValue(tuple, out int idx))
            {
                if (Bin)
                    W(Op.PopMark);
                else
                {
                    for (int i = 0; i <= n; i++)
                        W(Op.Pop);
                }
                MemoGet(idx);
                return;
            }
            W(Op.Tuple);
        }
        MemoPut(tuple);
    }

    private void SaveList(PyList list)
    {
        if (Bin)
            W(Op.EmptyList);
        else
            W(Op.Mark, Op.List);
        MemoPut(list);
        if (list.Count == 0)
            return;
        if (!Bin)
        {
            for (int i = 0; i < list.Count; i++)
            {
                Save(list[i]);
                W(Op.Append);
            }
            return;
        }
        if (list.Count == 1)
        {
            Save(list[0]);
            W(Op.Append);
            return;
        }
        int total = 0;
        do
        {
            W(Op.Mark);
            int batch = 0;
            while (total < list.Count)
            {
                Save(list[total]);
                total++;
                if (++batch == BatchSize)
                    break;
            }
            W(Op.Appends);
        }
        while (total < list.Count);
    }

    private void SaveDict(PyDict dict)
    {
        if (Bin)
            W(Op.EmptyDict);
        else
            W(Op.Mark, Op.Dict);
        MemoPut(dict);
        int count = dict.Count;
        if (count == 0)
            return;
        int pos = 0;
        if (!Bin || count == 1)
        {
            while (dict.Next(ref pos, out var k, out var v))
            {
                Save(k);
                Save(v);
                W(Op.SetItem);
                if (dict.Count != count)
                    throw Err.Runtime("dictionary changed size during iteration");
            }
            return;
        }
        int i;
        do
        {
            i = 0;
            W(Op.Mark);
            while (dict.Next(ref pos, out var k, out var v))
            {
                Save(k);
                Save(v);
                if (dict.Count != count)
                    throw Err.Runtime("dictionary changed size during iteration");
                if (++i == BatchSize)
                    break;
            }
            W(Op.SetItems);
        }
        while (i == BatchSize);
    }

    private void SaveSet(PySet set)
    {
        if (Proto < 4)
        {
            SaveSimpleReduce(BuiltinTypes.Set, PyTuple.Of(new PyList([.. SetOps.Items(set)], set.Count)), set);
            return;
        }
        W(Op.EmptySet);
        MemoPut(set);
        int count = set.Count;
        if (count == 0)
            return;
        int pos = 0, i;
        do
        {
            i = 0;
            W(Op.Mark);
            while (set.Next(ref pos, out var item, out _))
            {
                Save(item);
                if (++i == BatchSize)
                    break;
            }
            W(Op.AddItems);
            if (set.Count != count)
                throw Err.Runtime("set changed size during iteration");
        }
        while (i == BatchSize);
    }

    private void SaveFrozenSet(PySet set)
    {
        if (Proto < 4)
        {
            SaveSimpleReduce(BuiltinTypes.FrozenSet, PyTuple.Of(new PyList([.. SetOps.Items(set)], set.Count)), set);
            return;
        }
        W(Op.Mark);
        int pos = 0;
        while (set.Next(ref pos, out var item, out _))
            Save(item);
        if (!Fast && Memo.TryGetValue(set, out int idx))
        {
            W(Op.PopMark);
            MemoGet(idx);
            return;
        }
        W(Op.FrozenSet);
        MemoPut(set);
    }

    private void SaveByteArray(PyByteArray ba)
    {
        if (Proto < 5)
        {
            var data = ba.AsSpan();
            SaveSimpleReduce(BuiltinTypes.ByteArray, data.Length == 0 ? PyTuple.Empty : PyTuple.Of(new PyBytes(data.ToArray())), ba);
            return;
        }
        Span<byte> header = stackalloc byte[9];
        header[0] = Op.ByteArray8;
        BinaryPrimitives.WriteUInt64LittleEndian(header[1..], (ulong)ba.AsSpan().Length);
        WLarge(header, ba.AsSpan());
        MemoPut(ba);
    }

    /// <summary>Protocol 5's buffers: in band as bytes or a bytearray, or out of band (NEXT_BUFFER) when the
    /// buffer_callback returns a false value.</summary>
    private void SavePickleBuffer(PyPickleBuffer pb)
    {
        if (Proto < 5)
            throw PickleModule.Pickling("PickleBuffer can only be pickled with protocol >= 5");
        var data = pb.Data;
        bool inBand = _bufferCallback == null || Ops.IsTrue(Ops.Call(_bufferCallback, pb));
        if (!inBand)
        {
            W(Op.NextBuffer);
            if (pb.ReadOnly)
                W(Op.ReadOnlyBuffer);
            return;
        }
        Span<byte> header = stackalloc byte[9];
        int hl;
        if (!pb.ReadOnly)
        {
            header[0] = Op.ByteArray8;
            BinaryPrimitives.WriteUInt64LittleEndian(header[1..], (ulong)data.Length);
            hl = 9;
        }
        else if (data.Length < 256)
        {
            header[0] = Op.ShortBinBytes;
            header[1] = (byte)data.Length;
            hl = 2;
        }
        else
        {
            header[0] = Op.BinBytes;
            BinaryPrimitives.WriteUInt32LittleEndian(header[1..], (uint)data.Length);
            hl = 5;
        }
        WLarge(header[..hl], data);
        MemoPut(pb);
    }

    private void SaveType(PyType t)
    {
        if (t == BuiltinTypes.NoneType)
            SaveSimpleReduce(BuiltinTypes.TypeType, PyTuple.Of(PyNone.Instance), t);
        else if (t == BuiltinTypes.NotImplementedType)
            SaveSimpleReduce(BuiltinTypes.TypeType, PyTuple.Of(PyNotImplemented.Instance), t);
        else if (t == BuiltinTypes.EllipsisType)
            SaveSimpleReduce(BuiltinTypes.TypeType, PyTuple.Of(PyEllipsis.Instance), t);
        else
            SaveGlobal(t, null);
    }

    /// <summary><c>callable(*args)</c> for the object, memoized after.</summary>
    private void SaveSimpleReduce(PyObject callable, PyTuple args, PyObject? obj)
    {
        Save(callable);
        Save(args);
        W(Op.Reduce);
        if (obj != null)
            MemoizeReduced(obj);
    }

    /// <summary>Memoizes an object just rebuilt by a reduction; when the object was reached again while its
    /// arguments were saved (a cycle), the rebuilt value is dropped for the memoized one. Returns false then.</summary>
    private bool MemoizeReduced(PyObject obj)
    {
        if (!Fast && Memo.TryGetValue(obj, out int idx))
        {
            W(Op.Pop);
            MemoGet(idx);
            return false;
        }
        MemoPut(obj);
        return true;
    }
}
