using System;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Objects;
using static Atoll.Runtime.Objects.BuiltinTypes;

namespace Atoll.Runtime.Modules.Io;

/// <summary>
/// The types of the <c>io</c> module, shared by every interpreter like the builtin types: the abstract bases
/// (<c>_IOBase</c> and its raw, buffered and text kinds, whose methods work for Python subclasses through their
/// attributes), the concrete native classes, and <c>UnsupportedOperation</c>.
/// </summary>
internal static partial class IoTypes
{
    public static readonly PyType UnsupportedOperation = MakeUnsupportedOperation();
    public static readonly PyType IOBase = NewNativeType("_IOBase", "_io", DefineIOBase, final: false);
    public static readonly PyType RawIOBase = NewNativeType("_RawIOBase", "_io", DefineRawIOBase, IOBase, final: false);
    public static readonly PyType BufferedIOBase = NewNativeType("_BufferedIOBase", "_io", DefineBufferedIOBase, IOBase, final: false);
    public static readonly PyType TextIOBase = NewNativeType("_TextIOBase", "_io", DefineTextIOBase, IOBase, final: false);
    public static readonly PyType FileIO = NewNativeType("FileIO", "_io", DefineFileIO, RawIOBase, final: false);
    public static readonly PyType BytesIO = NewNativeType("BytesIO", "_io", DefineBytesIO, BufferedIOBase, final: false);
    public static readonly PyType BufferedReader = NewNativeType("BufferedReader", "_io", t => DefineBuffered(t, "BufferedReader"), BufferedIOBase, final: false);
    public static readonly PyType BufferedWriter = NewNativeType("BufferedWriter", "_io", t => DefineBuffered(t, "BufferedWriter"), BufferedIOBase, final: false);
    public static readonly PyType BufferedRandom = NewNativeType("BufferedRandom", "_io", t => DefineBuffered(t, "BufferedRandom"), BufferedIOBase, final: false);
    public static readonly PyType TextIOWrapper = NewNativeType("TextIOWrapper", "_io", DefineTextIOWrapper, TextIOBase, final: false);
    public static readonly PyType StringIO = NewNativeType("StringIO", "_io", DefineStringIO, TextIOBase, final: false);

    private static PyType MakeUnsupportedOperation()
    {
        var t = new PyType("UnsupportedOperation", [OSError, ValueError], TypeType, new PyDict(), builtin: true);
        t.Ready(Mro.Compute(t, [OSError, ValueError]));
        t.Dict.SetStr("__module__", new PyStr("io"));
        t.Dict.SetStr("__doc__", PyNone.Instance);
        t.Freeze();
        return t;
    }

    private static PyObject None => PyNone.Instance;

    private static PyObject Bool(bool b) => PyBool.From(b);

    private static PyException StopIter() => Err.StopIteration(null);

    // ---- _IOBase: methods that work on any object through its attributes (for Python subclasses) ----

    /// <summary>Whether an io object is closed: native objects know, others keep a flag in their dict.</summary>
    internal static bool IsClosed(PyObject self)
    {
        if (self is PyIOObject io)
            return io.IsClosed;
        return Ops.IsTrue(Ops.GetAttr(self, "closed"));
    }

    private static void CheckClosed(PyObject self)
    {
        if (IsClosed(self))
            throw PyIOObject.ClosedError();
    }

    private static void DefineIOBase(PyType t)
    {
        Prop(t, "closed", self => Bool(self.Dict is { } d && d.TryGetStr("__IOBase_closed", out var v) && Ops.IsTrue(v)));
        Def(t, "close", self =>
        {
            if (self.Dict is { } d && !(d.TryGetStr("__IOBase_closed", out var v) && Ops.IsTrue(v)))
            {
                try
                {
                    Ops.Call(Ops.GetAttr(self, "flush"));
                }
                finally
                {
                    d.SetStr("__IOBase_closed", PyBool.True);
                }
            }
            return None;
        });
        Def(t, "flush", self =>
        {
            CheckClosed(self);
            return None;
        });
        Def(t, "__enter__", self =>
        {
            CheckClosed(self);
            return self;
        });
        DefN(t, "__exit__", (args, kw) => Ops.Call(Ops.GetAttr(args[0], "close")));
        Def(t, "__iter__", self =>
        {
            CheckClosed(self);
            return self;
        });
        Def(t, "__next__", self =>
        {
            var line = Ops.Call(Ops.GetAttr(self, "readline"));
            return Ops.Len(line) == 0 ? throw StopIter() : line;
        });
        foreach (var name in new[] { "readable", "writable", "seekable" })
            Def(t, name, self => PyBool.False);
        Def(t, "isatty", self =>
        {
            CheckClosed(self);
            return PyBool.False;
        });
        Def(t, "fileno", self => throw PyIOObject.Unsupported("fileno"));
        DefN(t, "seek", (args, kw) => throw PyIOObject.Unsupported("seek"));
        DefN(t, "truncate", (args, kw) => throw PyIOObject.Unsupported("truncate"));
        Def(t, "tell", self => Ops.Call(Ops.GetAttr(self, "seek"), PyInt.Zero, PyInt.From(1)));
        DefN(t, "readline", (args, kw) =>
        {
            var a = Args.Bind("readline", args[1..], kw, ["size"], 0);
            long limit = PyIOObject.SizeArg(a[0]);
            var read = Ops.GetAttr(args[0], "read");
            var ms = new System.IO.MemoryStream();
            while (limit < 0 || ms.Length < limit)
            {
                var b = Ops.Call(read, PyInt.From(1));
                var span = BytesOps.AsBytes(b);
                if (span.Length == 0)
                    break;
                ms.Write(span);
                if (span[^1] == '\n')
                    break;
            }
            return new PyBytes(ms.ToArray());
        });
        DefN(t, "readlines", (args, kw) => ReadLines(args, kw));
        Def(t, "writelines", (self, lines) =>
        {
            CheckClosed(self);
            var write = Ops.GetAttr(self, "write");
            var it = Ops.GetIter(lines);
            while (Ops.Next(it) is { } line)
                Ops.Call(write, line);
            return None;
        });
    }

