using System;
using System.Collections.Generic;
using System.Threading;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime;

/// <summary>
/// Work that another thread (the .NET finalizer thread, after a collection) hands to one interpreter, to be done by
/// whichever thread holds that interpreter's lock: CPython's <c>Py_AddPendingCall</c>. Weak reference callbacks and
/// <c>__del__</c> methods are Python code of one interpreter, so they can only run there, never on the finalizer thread.
/// Thread-safe: <see cref="Add"/> may be called from any thread; the interpreter takes items under the same lock.
/// </summary>
internal sealed class PendingCalls
{
    // Weak: finalizers of objects that outlive the interpreter (shared ones) must not keep it alive through us.
    private readonly WeakReference<Interpreter> _interp;
    private readonly Queue<Action> _queue = new(); // guarded by _queue, as is _first
    private readonly Queue<Action> _first = new(); // __del__ calls: CPython finalizes an object before its weakrefs' callbacks
    private volatile int _count;

    internal PendingCalls(Interpreter interp) => _interp = new WeakReference<Interpreter>(interp);

    /// <summary>True when calls are waiting.</summary>
    internal bool HasItems => _count != 0;

    /// <summary>Queues <paramref name="call"/> (before the others when <paramref name="first"/>) and asks the interpreter's running thread to run it at its next check
    /// (the next thread that takes the interpreter's lock checks too: <see cref="Threading.InterpreterLock"/>).</summary>
    internal void Add(Action call, bool first = false)
    {
        lock (_queue)
        {
            (first ? _first : _queue).Enqueue(call);
            _count = _queue.Count + _first.Count;
        }
        Interlocked.MemoryBarrier(); // pairs with the fence in InterpreterLock.Take
        if (_interp.TryGetTarget(out var interp))
            interp.CurrentThread.RequestPendingCalls();
    }

    internal Action? TryTake()
    {
        lock (_queue)
        {
            if (_first.Count + _queue.Count == 0)
                return null;
            var a = _first.Count > 0 ? _first.Dequeue() : _queue.Dequeue();
            _count = _queue.Count + _first.Count;
            return a;
        }
    }
}

public sealed partial class Interpreter
{
    /// <summary>The cells of the objects this interpreter made weak references to (<see cref="WeakCell"/>), keyed weakly
    /// by the object; made on the first weak reference.</summary>
    internal System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, WeakCell.Sentinel>? WeakCells;

    private PendingCalls? _pendingCalls;
    private bool _runningPendingCalls;

    /// <summary>The pending-calls queue, made on first need (by the thread holding the lock).</summary>
    internal PendingCalls PendingCalls => _pendingCalls ??= new PendingCalls(this);

    /// <summary>The queue if one was made (read by the lock when a thread takes it).</summary>
    internal PendingCalls? PendingCallsOrNull => _pendingCalls;

    /// <summary>Runs the queued calls on the calling thread, which holds this interpreter's lock. Not reentrant: a call
    /// whose Python code reaches a check while calls are running leaves the rest to the outer loop.</summary>
    internal void RunPendingCalls()
    {
        var q = _pendingCalls;
        if (q == null || _runningPendingCalls)
            return;
        _runningPendingCalls = true;
        try
        {
            while (q.TryTake() is { } call)
                call();
        }
        finally
        {
            _runningPendingCalls = false;
        }
    }

    /// <summary>Calls <paramref name="callable"/> with <paramref name="arg"/> where nobody can catch an exception (a weak
    /// reference callback, a finalizer): an exception is reported as <c>Exception ignored in: repr(callable)</c>.</summary>
    internal void CallUnraisable(PyObject callable, PyObject arg, PyObject? reportedObject = null)
    {
        try
        {
            Ops.Call(callable, arg);
        }
        catch (PyException e)
        {
            ReportUnraisable(reportedObject ?? callable, e.Value);
        }
    }

    /// <summary>Prints <c>Exception ignored in: repr(obj)</c> and the traceback, as CPython's default unraisable hook.</summary>
    internal void ReportUnraisable(PyObject obj, PyBaseException e)
    {
        string what;
        try
        {
            what = Ops.Repr(obj);
        }
        catch (PyException)
        {
            what = $"<object repr() failed>";
        }
        PrintUnraisable("Exception ignored in: " + what, e);
    }
}

public sealed partial class Interpreter
{
    // Instances of classes with __del__, each with the finalizable holder that notices its death.
    private System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, DelHolder>? _finalizable;

    /// <summary>Arranges for <c>obj.__del__()</c> to run once, in this interpreter, after the collector finds
    /// <paramref name="obj"/> unreachable (PEP 442: at most once, even if <c>__del__</c> resurrects it). Called when an
    /// instance of a class defining <c>__del__</c> is made; instances made before the class got its <c>__del__</c>
    /// are not finalized.</summary>
    internal void RegisterFinalizer(PyObject obj)
    {
        _finalizable ??= new();
        _finalizable.AddOrUpdate(obj, new DelHolder(obj, PendingCalls));
    }

    /// <summary>The value attached to an instance through a dependent handle: it refers to the instance, which does
    /// not keep the instance alive (the table's handle only keeps it while the instance is reachable otherwise). When
    /// the instance becomes garbage the holder does too; the collector keeps both for the holder's finalizer, which
    /// queues the <c>__del__</c> call. The instance lives until that call is done, as an object in CPython's
    /// <c>tp_finalize</c>.</summary>
    private sealed class DelHolder(PyObject obj, PendingCalls calls)
    {
        ~DelHolder() => calls.Add(() => CallDel(obj), first: true);

        private static void CallDel(PyObject obj)
        {
            var del = obj.Type.Lookup("__del__");
            if (del == null)
                return;
            try
            {
                Ops.CallMethod(obj, del);
            }
            catch (PyException e)
            {
                ThreadState.Current.Interp.ReportUnraisable(del, e.Value);
            }
        }
    }
}
