using System;
using Atoll.Runtime.Builtins;

namespace Atoll.Runtime.Objects;

/// <summary><c>memoryview</c> over the bytes of a bytes or bytearray object (format 'B', one dimension).</summary>
public sealed class PyMemoryView : PyObject
{
    internal readonly PyObject Obj;
    private readonly int _offset;
    private readonly int _length;
    internal readonly bool ReadOnly;
    internal bool Released;

    internal PyMemoryView(PyObject obj, int offset, int length, bool readOnly)
    {
        Obj = obj;
        _offset = offset;
        _length = length;
        ReadOnly = readOnly;
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.MemoryView;

    internal int Length
    {
        get
        {
            CheckReleased();
            return _length;
        }
    }

    internal void CheckReleased()
    {
        if (Released)
            throw Err.Value("operation forbidden on released memoryview object");
    }

    /// <summary>The viewed bytes (live: a bytearray's changes show through).</summary>
    internal Span<byte> Bytes
    {
        get
        {
            CheckReleased();
            return Obj switch
            {
                PyBytes b => b.Value.AsSpan(_offset, _length),
                PyByteArray ba => ba.AsSpan().Slice(_offset, _length),
                PyMemoryView mv => mv.Bytes.Slice(_offset, _length),
                _ => Span<byte>.Empty,
            };
        }
    }

    internal static PyMemoryView Of(PyObject o) => o switch
    {
        PyBytes b => new PyMemoryView(b, 0, b.Value.Length, true),
        PyByteArray ba => new PyMemoryView(ba, 0, ba._count, false),
        PyMemoryView mv => new PyMemoryView(mv, 0, mv.Length, mv.ReadOnly),
        _ => throw Err.Type($"memoryview: a bytes-like object is required, not '{Ops.TypeName(o)}'"),
    };
}

public static partial class BuiltinTypes
{
    private static PyMemoryView AsMemView(PyObject o) => (PyMemoryView)o;

    private static void DefineMemoryView()
    {
        var t = MemoryView;
        DefStatic(t, "__new__", (args, kw) =>
        {
            var a = Args.Bind("memoryview", args[1..], kw, ["object"], 1);
            return PyMemoryView.Of(a[0]!);
        });
        Def(t, "__len__", self => PyInt.From(AsMemView(self).Length));
        Def(t, "__getitem__", (self, key) =>
        {
            var v = AsMemView(self);
            var bytes = v.Bytes;
            if (key is PySlice s)
            {
                var (start, _, step, count) = Ops.SliceIndices(s, bytes.Length);
                if (step != 1)
                {
                    var copy = new byte[count];
                    for (long i = 0, j = start; i < count; i++, j += step)
                        copy[i] = bytes[(int)j];
                    return new PyMemoryView(new PyBytes(copy), 0, copy.Length, true);
                }
                return new PyMemoryView(v, (int)start, (int)count, v.ReadOnly);
            }
            long idx = Ops.IndexValue(key, "memoryview");
            if (idx < 0)
                idx += bytes.Length;
            if (idx < 0 || idx >= bytes.Length)
                throw Err.Index("index out of bounds on dimension 1");
            return PyInt.From(bytes[(int)idx]);
        });
        Def(t, "__setitem__", (self, key, value) =>
        {
            var v = AsMemView(self);
            if (v.ReadOnly)
                throw Err.Type("cannot modify read-only memory");
            var bytes = v.Bytes;
            long idx = Ops.IndexValue(key, "memoryview");
            if (idx < 0)
                idx += bytes.Length;
            if (idx < 0 || idx >= bytes.Length)
                throw Err.Index("index out of bounds on dimension 1");
            long b = Ops.AsLong(value);
            if (b is < 0 or > 255)
                throw Err.Value("memoryview: invalid value for format 'B'");
            bytes[(int)idx] = (byte)b;
            return PyNone.Instance;
        });
        Def(t, "__iter__", self => new BytesIterator(AsMemView(self).Bytes.ToArray()));
        Def(t, "tobytes", self => new PyBytes(AsMemView(self).Bytes.ToArray()));
        Def(t, "tolist", self =>
        {
            var l = new PyList();
            foreach (var b in AsMemView(self).Bytes)
                l.Append(PyInt.From(b));
            return l;
        });
        Def(t, "hex", self => new PyStr(Convert.ToHexStringLower(AsMemView(self).Bytes)));
        Def(t, "release", self =>
        {
            AsMemView(self).Released = true;
            return PyNone.Instance;
        });
        Def(t, "__enter__", self => self);
        DefN(t, "__exit__", (args, kw) =>
        {
            AsMemView(args[0]).Released = true;
            return PyBool.False;
        });
        Def(t, "__eq__", (a, b) =>
        {
            if (b is not (PyBytes or PyByteArray or PyMemoryView))
                return PyNotImplemented.Instance;
            var other = b is PyMemoryView bv ? bv.Bytes : BytesOps.AsBytes(b);
            return PyBool.From(AsMemView(a).Bytes.SequenceEqual(other));
        });
        Def(t, "__repr__", self => new PyStr($"<{(AsMemView(self).Released ? "released " : "")}memory at 0x{Ops.IdentityHash(self):x}>"));
        Prop(t, "readonly", self => PyBool.From(AsMemView(self).ReadOnly));
        Prop(t, "nbytes", self => PyInt.From(AsMemView(self).Length));
        Prop(t, "itemsize", self => PyInt.One);
        Prop(t, "ndim", self => PyInt.One);
        Prop(t, "format", self => new PyStr("B"));
        Prop(t, "obj", self => AsMemView(self).Obj);
        Prop(t, "shape", self => PyTuple.Of(PyInt.From(AsMemView(self).Length)));
        t.Dict.SetStr("__hash__", PyNone.Instance);
    }
}
