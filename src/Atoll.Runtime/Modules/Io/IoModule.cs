using System;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Modules.Io;

/// <summary>The <c>io</c> and <c>_io</c> modules, and <c>open()</c> (the same function object as the builtin).</summary>
internal static class IoModule
{
    public const int DefaultBufferSize = 8192;

    /// <summary><c>open()</c>: shared by builtins, <c>io</c> and <c>_io</c>, so <c>io.open is open</c>.</summary>
    public static readonly PyBuiltinFunction OpenFunction = MakeOpen();

    public static readonly NativeModuleDef Io = new("io", m => Define(m, false));

    public static readonly NativeModuleDef PrivateIo = new("_io", m => Define(m, true));

    private static PyBuiltinFunction MakeOpen()
    {
        var f = PyBuiltinFunction.Create("open", Open);
        f.ModuleName = "_io";
        return f;
    }

    private static void Define(NativeModuleDef.Builder m, bool underscore)
    {
        m.Value("open", OpenFunction);
        m.Value("DEFAULT_BUFFER_SIZE", PyInt.From(DefaultBufferSize));
        m.Value("UnsupportedOperation", IoTypes.UnsupportedOperation);
        m.Value("BlockingIOError", BuiltinTypes.BlockingIOError);
        m.Value(underscore ? "_IOBase" : "IOBase", IoTypes.IOBase);
        m.Value(underscore ? "_RawIOBase" : "RawIOBase", IoTypes.RawIOBase);
        m.Value(underscore ? "_BufferedIOBase" : "BufferedIOBase", IoTypes.BufferedIOBase);
        m.Value(underscore ? "_TextIOBase" : "TextIOBase", IoTypes.TextIOBase);
        m.Value("FileIO", IoTypes.FileIO);
        m.Value("BytesIO", IoTypes.BytesIO);
        m.Value("StringIO", IoTypes.StringIO);
        m.Value("BufferedReader", IoTypes.BufferedReader);
        m.Value("BufferedWriter", IoTypes.BufferedWriter);
        m.Value("BufferedRandom", IoTypes.BufferedRandom);
        m.Value("TextIOWrapper", IoTypes.TextIOWrapper);
        if (!underscore)
        {
            m.Value("SEEK_SET", PyInt.From(0));
            m.Value("SEEK_CUR", PyInt.From(1));
            m.Value("SEEK_END", PyInt.From(2));
        }
        m.Fn("text_encoding", (args, kw) =>
        {
            var a = Args.Bind("text_encoding", args, kw, ["encoding", "stacklevel"], 1);
            return a[0] == PyNone.Instance ? new PyStr("utf-8") : a[0]!;
        });
    }

    private static PyObject Open(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = Args.Bind("open", args, kw, ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1);
        var file = a[0]!;
        if (file is not (PyStr or PyBytes or PyInt) && !(file.Type.Lookup("__fspath__") != null))
            throw Err.Type($"expected str, bytes or os.PathLike object, not {Ops.TypeName(file)}");
        string mode = a[1] == null ? "r" : a[1] is PyStr ms ? ms.Value : throw Err.Type($"open() argument 'mode' must be str, not {Ops.TypeName(a[1]!)}");
        long buffering = a[2] == null ? -1 : PyIOObject.IntArg(a[2]!);
        string? encoding = OptStr(a[3], "encoding");
        string? errors = OptStr(a[4], "errors");
        string? newline = OptStr(a[5], "newline");
        bool closefd = a[6] == null || Ops.IsTrue(a[6]!);
        var opener = a[7];

        bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        foreach (var c in mode)
        {
            ref bool flag = ref creating;
            switch (c)
            {
                case 'x': flag = ref creating; break;
                case 'r': flag = ref reading; break;
                case 'w': flag = ref writing; break;
                case 'a': flag = ref appending; break;
                case '+': flag = ref updating; break;
                case 't': flag = ref text; break;
                case 'b': flag = ref binary; break;
                default: throw Err.Value($"invalid mode: '{mode}'");
            }
            if (flag)
                throw Err.Value($"invalid mode: '{mode}'");
            flag = true;
        }
        if (text && binary)
            throw Err.Value("can't have text and binary mode at once");
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1)
            throw Err.Value("must have exactly one of create/read/write/append mode");
        if (binary && encoding != null)
            throw Err.Value("binary mode doesn't take an encoding argument");
        if (binary && errors != null)
            throw Err.Value("binary mode doesn't take an errors argument");
        if (binary && newline != null)
            throw Err.Value("binary mode doesn't take a newline argument");
        if (newline is not (null or "" or "\n" or "\r" or "\r\n"))
            throw Err.Value($"illegal newline value: {newline}");

        string rawMode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "") + (updating ? "+" : "");
        var raw = new PyFileIO(IoTypes.FileIO);
        raw.Init(file, rawMode, closefd, opener, buffered: buffering != 0);
        try
        {
            if (buffering == 0)
            {
                if (!binary)
                    throw Err.Value("can't have unbuffered text I/O");
                return raw;
            }
            var bufType = updating ? IoTypes.BufferedRandom : creating || writing || appending ? IoTypes.BufferedWriter : IoTypes.BufferedReader;
            var buffer = new PyBufferedIO(bufType);
            buffer.Init(raw);
            if (binary)
                return buffer;
            var wrapper = new PyTextFile(IoTypes.TextIOWrapper);
            wrapper.Init(buffer, encoding == "locale" ? null : encoding, errors, newline, buffering == 1);
            wrapper.ModeStr = mode;
            return wrapper;
        }
        catch (PyException)
        {
            raw.Close();
            throw;
        }
    }

    private static string? OptStr(PyObject? o, string arg)
    {
        if (o == null || o == PyNone.Instance)
            return null;
        return o is PyStr s ? s.Value : throw Err.Type($"open() argument '{arg}' must be str or None, not {Ops.TypeName(o)}");
    }
}
