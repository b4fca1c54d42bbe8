using System;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Modules;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Interpreters;

/// <summary>
/// <c>_interpreters</c>, with CPython 3.13's names and signatures (interpreters by id), plus the native pieces of
/// <c>concurrent.interpreters</c> (the <c>Interpreter</c> handle type, <c>ExecutionFailed</c>).
/// </summary>
internal static class InterpretersModule
{
    public static readonly NativeModuleDef Def = new("_interpreters", m =>
    {
        m.Value("InterpreterError", BuiltinTypes.InterpreterError);
        m.Value("InterpreterNotFoundError", BuiltinTypes.InterpreterNotFoundError);
        m.Value("NotShareableError", BuiltinTypes.NotShareableError);
        m.Value("ExecutionFailed", InterpreterTypes.ExecutionFailed);
        m.Value("Interpreter", InterpreterTypes.Interpreter);
        m.Value("WHENCE_UNKNOWN", PyInt.From(Whence.Unknown));
        m.Value("WHENCE_RUNTIME", PyInt.From(Whence.Runtime));
        m.Value("WHENCE_LEGACY_CAPI", PyInt.From(Whence.LegacyCApi));
        m.Value("WHENCE_CAPI", PyInt.From(Whence.CApi));
        m.Value("WHENCE_XI", PyInt.From(Whence.CrossInterp));
        m.Value("WHENCE_STDLIB", PyInt.From(Whence.Stdlib));
        m.Fn("create", (args, kw) =>
        {
            var a = Args.Bind("create", args, kw, ["config", "reqrefs"], 0, maxPositional: 1);
            if (a[0] != null && a[0] != PyNone.Instance && !(a[0] is PyStr s && (s.Value == "isolated" || s.Value == "default")))
            {
                if (a[0] is PyStr bad)
                    throw Err.Value($"unsupported config name '{bad.Value}'");
            }
            var created = Current.CreateSubinterpreter(Whence.Stdlib);
            return PyInt.From(created.Id);
        });
        m.Fn("destroy", (args, kw) =>
        {
            var a = Args.Bind("destroy", args, kw, ["id", "restrict"], 1, maxPositional: 1);
            var target = Lookup(a[0]!);
            if (target == Current)
                throw Err.New(BuiltinTypes.InterpreterError, "cannot destroy the current interpreter");
            target.Close();
            return PyNone.Instance;
        });
        m.Fn("list_all", (args, kw) =>
        {
            Args.Bind("list_all", args, kw, ["require_ready"], 0, maxPositional: 0);
            var list = new PyList();
            foreach (var i in Current.Group.All())
                list.Append(PyTuple.Of(PyInt.From(i.Id), PyInt.From(i.Whence)));
            return list;
        });
        m.Fn0("get_current", () => PyTuple.Of(PyInt.From(Current.Id), PyInt.From(Current.Whence)));
        m.Fn0("get_main", () =>
        {
            var main = Current.Group.Main!;
            return PyTuple.Of(PyInt.From(main.Id), PyInt.From(main.Whence));
        });
        m.Fn("whence", (args, kw) =>
        {
            var a = Args.Bind("whence", args, kw, ["id"], 1);
            return PyInt.From(Lookup(a[0]!).Whence);
        });
        m.Fn("is_running", (args, kw) =>
        {
            var a = Args.Bind("is_running", args, kw, ["id", "restrict"], 1, maxPositional: 1);
            return PyBool.From(Lookup(a[0]!).IsRunning);
        });
        m.Fn("incref", (args, kw) =>
        {
            var a = Args.Bind("incref", args, kw, ["id", "implieslink", "restrict"], 1, maxPositional: 1);
            System.Threading.Interlocked.Increment(ref Lookup(a[0]!).Refs);
            return PyNone.Instance;
        });
        m.Fn("decref", (args, kw) =>
        {
            var a = Args.Bind("decref", args, kw, ["id", "restrict"], 1, maxPositional: 1);
            var target = Lookup(a[0]!);
            if (System.Threading.Interlocked.Decrement(ref target.Refs) <= 0 && target != Current && !target.IsRunning)
                target.Close();
            return PyNone.Instance;
        });
        m.Fn("exec", (args, kw) =>
        {
            var a = Args.Bind("exec", args, kw, ["id", "code", "shared", "restrict"], 2, maxPositional: 3);
            var target = Lookup(a[0]!);
            var code = Execution.PrepareCode(a[1]!, "exec");
            if (a[2] != null && a[2] != PyNone.Instance)
                SetMainAttrs(target, AsDict(a[2]!));
            return Execution.Exec(target, code)?.ToNamespace() ?? PyNone.Instance;
        });
        m.Fn("run_string", (args, kw) =>
        {
            var a = Args.Bind("run_string", args, kw, ["id", "script", "shared", "restrict"], 2, maxPositional: 3);
            var target = Lookup(a[0]!);
            if (a[1] is not PyStr)
                throw Err.Type($"run_string(): argument 2 must be str, not {Ops.TypeName(a[1]!)}");
            if (a[2] != null && a[2] != PyNone.Instance)
                SetMainAttrs(target, AsDict(a[2]!));
            return Execution.Exec(target, a[1]!)?.ToNamespace() ?? PyNone.Instance;
        });
        m.Fn("run_func", (args, kw) =>
        {
            var a = Args.Bind("run_func", args, kw, ["id", "func", "shared", "restrict"], 2, maxPositional: 3);
            var target = Lookup(a[0]!);
            var code = Execution.PrepareCode(a[1]!, "run_func");
            if (a[2] != null && a[2] != PyNone.Instance)
                SetMainAttrs(target, AsDict(a[2]!));
            return Execution.Exec(target, code)?.ToNamespace() ?? PyNone.Instance;
        });
        m.Fn("call", (args, kw) =>
        {
            var a = Args.Bind("call", args, kw, ["id", "callable", "args", "kwargs", "restrict"], 2, maxPositional: 4);
            var target = Lookup(a[0]!);
            var pos = a[2] == null || a[2] == PyNone.Instance ? [] : (a[2] as PyTuple ?? throw Err.Type("args must be a tuple")).Items;
            var kwargs = a[3] == null || a[3] == PyNone.Instance ? null : AsDict(a[3]!);
            try
            {
                return PyTuple.Of(Execution.Call(target, a[1]!, pos, kwargs), PyNone.Instance);
            }
            catch (PyException e) when (e.Value.Type == InterpreterTypes.ExecutionFailed && e.Value.Dict.TryGetStr("excinfo", out var info))
            {
                return PyTuple.Of(PyNone.Instance, info);
            }
        });
        m.Fn("set___main___attrs", (args, kw) =>
        {
            var a = Args.Bind("set___main___attrs", args, kw, ["id", "updates", "restrict"], 2, maxPositional: 2);
            SetMainAttrs(Lookup(a[0]!), AsDict(a[1]!));
            return PyNone.Instance;
        });
        m.Fn1("is_shareable", o => PyBool.From(CrossInterpreter.IsShareable(o)));
        m.Fn("capture_exception", (args, kw) =>
        {
            var a = Args.Bind("capture_exception", args, kw, ["exc"], 0);
            var e = a[0] == null || a[0] == PyNone.Instance ? ThreadState.Current.CurrentHandled : a[0] as PyBaseException
                ?? throw Err.Type($"expected exception, got {Ops.Repr(a[0]!)}");
            return e == null ? PyNone.Instance : ExcSnapshot.Capture(e).ToNamespace();
        });
        m.Fn("new_config", (args, kw) =>
        {
            var cfg = new PyNamespace();
            foreach (var (k, v) in new (string, PyObject)[] { ("use_main_obmalloc", PyBool.False), ("allow_fork", PyBool.False), ("allow_exec", PyBool.False),
                ("allow_threads", PyBool.True), ("allow_daemon_threads", PyBool.False), ("check_multi_interp_extensions", PyBool.True), ("gil", new PyStr("own")) })
                cfg.Dict.SetStr(k, v);
            return cfg;
        });
        m.Fn("get_config", (args, kw) =>
        {
            var a = Args.Bind("get_config", args, kw, ["id", "restrict"], 1, maxPositional: 1);
            _ = Lookup(a[0]!);
            var cfg = new PyNamespace();
            cfg.Dict.SetStr("gil", new PyStr("own"));
            cfg.Dict.SetStr("allow_threads", PyBool.True);
            return cfg;
        });
        // concurrent.interpreters (PEP 734) pieces that live in native code.
        m.Fn0("_create_handle", () => Current.CreateSubinterpreter(Whence.Stdlib).Handle);
        m.Fn1("_handle", id => Lookup(id).Handle);
        m.Fn("_call_task", (args, kw) =>
        {
            // For InterpreterPoolExecutor: a failing task raises its own exception type, ExecutionFailed as the cause.
            var a = Args.Bind("_call_task", args, kw, ["interp", "callable", "args", "kwargs"], 4);
            var target = Lookup(a[0]!);
            var pos = (a[2] as PyTuple ?? throw Err.Type("args must be a tuple")).Items;
            var kwargs = a[3] == PyNone.Instance ? null : AsDict(a[3]!);
            return Execution.Call(target, a[1]!, pos, kwargs, raiseOriginal: true);
        });
        m.Fn0("_current_handle", () => Current.Handle);
        m.Fn0("_main_handle", () => Current.Group.Main!.Handle);
        m.Fn0("_all_handles", () =>
        {
            var list = new PyList();
            foreach (var i in Current.Group.All())
                list.Append(i.Handle);
            return list;
        });
    });