    /// <summary>readlines(hint=-1): lines until their total size reaches the hint.</summary>
    private static PyObject ReadLines(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var self = args[0];
        var a = Args.Bind("readlines", args[1..], kw, ["hint"], 0);
        long hint = PyIOObject.SizeArg(a[0]);
        CheckClosed(self);
        var result = new PyList();
        long total = 0;
        var it = Ops.GetIter(self);
        while (Ops.Next(it) is { } line)
        {
            result.Append(line);
            total += Ops.Len(line);
            if (hint > 0 && total >= hint)
                break;
        }
        return result;
    }

    private static void DefineRawIOBase(PyType t)
    {
        DefN(t, "read", (args, kw) =>
        {
            var a = Args.Bind("read", args[1..], kw, ["size"], 0);
            long n = PyIOObject.SizeArg(a[0]);
            if (n < 0)
                return Ops.Call(Ops.GetAttr(args[0], "readall"));
            var buf = new PyByteArray(new byte[n]);
            var got = Ops.Call(Ops.GetAttr(args[0], "readinto"), buf);
            if (got == PyNone.Instance)
                return None;
            return new PyBytes(buf.AsSpan()[..(int)Ops.AsLong(got)].ToArray());
        });
        Def(t, "readall", self =>
        {
            var ms = new System.IO.MemoryStream();
            var read = Ops.GetAttr(self, "read");
            while (true)
            {
                var b = Ops.Call(read, PyInt.From(8192));
                if (b == PyNone.Instance)
                    break;
                var span = BytesOps.AsBytes(b);
                if (span.Length == 0)
                    break;
                ms.Write(span);
            }
            return new PyBytes(ms.ToArray());
        });
        Def(t, "readinto", (self, b) => throw Err.NotImplemented("readinto"));
        Def(t, "write", (self, b) => throw Err.NotImplemented("write"));
    }

    private static void DefineBufferedIOBase(PyType t)
    {
        DefN(t, "read", (args, kw) => throw PyIOObject.Unsupported("read"));
        DefN(t, "read1", (args, kw) => throw PyIOObject.Unsupported("read1"));
        Def(t, "write", (self, b) => throw PyIOObject.Unsupported("write"));
        Def(t, "detach", self => throw PyIOObject.Unsupported("detach"));
        Def(t, "readinto", (self, b) =>
        {
            var target = WritableBytes(b);
            var data = BytesOps.AsBytes(Ops.Call(Ops.GetAttr(self, "read"), PyInt.From(target.Length)));
            data.CopyTo(target);
            return PyInt.From(data.Length);
        });
    }

    private static void DefineTextIOBase(PyType t)
    {
        DefN(t, "read", (args, kw) => throw PyIOObject.Unsupported("read"));
        DefN(t, "readline", (args, kw) => throw PyIOObject.Unsupported("readline"));
        Def(t, "write", (self, s) => throw PyIOObject.Unsupported("write"));
        Def(t, "detach", self => throw PyIOObject.Unsupported("detach"));
        Prop(t, "encoding", self => None);
        Prop(t, "newlines", self => None);
        Prop(t, "errors", self => None);
    }

    /// <summary>The writable bytes of a readinto() target.</summary>
    internal static Span<byte> WritableBytes(PyObject b) => b switch
    {
        PyByteArray ba => ba.AsSpan(),
        PyMemoryView { ReadOnly: false } mv => mv.Bytes,
        PyBytes or PyMemoryView => throw Err.Type($"readinto() argument must be read-write bytes-like object, not {Ops.TypeName(b)}"),
        _ => throw Err.Type($"readinto() argument must be read-write bytes-like object, not {Ops.TypeName(b)}"),
    };
}
