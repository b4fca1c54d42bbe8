using System;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Modules;

/// <summary>
/// The <c>gc</c> module, over the .NET collector. <c>collect()</c> runs a full blocking collection, waits for the
/// finalizers (which queue weak reference callbacks to their interpreters) and runs this interpreter's queued calls
/// before it returns, repeating while callbacks freed more, so a program can check deterministically that an object
/// died. Approximations (documented in ARCHITECTURE.md): <c>collect()</c> returns 0 (.NET does not count what it
/// frees); <c>disable()</c> only changes what <c>isenabled()</c> says (the .NET collector cannot be switched off);
/// <c>get_count()</c> is (0, 0, 0); thresholds and debug flags are remembered and otherwise ignored; there is no
/// <c>get_objects</c>/<c>get_referrers</c>/<c>get_referents</c>.
/// </summary>
internal static class GcModule
{
    private static readonly NativeModuleDef Def0 = new("gc", m =>
    {
        m.Fn("collect", (args, kw) =>
        {
            var a = Args.Bind("collect", args, kw, ["generation"], 0);
            long gen = a[0] == null ? 2 : Ops.AsLong(a[0]!);
            if (gen < 0 || gen > 2)
                throw Err.Value("invalid generation");
            return PyInt.From(Collect(gen));
        });
        m.Fn0("enable", () => SetState("enabled", PyBool.True));
        m.Fn0("disable", () => SetState("enabled", PyBool.False));
        m.Fn0("isenabled", () => State("enabled") ?? PyBool.True);
        m.Fn0("get_count", () => PyTuple.Of(PyInt.Zero, PyInt.Zero, PyInt.Zero));
        m.Fn0("get_threshold", () => State("threshold") ?? PyTuple.Of(PyInt.From(2000), PyInt.From(10), PyInt.From(10)));
        m.Fn("set_threshold", (args, kw) =>
        {
            if (kw is { Length: > 0 })
                throw Err.Type("set_threshold() takes no keyword arguments");
            if (args.Length < 1 || args.Length > 3)
                throw Err.Type($"set_threshold expected {(args.Length < 1 ? "at least 1 argument" : "at most 3 arguments")}, got {args.Length}");
            var old = (PyTuple)(State("threshold") ?? PyTuple.Of(PyInt.From(2000), PyInt.From(10), PyInt.From(10)));
            var items = (PyObject[])old.Items.Clone();
            for (int i = 0; i < args.Length; i++)
                items[i] = PyInt.From(Ops.AsInt(args[i]));
            return SetState("threshold", new PyTuple(items));
        });
        m.Fn0("get_debug", () => State("debug") ?? PyInt.Zero);
        m.Fn1("set_debug", flags => SetState("debug", PyInt.From(Ops.AsInt(flags))));
        m.Fn1("is_tracked", o => PyBool.From(o is not (PyInt or PyFloat or PyStr or PyBytes or PyNone or PyComplex)));
        m.Fn1("is_finalized", o => PyBool.False);
        m.Fn0("freeze", () => PyNone.Instance);
        m.Fn0("unfreeze", () => PyNone.Instance);
        m.Fn0("get_freeze_count", () => PyInt.Zero);
        m.Value("DEBUG_STATS", PyInt.From(1));
        m.Value("DEBUG_COLLECTABLE", PyInt.From(2));
        m.Value("DEBUG_UNCOLLECTABLE", PyInt.From(4));
        m.Value("DEBUG_SAVEALL", PyInt.From(32));
        m.Value("DEBUG_LEAK", PyInt.From(38));
    });

    /// <summary>A fresh module for one interpreter (with its own <c>garbage</c> and <c>callbacks</c> lists).</summary>
    public static PyModule Create(Interpreter interp)
    {
        var m = Def0.Create();
        m.Dict.SetStr("garbage", Lists(interp).Garbage);
        m.Dict.SetStr("callbacks", Lists(interp).Callbacks);
        return m;
    }

    private static Interpreter Current => ThreadState.Current.Interp;

    private static PyObject? State(string key) => Current.ModuleState.GetStr(PyStr.Intern("gc." + key));

    private static PyObject SetState(string key, PyObject value)
    {
        Current.ModuleState.SetStr("gc." + key, value);
        return PyNone.Instance;
    }

    private static (PyList Garbage, PyList Callbacks) Lists(Interpreter interp)
    {
        var st = interp.ModuleState;
        if (st.GetStr(PyStr.Intern("gc.garbage")) is not PyList g)
            st.SetStr("gc.garbage", g = new PyList());
        if (st.GetStr(PyStr.Intern("gc.callbacks")) is not PyList c)
            st.SetStr("gc.callbacks", c = new PyList());
        return (g, c);
    }

    /// <summary>A full collection, then this interpreter's weak reference callbacks (and what they free in turn).</summary>
    internal static int Collect(long generation = 2)
    {
        var interp = Current;
        var callbacks = Lists(interp).Callbacks;
        RunCallbacks(interp, callbacks, "start", generation);
        // Each round may free objects whose own callbacks need another round; a few rounds settle any real chain.
        for (int round = 0; round < 8; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            if (interp.PendingCallsOrNull is not { HasItems: true })
                break;
            interp.RunPendingCalls();
        }
        RunCallbacks(interp, callbacks, "stop", generation);
        return 0;
    }

    private static void RunCallbacks(Interpreter interp, PyList callbacks, string phase, long generation)
    {
        if (callbacks.Count == 0)
            return;
        var info = new PyDict();
        info.SetStr("generation", PyInt.From(generation));
        info.SetStr("collected", PyInt.Zero);
        info.SetStr("uncollectable", PyInt.Zero);
        foreach (var cb in callbacks.ToArray())
        {
            try
            {
                Ops.Call(cb, new PyStr(phase), info);
            }
            catch (PyException e)
            {
                interp.PrintUnraisable($"Exception ignored in garbage collector callback {SafeRepr(cb)}:", e.Value);
            }
        }
    }

    internal static string SafeRepr(PyObject o)
    {
        try
        {
            return Ops.Repr(o);
        }
        catch (PyException)
        {
            return "<object repr() failed>";
        }
    }
}
