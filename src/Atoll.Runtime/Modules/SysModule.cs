using System;
using System.Collections.Generic;
using System.IO;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime;

/// <summary>The <c>sys</c> module of one interpreter.</summary>
internal static class SysModule
{
    public static PyModule Create(Interpreter interp, IReadOnlyList<string> argv, IReadOnlyList<string> path)
    {
        var m = new PyModule("sys");
        var d = m.Dict;
        var argvList = new PyList();
        foreach (var a in argv)
            argvList.Append(new PyStr(a));
        d.SetStr("argv", argvList);
        d.SetStr("orig_argv", new PyList());
        var pathList = new PyList();
        foreach (var p in path)
            pathList.Append(new PyStr(p));
        d.SetStr("path", pathList);
        d.SetStr("modules", interp.Modules);
        d.SetStr("stdout", new PyTextStream(interp.StdoutWriter, null, "<stdout>", "w"));
        d.SetStr("stderr", new PyTextStream(interp.StderrWriter, null, "<stderr>", "w"));
        d.SetStr("stdin", new PyTextStream(null, interp.StdinReader, "<stdin>", "r"));
        d.SetStr("__stdout__", d.GetStr(PyStr.Intern("stdout"))!);
        d.SetStr("__stderr__", d.GetStr(PyStr.Intern("stderr"))!);
        d.SetStr("__stdin__", d.GetStr(PyStr.Intern("stdin"))!);
        d.SetStr("version", new PyStr("3.13.0 (Atoll) [.NET " + Environment.Version + "]"));
        d.SetStr("version_info", new PyTuple([PyInt.From(3), PyInt.From(13), PyInt.From(0), new PyStr("final"), PyInt.Zero]));
        d.SetStr("hexversion", PyInt.From(0x030D00F0));
        d.SetStr("platform", new PyStr(OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux"));
        d.SetStr("byteorder", new PyStr(BitConverter.IsLittleEndian ? "little" : "big"));
        d.SetStr("maxsize", PyInt.From(long.MaxValue));
        d.SetStr("maxunicode", PyInt.From(0x10FFFF));
        d.SetStr("executable", new PyStr(Environment.ProcessPath ?? ""));
        d.SetStr("prefix", new PyStr(""));
        d.SetStr("exec_prefix", new PyStr(""));
        d.SetStr("builtin_module_names", new PyTuple([new PyStr("builtins"), new PyStr("sys")]));
        d.SetStr("dont_write_bytecode", PyBool.True);
        d.SetStr("float_info", FloatInfo());
        d.SetStr("int_info", PyTuple.Of(PyInt.From(30), PyInt.From(4), PyInt.From(640), PyInt.From(4300)));
        var impl = new PyNamespace();
        impl.Dict.SetStr("name", new PyStr("atoll"));
        impl.Dict.SetStr("cache_tag", PyNone.Instance);
        impl.Dict.SetStr("version", d.GetStr(PyStr.Intern("version_info"))!);
        impl.Dict.SetStr("supports_isolated_interpreters", PyBool.True);
        d.SetStr("implementation", impl);
        var flags = new PyNamespace();
        foreach (var f in new[] { "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits" })
            flags.Dict.SetStr(f, PyInt.Zero);
        d.SetStr("flags", flags);
        void F(string name, NativeFunction fn)
        {
            var bf = PyBuiltinFunction.Create(name, fn);
            bf.ModuleName = "sys";
            d.SetStr(name, bf);
        }
        F("getrecursionlimit", (args, kw) => PyInt.From(ThreadState.Current.Interp.RecursionLimit));
        F("setrecursionlimit", (args, kw) =>
        {
            Args.Count("setrecursionlimit", args.Length, 1, 1);
            if (args[0] is PyFloat)
                throw Err.Type("'float' object cannot be interpreted as an integer");
            long n = Ops.AsLong(args[0]);
            if (n < 1)
                throw Err.Value("recursion limit must be greater or equal than 1");
            var ts = ThreadState.Current;
            if (n <= ts.Depth)
                throw Err.New(BuiltinTypes.RecursionError, $"cannot set the recursion limit to {n} at the recursion depth {ts.Depth}: the limit is too low");
            ts.Interp.RecursionLimit = (int)Math.Min(n, int.MaxValue);
            return PyNone.Instance;
        });
        F("exc_info", (args, kw) =>
        {
            var e = ThreadState.Current.CurrentHandled;
            if (e == null)
                return PyTuple.Of(PyNone.Instance, PyNone.Instance, PyNone.Instance);
            return PyTuple.Of(e.Type, e, (PyObject?)e.Traceback ?? PyNone.Instance);
        });
        F("exception", (args, kw) => (PyObject?)ThreadState.Current.CurrentHandled ?? PyNone.Instance);
        F("exit", (args, kw) =>
        {
            Args.Count("exit", args.Length, 0, 1);
            var e = new PyBaseException(BuiltinTypes.SystemExit) { Args = args.Length > 0 ? PyTuple.Of(args[0]) : PyTuple.Empty };
            e.SetField("code", args.Length > 0 ? args[0] : PyNone.Instance);
            throw new PyException(e);
        });
        F("getsizeof", (args, kw) => PyInt.From(64));
        F("intern", (args, kw) => args[0] is PyStr s ? PyStr.Intern(s.Value) : throw Err.Type($"intern() argument must be str, not {Ops.TypeName(args[0])}"));
        F("getdefaultencoding", (args, kw) => new PyStr("utf-8"));
        F("getfilesystemencoding", (args, kw) => new PyStr("utf-8"));
        F("get_int_max_str_digits", (args, kw) => PyInt.From(ThreadStateLimits.MaxStrDigits));
        F("set_int_max_str_digits", (args, kw) => PyNone.Instance);
        F("_getframe", (args, kw) =>
        {
            int depth = args.Length > 0 ? Ops.AsInt(args[0]) : 0;
            var f = ThreadState.Current.CurrentFrame;
            for (int i = 0; i < depth && f != null; i++)
                f = f.Back;
            if (f == null)
                throw Err.Value("call stack is not deep enough");
            f.MarkEscaped();
            return f;
        });
        F("displayhook", (args, kw) =>
        {
            var v = args[0];
            if (v == PyNone.Instance)
                return PyNone.Instance;
            var interp2 = ThreadState.Current.Interp;
            interp2.BuiltinsDict.SetStr("_", PyNone.Instance);
            var stdout = interp2.Sys.Dict.GetStr(PyStr.Intern("stdout"))!;
            Ops.Call(Ops.GetAttr(stdout, "write"), new PyStr(Ops.Repr(v) + "\n"));
            interp2.BuiltinsDict.SetStr("_", v);
            return PyNone.Instance;
        });
        d.SetStr("__displayhook__", d.GetStr(PyStr.Intern("displayhook"))!);
        F("excepthook", (args, kw) =>
        {
            Args.Count("excepthook", args.Length, 3, 3);
            var interp2 = ThreadState.Current.Interp;
            if (args[1] is PyBaseException be)
                interp2.PrintException(be);
            return PyNone.Instance;
        });
        d.SetStr("__excepthook__", d.GetStr(PyStr.Intern("excepthook"))!);
        return m;
    }

    private static PyObject FloatInfo()
    {
        var ns = new PyNamespace();
        ns.Dict.SetStr("max", new PyFloat(double.MaxValue));
        ns.Dict.SetStr("min", new PyFloat(2.2250738585072014e-308));
        ns.Dict.SetStr("epsilon", new PyFloat(double.Epsilon == 0 ? 2.220446049250313e-16 : 2.220446049250313e-16));
        ns.Dict.SetStr("dig", PyInt.From(15));
        ns.Dict.SetStr("mant_dig", PyInt.From(53));
        ns.Dict.SetStr("max_exp", PyInt.From(1024));
        ns.Dict.SetStr("min_exp", PyInt.From(-1021));
        ns.Dict.SetStr("radix", PyInt.From(2));
        return ns;
    }
}

/// <summary>A text stream for sys.stdout/stderr/stdin backed by a .NET writer or reader (type <c>_io.TextIOWrapper</c>).</summary>
public sealed class PyTextStream : Modules.Io.PyTextIOBase
{
    private readonly TextWriter? _writer;
    private readonly TextReader? _reader;
    internal readonly string Name;
    internal readonly string Mode;

    internal PyTextStream(TextWriter? writer, TextReader? reader, string name, string mode)
        : base(Modules.Io.IoTypes.TextIOWrapper)
    {
        _writer = writer;
        _reader = reader;
        Name = name;
        Mode = mode;
    }

    internal override bool IsClosed => false;

    internal void Write(string s)
    {
        if (_writer == null)
            throw Unsupported("not writable");
        _writer.Write(s);
    }

    internal override int Write(PyStr s)
    {
        Write(s.Value);
        return s.Length;
    }

    internal override void Flush() => _writer?.Flush();

    internal string? ReadLine()
    {
        if (_reader == null)
            throw Unsupported("not readable");
        _writer?.Flush();
        var line = _reader.ReadLine();
        return line == null ? null : line + "\n";
    }

    internal override string ReadLine(long limit) => ReadLine() ?? "";

    internal override string Read(long n)
    {
        if (_reader == null)
            throw Unsupported("not readable");
        if (n < 0)
            return _reader.ReadToEnd();
        var buf = new char[n];
        int got = _reader.ReadBlock(buf, 0, buf.Length);
        return new string(buf, 0, got);
    }

    internal override PyObject Tell() => throw Unsupported("underlying stream is not seekable");

    internal override PyObject Seek(long offset, long whence) => throw Unsupported("underlying stream is not seekable");

    internal override PyObject Truncate(PyObject? pos) => throw Unsupported("truncate");

    internal override void Close() => Flush();

    internal override bool Readable() => _reader != null;

    internal override bool Writable() => _writer != null;

    internal override bool Seekable() => false;
}
