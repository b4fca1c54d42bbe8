using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Modules;

/// <summary>
/// The <c>atexit</c> module: functions registered here run, last registered first, when the interpreter finishes
/// (<see cref="Hosting.PythonMain"/>: after <c>threading._shutdown()</c>, as in CPython's finalization). The list is
/// per interpreter (<see cref="Interpreter.ModuleState"/>).
/// </summary>
internal static class AtexitModule
{
    public static readonly NativeModuleDef Def = new("atexit", m =>
    {
        m.Fn("register", (args, kw) =>
        {
            int npos = args.Length - (kw?.Length ?? 0);
            if (npos < 1)
                throw Err.Type($"register() takes at least 1 argument ({npos} given)");
            var func = args[0];
            if (!Ops.IsCallable(func))
                throw Err.Type("the first argument must be callable");
            var kwargs = new PyDict();
            for (int i = 0; i < (kw?.Length ?? 0); i++)
                kwargs.SetStr(kw![i], args[npos + i]);
            Callbacks(ThreadState.Current.Interp, create: true)!.Append(PyTuple.Of(func, new PyTuple(args[1..npos].ToArray()), kwargs));
            return func;
        });
        m.Fn1("unregister", func =>
        {
            var list = Callbacks(ThreadState.Current.Interp, create: false);
            if (list != null)
            {
                for (int i = list.Count - 1; i >= 0; i--)
                {
                    if (list[i] is PyTuple t && Ops.Eq(t.Items[0], func))
                        list.RemoveAt(i);
                }
            }
            return PyNone.Instance;
        });
        m.Fn0("_run_exitfuncs", () =>
        {
            Run(ThreadState.Current.Interp);
            return PyNone.Instance;
        });
        m.Fn0("_clear", () =>
        {
            Callbacks(ThreadState.Current.Interp, create: false)?.Clear();
            return PyNone.Instance;
        });
        m.Fn0("_ncallbacks", () => PyInt.From(Callbacks(ThreadState.Current.Interp, create: false)?.Count ?? 0));
    });

    private static PyList? Callbacks(Interpreter interp, bool create)
    {
        var st = interp.ModuleState;
        if (st.GetStr(PyStr.Intern("atexit.callbacks")) is PyList l)
            return l;
        if (!create)
            return null;
        l = new PyList();
        st.SetStr("atexit.callbacks", l);
        return l;
    }

    /// <summary>Runs (and forgets) the registered functions, last first; an exception is reported and the rest still
    /// run. Called on a thread holding the interpreter's lock.</summary>
    internal static void Run(Interpreter interp)
    {
        var list = Callbacks(interp, create: false);
        while (list is { Count: > 0 })
        {
            var entry = (PyTuple)list[list.Count - 1];
            list.RemoveAt(list.Count - 1);
            var func = entry.Items[0];
            var kwargs = (PyDict)entry.Items[2];
            try
            {
                Ops.CallWithDict(func, ((PyTuple)entry.Items[1]).Items, kwargs.Count > 0 ? kwargs : null);
            }
            catch (PyException e)
            {
                interp.PrintUnraisable($"Exception ignored in atexit callback {GcModule.SafeRepr(func)}:", e.Value);
            }
        }
    }
}
