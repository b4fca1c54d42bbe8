using System;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Objects;
using static Atoll.Runtime.Objects.BuiltinTypes;

namespace Atoll.Runtime.Modules.Pickle;

/// <summary>
/// The <c>_pickle</c> module: a native pickler and unpickler (protocols 0-5, https://docs.python.org/3/library/pickle.html,
/// PEP 307, 3154 and 574) whose output is byte for byte CPython 3.13's, the exceptions, and <c>dumps</c>/<c>loads</c>/
/// <c>dump</c>/<c>load</c>. The types are shared by every interpreter; a pickler or unpickler object belongs to one.
/// <c>pickle</c> and <c>copyreg</c> are Python modules (Lib/) on top of it.
/// </summary>
internal static class PickleModule
{
    internal const int HighestProtocol = 5;
    internal const int DefaultProtocol = 4;

    public static readonly PyType PickleError = MakeError("PickleError", BuiltinTypes.Exception);
    public static readonly PyType PicklingError = MakeError("PicklingError", PickleError);
    public static readonly PyType UnpicklingError = MakeError("UnpicklingError", PickleError);
    public static readonly PyType PicklerType = NewNativeType("Pickler", "_pickle", PyPickler.Define, final: false);
    public static readonly PyType UnpicklerType = NewNativeType("Unpickler", "_pickle", PyUnpickler.Define, final: false);

    public static readonly NativeModuleDef Def = new("_pickle", m =>
    {
        m.Value("PickleError", PickleError);
        m.Value("PicklingError", PicklingError);
        m.Value("UnpicklingError", UnpicklingError);
        m.Value("Pickler", PicklerType);
        m.Value("Unpickler", UnpicklerType);
        m.Value("PickleBuffer", PyPickleBuffer.TypeObject);
        m.Fn("dumps", Dumps);
        m.Fn("dump", Dump);
        m.Fn("loads", Loads);
        m.Fn("load", Load);
        m.Fn2("_reduce_ex", (self, proto) => Builtins.ObjectReduce.ReduceOldProtocol(self, (int)Ops.AsLong(proto)));
    });

    private static PyType MakeError(string name, PyType @base)
    {
        var t = new PyType(name, [@base], TypeType, new PyDict(), builtin: true);
        var mro = new PyType[@base.Mro.Length + 1];
        mro[0] = t;
        @base.Mro.CopyTo(mro, 1);
        t.Ready(mro);
        t.Dict.SetStr("__module__", new PyStr("_pickle"));
        t.Dict.SetStr("__doc__", PyNone.Instance);
        t.Freeze();
        return t;
    }

    internal static PyException Pickling(string message) => Err.New(PicklingError, message);

    internal static PyException Unpickling(string message) => Err.New(UnpicklingError, message);

    /// <summary>A protocol argument: None for the default, negative for the highest.</summary>
    internal static int Protocol(PyObject? p)
    {
        if (p == null || p == PyNone.Instance)
            return DefaultProtocol;
        long n = Ops.AsLong(p);
        if (n < 0)
            return HighestProtocol;
        if (n > HighestProtocol)
            throw Err.Value($"pickle protocol must be <= {HighestProtocol}");
        return (int)n;
    }

    private static PyObject Dumps(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = Args.Bind("dumps", args, kw, ["obj", "protocol", "fix_imports", "buffer_callback"], 1, maxPositional: 2);
        var p = new PyPickler(PicklerType);
        p.Init(null, a[1], a[2], a[3]);
        return new PyBytes(p.DumpToBytes(a[0]!));
    }

    private static PyObject Dump(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = Args.Bind("dump", args, kw, ["obj", "file", "protocol", "fix_imports", "buffer_callback"], 2, maxPositional: 3);
        var p = new PyPickler(PicklerType);
        p.Init(a[1], a[2], a[3], a[4]);
        p.Dump(a[0]!);
        return PyNone.Instance;
    }

    private static PyObject Loads(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int npos = args.Length - (kw?.Length ?? 0);
        if (npos != 1)
            throw Err.Type($"loads() takes exactly 1 positional argument ({npos} given)");
        var a = Args.Bind("loads", args, kw, ["data", "fix_imports", "encoding", "errors", "buffers"], 1, posOnly: 1, maxPositional: 1);
        var u = new PyUnpickler(UnpicklerType);
        u.InitOptions("loads", a[1], a[2], a[3], a[4]);
        u.SetData(a[0]!);
        return u.Load();
    }

    private static PyObject Load(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = Args.Bind("load", args, kw, ["file", "fix_imports", "encoding", "errors", "buffers"], 1, maxPositional: 1);
        var u = new PyUnpickler(UnpicklerType);
        u.InitOptions("load", a[1], a[2], a[3], a[4]);
        u.SetFile(a[0]!);
        return u.Load();
    }
}