    private static Interpreter Current => ThreadState.Current.Interp;

    /// <summary>The interpreter with the given id (an int or a handle) in the caller's group.</summary>
    public static Interpreter Lookup(PyObject id)
    {
        if (id is PyInterpreterHandle h)
            return h.Live;
        if (id is not PyInt)
            throw Err.Type($"interpreter ID must be an int, got {Ops.TypeName(id)}");
        long n = Ops.AsLong(id);
        if (n < 0)
            throw Err.Value($"interpreter ID must be a non-negative int, got {n}");
        var found = Current.Group.Find(n);
        if (found == null || found.IsClosed)
            throw Err.New(BuiltinTypes.InterpreterNotFoundError, $"unrecognized interpreter ID {n}");
        return found;
    }

    private static PyDict AsDict(PyObject o) => o as PyDict ?? throw Err.Type($"expected a dict, got {Ops.TypeName(o)}");

    /// <summary>Binds names in <paramref name="target"/>'s <c>__main__</c>: values are sent as for a queue (shared or copied).</summary>
    public static void SetMainAttrs(Interpreter target, PyDict ns)
    {
        var names = new string[ns.Count];
        var packed = new object[ns.Count];
        int i = 0;
        foreach (var (k, v) in ns.Items())
        {
            names[i] = k is PyStr s ? s.Value : throw Err.Type($"expected str keys, got {Ops.TypeName(k)}");
            packed[i++] = CrossInterpreter.Pack(v);
        }
        if (target.IsRunning && target != Current)
            throw Err.New(BuiltinTypes.InterpreterError, "interpreter running");
        target.Enter(() =>
        {
            for (int j = 0; j < names.Length; j++)
                target.Main.Dict.SetStr(names[j], CrossInterpreter.Unpack(packed[j]));
            return 0;
        });
    }
}
