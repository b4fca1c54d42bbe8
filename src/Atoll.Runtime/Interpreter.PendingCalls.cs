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
    private readonly Queue<Action> _queue = new(); // guarded by itself
    private volatile int _count;

    internal PendingCalls(Interpreter interp) => _interp = new WeakReference<Interpreter>(interp);

    /// <summary>True when calls are waiting.</summary>
    internal bool HasItems => _count != 0;

    /// <summary>Queues <paramref name="call"/> and asks the interpreter's running thread to run it at its next check
    /// (the next thread that takes the interpreter's lock checks too: <see cref="Threading.InterpreterLock"/>).</summary>
    internal void Add(Action call)
    {
        lock (_queue)
        {
            _queue.Enqueue(call);
            _count = _queue.Count;
        }
        Interlocked.MemoryBarrier(); // pairs with the fence in InterpreterLock.Take
        if (_interp.TryGetTarget(out var interp))
            interp.CurrentThread.RequestPendingCalls();
    }

    internal Action? TryTake()
    {
        lock (_queue)
        {
            if (_queue.Count == 0)
                return null;
            var a = _queue.Dequeue();
            _count = _queue.Count;
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
