using System;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Objects;
using static Atoll.Runtime.Objects.BuiltinTypes;

namespace Atoll.Runtime.Modules.Io;

internal static partial class IoTypes
{
    private static PyBinaryIO Bin(PyObject o) => (PyBinaryIO)o;

    /// <summary>The methods every native binary stream has.</summary>
    private static void DefineBinaryCommon(PyType t)
    {
        DefN(t, "read", (args, kw) =>
        {
            var a = Args.Bind("read", args[1..], kw, ["size"], 0);
            return new PyBytes(Bin(args[0]).Read(PyIOObject.SizeArg(a[0])));
        });
        DefN(t, "readline", (args, kw) =>
        {
            var a = Args.Bind("readline", args[1..], kw, ["size"], 0);
            return new PyBytes(Bin(args[0]).ReadLine(PyIOObject.SizeArg(a[0])));
        });
        Def(t, "readinto", (self, b) => PyInt.From(Bin(self).ReadInto(WritableBytes(b))));
        Def(t, "write", (self, b) =>
        {
            Bin(self).ForWrite("write");
            return PyInt.From(Bin(self).Write(PyIOObject.BytesArg(b)));
        });
        DefN(t, "seek", (args, kw) =>
        {
            var a = Args.Bind("seek", args[1..], kw, ["offset", "whence"], 1);
            return PyInt.From(Bin(args[0]).Seek(PyIOObject.IntArg(a[0]!), a[1] == null ? 0 : PyIOObject.IntArg(a[1]!)));
        });
        Def(t, "tell", self => PyInt.From(Bin(self).Tell()));
        DefN(t, "truncate", (args, kw) =>
        {
            var a = Args.Bind("truncate", args[1..], kw, ["size"], 0);
            return PyInt.From(Bin(args[0]).Truncate(a[0]));
        });
        Def(t, "flush", self =>
        {
            var b = Bin(self);
            if (b.IsClosed && b is not PyBufferedIO { IsWriter: true })
                throw PyIOObject.ClosedError();
            b.Flush();
            return None;
        });
        Def(t, "close", self =>
        {
            Bin(self).Close();
            return None;
        });
        Prop(t, "closed", self => Bool(Bin(self).IsClosed));
        Def(t, "readable", self => Bool(Bin(self).ReadableChecked()));
        Def(t, "writable", self => Bool(Bin(self).WritableChecked()));
        Def(t, "seekable", self =>
        {
            var b = Bin(self);
            b.Open("seekable");
            return Bool(b.CanSeek);
        });
        Def(t, "isatty", self =>
        {
            Bin(self).Open("isatty");
            return PyBool.False;
        });
        Def(t, "__next__", self =>
        {
            var line = Bin(self).ReadLine(-1);
            return line.Length == 0 ? throw StopIter() : new PyBytes(line);
        });
    }

    private static void DefineFileIO(PyType t)
    {
        DefStatic(t, "__new__", (args, kw) => new PyFileIO((PyType)args[0]));
        DefN(t, "__init__", (args, kw) =>
        {
            var a = Args.Bind("FileIO", args[1..], kw, ["file", "mode", "closefd", "opener"], 1);
            var mode = a[1] == null ? "r" : a[1] is PyStr ms ? ms.Value : throw Err.Type($"FileIO() argument 'mode' must be str, not {Ops.TypeName(a[1]!)}");
            ((PyFileIO)args[0]).Init(a[0]!, mode, a[2] == null || Ops.IsTrue(a[2]!), a[3], buffered: false);
            return None;
        });
        DefineBinaryCommon(t);
        Def(t, "readall", self => new PyBytes(Bin(self).Read(-1)));
        Def(t, "fileno", self => PyInt.From(((PyFileIO)self).Open("fileno") is { } ? ((PyFileIO)self).Fd : -1));
        Prop(t, "name", self => ((PyFileIO)self).NameObj);
        Prop(t, "mode", self => new PyStr(((PyFileIO)self).Mode));
        Prop(t, "closefd", self => Bool(((PyFileIO)self).CloseFd));
        Def(t, "__repr__", self => new PyStr(((PyFileIO)self).Repr()));
    }

    private static void DefineBuffered(PyType t, string name)
    {
        DefStatic(t, "__new__", (args, kw) => new PyBufferedIO((PyType)args[0]));
        DefN(t, "__init__", (args, kw) =>
        {
            var a = Args.Bind(name, args[1..], kw, ["raw", "buffer_size"], 1);
            if (a[1] != null && PyIOObject.IntArg(a[1]!) <= 0)
                throw Err.Value("buffer size must be strictly positive");
            ((PyBufferedIO)args[0]).Init(a[0]!);
            return None;
        });
        DefineBinaryCommon(t);
        bool reader = name != "BufferedWriter";
        if (reader)
        {
            DefN(t, "read1", (args, kw) =>
            {
                var a = Args.Bind("read1", args[1..], kw, ["size"], 0);
                long n = PyIOObject.SizeArg(a[0]);
                return new PyBytes(Bin(args[0]).Read(n < 0 ? 8192 : n));
            });
            DefN(t, "peek", (args, kw) =>
            {
                var s = Bin(args[0]).ForRead("peek");
                if (!s.CanSeek)
                    return PyBytes.Empty;
                long pos = s.Position;
                var buf = new byte[8192];
                int got = s.Read(buf, 0, buf.Length);
                s.Position = pos;
                return new PyBytes(buf.AsSpan(0, got).ToArray());
            });
        }
        else
        {
            DefN(t, "read1", (args, kw) => throw PyIOObject.Unsupported("read1"));
        }
        Def(t, "fileno", self =>
        {
            var b = (PyBufferedIO)self;
            b.Open("fileno");
            return b.Raw is PyFileIO f ? PyInt.From(f.Fd) : throw PyIOObject.Unsupported("fileno");
        });
        Def(t, "detach", self =>
        {
            var b = (PyBufferedIO)self;
            b.Open("detach").Flush();
            var raw = b.Raw!;
            b.Raw = null;
            return raw;
        });
        Prop(t, "raw", self => ((PyBufferedIO)self).Raw ?? throw Err.Value("raw stream has been detached"));
        Prop(t, "name", self => Ops.GetAttr(((PyBufferedIO)self).Raw ?? throw Err.Value("raw stream has been detached"), "name"));
        Prop(t, "mode", self => Ops.GetAttr(((PyBufferedIO)self).Raw ?? throw Err.Value("raw stream has been detached"), "mode"));
        Def(t, "__repr__", self => new PyStr(((PyBufferedIO)self).Repr()));
    }

    private static void DefineBytesIO(PyType t)
    {
        DefStatic(t, "__new__", (args, kw) => new PyBytesIO((PyType)args[0]));
        DefN(t, "__init__", (args, kw) =>
        {
            var a = Args.Bind("BytesIO", args[1..], kw, ["initial_bytes"], 0);
            ((PyBytesIO)args[0]).Init(a[0] == null || a[0] == PyNone.Instance ? [] : PyIOObject.BytesArg(a[0]!));
            return None;
        });
        DefineBinaryCommon(t);
        DefN(t, "read1", (args, kw) =>
        {
            var a = Args.Bind("read1", args[1..], kw, ["size"], 0);
            return new PyBytes(Bin(args[0]).Read(PyIOObject.SizeArg(a[0])));
        });
        Def(t, "getvalue", self => new PyBytes(((PyBytesIO)self).GetValue()));
        Def(t, "fileno", self => throw PyIOObject.Unsupported("fileno"));
    }
}
