using System;
using System.Threading;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Objects;
using Atoll.Runtime.Threading;

namespace Atoll.Runtime.Modules;

/// <summary>A started thread as <c>_thread.start_joinable_thread</c> returns it: its ident and a way to wait for its end.</summary>
public sealed class PyThreadHandle : PyObject
{
    private bool _done;

    /// <inheritdoc/>
    public override PyType Type => ThreadModule.HandleType;

    internal long Ident { get; set; }

    internal bool IsDone
    {
        get
        {
            lock (this)
                return _done;
        }
    }

    internal void SetDone()
    {
        lock (this)
        {
            _done = true;
            Monitor.PulseAll(this);
        }
    }

    internal bool Join(double timeout)
    {
        if (Ident == ThreadTypes.Ident() && !IsDone)
            throw Err.Runtime("Cannot join current thread");
        return ThreadState.Current.WaitUntil(this, () => _done, timeout);
    }
}

/// <summary>The <c>_thread</c> module: starting threads, locks, idents. Threads of one interpreter take turns holding
/// its lock; each gets a large stack.</summary>
internal static class ThreadModule
{
    /// <summary>Stack size of threads started by Python code (the stack guard turns deeper recursion into RecursionError).</summary>
    private const int StackSize = 64 * 1024 * 1024;

    public static readonly PyType HandleType = BuiltinTypes.NewNativeType("_ThreadHandle", "_thread", t =>
    {
        PyThreadHandle Self(PyObject o) => (PyThreadHandle)o;
        BuiltinTypes.Prop(t, "ident", self => PyInt.From(Self(self).Ident));
        BuiltinTypes.DefN(t, "join", (args, kw) =>
        {
            var a = Args.Bind("join", args[1..], kw, ["timeout"], 0);
            double timeout = a[0] == null || a[0] == PyNone.Instance ? -1 : Math.Max(0, ThreadTypes.Seconds(a[0]!));
            Self(args[0]).Join(timeout);
            return PyNone.Instance;
        });
        BuiltinTypes.Def(t, "is_done", self => PyBool.From(Self(self).IsDone));
        BuiltinTypes.Def(t, "_set_done", self =>
        {
            Self(self).SetDone();
            return PyNone.Instance;
        });
        BuiltinTypes.Def(t, "__repr__", self => new PyStr($"<_thread._ThreadHandle object: ident={Self(self).Ident}>"));
    });

    public static readonly NativeModuleDef Def = new("_thread", m =>
    {
        NativeFunction startNew = (args, kw) =>
        {
            Args.NoKeywords("start_new_thread", kw);
            Args.Count("start_new_thread", args.Length, 2, 3);
            if (!Ops.IsCallable(args[0]))
                throw Err.Type("first arg must be callable");
            if (args[1] is not PyTuple targs)
                throw Err.Type("2nd arg must be a tuple");
            PyDict? tkw = null;
            if (args.Length > 2)
                tkw = args[2] as PyDict ?? throw Err.Type("optional 3rd arg must be a dictionary");
            return PyInt.From(Start(args[0], targs, tkw, null));
        };
        m.Fn("start_new_thread", startNew);
        m.Fn("start_new", startNew);
        m.Fn("start_joinable_thread", (args, kw) =>
        {
            var a = Args.Bind("start_joinable_thread", args, kw, ["function", "handle", "daemon"], 1);
            if (!Ops.IsCallable(a[0]!))
                throw Err.Type("thread function must be callable");
            var handle = a[1] == null || a[1] == PyNone.Instance ? new PyThreadHandle()
                : a[1] as PyThreadHandle ?? throw Err.Type("'handle' must be a _ThreadHandle");
            Start(a[0]!, PyTuple.Empty, null, handle);
            return handle;
        });
        m.Value("_ThreadHandle", HandleType);
        m.Fn0("allocate_lock", () => new PyLock());
        m.Fn0("allocate", () => new PyLock());
        m.Value("LockType", ThreadTypes.Lock);
        m.Value("lock", ThreadTypes.Lock);
        m.Value("RLock", ThreadTypes.RLock);
        m.Fn0("get_ident", () => PyInt.From(ThreadTypes.Ident()));
        m.Fn0("get_native_id", () => PyInt.From(ThreadTypes.Ident()));
        m.Fn0("_count", () => PyInt.From(ThreadState.Current.Interp.StartedThreads));
        // ThreadPoolExecutor's default size needs os.process_cpu_count(); Atoll has no os module yet.
        m.Fn0("_process_cpu_count", () => PyInt.From(Environment.ProcessorCount));
        m.Fn0("_get_main_thread_ident", () => PyInt.From(ThreadState.Current.Interp.MainThread.Ident));
        // The text the runtime prints for an uncaught exception (traceback, chain, notes): threading.excepthook
        // writes it after "Exception in thread NAME:", as CPython's hook prints the traceback module's output.
        m.Fn1("_format_exception", exc => exc is PyBaseException e
            ? new PyStr(TracebackFormatter.Format(e))
            : throw Err.Type($"_format_exception() argument must be an exception, not {Ops.TypeName(exc)}"));
        m.Fn0("daemon_threads_allowed", () => PyBool.True);
        m.Fn("stack_size", (args, kw) =>
        {
            Args.NoKeywords("stack_size", kw);
            Args.Count("stack_size", args.Length, 0, 1);
            if (args.Length == 1 && args[0] is PyInt size && size.Value != 0 && size.Value < 32768)
                throw Err.Value("size not valid: " + size.Value + " bytes");
            return PyInt.From(0);
        });
        m.Value("TIMEOUT_MAX", new PyFloat(ThreadTypes.TimeoutMax));
        m.Value("error", BuiltinTypes.RuntimeError);
        m.Fn("interrupt_main", (args, kw) =>
        {
            ThreadState.Current.Interp.MainThread.RequestInterrupt();
            return PyNone.Instance;
        });
        NativeFunction exit = (args, kw) => throw new PyException(new PyBaseException(BuiltinTypes.SystemExit));
        m.Fn("exit", exit);
        m.Fn("exit_thread", exit);
    });

    /// <summary>Starts <paramref name="function"/> on a new OS thread in the calling interpreter; returns its ident.</summary>
    private static long Start(PyObject function, PyTuple args, PyDict? kwargs, PyThreadHandle? handle)
    {
        var interp = ThreadState.Current.Interp;
        var thread = new Thread(() => Run(interp, function, args, kwargs, handle), StackSize) { IsBackground = true };
        long ident = thread.ManagedThreadId;
        if (handle != null)
            handle.Ident = ident;
        Interlocked.Increment(ref interp.StartedThreads);
        try
        {
            thread.Start();
        }
        catch (OutOfMemoryException)
        {
            Interlocked.Decrement(ref interp.StartedThreads);
            throw Err.Runtime("can't start new thread");
        }
        return ident;
    }

    private static void Run(Interpreter interp, PyObject function, PyTuple args, PyDict? kwargs, PyThreadHandle? handle)
    {
        var ts = interp.BeginThread();
        interp.Lock.Acquire(ts);
        ts.Enter();
        try
        {
            Ops.CallWithDict(function, args.Items, kwargs);
        }
        catch (PyException e)
        {
            if (!e.Value.Type.IsSubtypeOf(BuiltinTypes.SystemExit))
                interp.PrintUnraisable("Exception ignored in thread started by: " + SafeRepr(function), e.Value);
        }
#pragma warning disable CA1031 // a runtime bug in one thread must not take the process down: it is reported as SystemError
        catch (Exception e)
#pragma warning restore CA1031
        {
            interp.PrintUnraisable("Exception ignored in thread started by: " + SafeRepr(function),
                Err.System($"internal error in thread: {e.GetType().Name}: {e.Message}").Value);
        }
        finally
        {
            Interlocked.Decrement(ref interp.StartedThreads);
            interp.EndThread(ts);
            ThreadState.Exit(null);
            interp.Lock.Release();
            handle?.SetDone();
        }
    }

    private static string SafeRepr(PyObject o)
    {
        try
        {
            return Ops.Repr(o);
        }
        catch (PyException)
        {
            return $"<{o.Type.Name} object>";
        }
    }
}
