using System.Threading;

namespace Atoll.Runtime.Threading;

/// <summary>
/// The lock of one interpreter (CPython's GIL, one per interpreter as in PEP 684): only the thread holding it runs
/// Python code in that interpreter, so its objects need no locks of their own. Interpreters never wait for each
/// other's lock. A thread that has waited a switch interval asks the holder to let go; the holder checks that request
/// on loop back edges and calls (<see cref="ThreadState.CheckInterrupt"/>) and hands the lock over.
/// Uncontended, taking and releasing it costs two uncontended monitor operations.
/// </summary>
internal sealed class InterpreterLock(Interpreter interp)
{
    /// <summary>How long a waiting thread lets the holder run before asking it to switch (CPython's default 5 ms).</summary>
    public const int SwitchIntervalMs = 5;

    private readonly object _monitor = new();
    private ThreadState? _holder;
    private int _waiters;
    private long _takes; // counts acquisitions: a forced switch waits until someone else took the lock

    /// <summary>Takes the lock for <paramref name="ts"/>, waiting as long as it takes.</summary>
    public void Acquire(ThreadState ts)
    {
        lock (_monitor)
        {
            if (_holder == null)
            {
                Take(ts);
                return;
            }
            WaitAndTake(ts, _takes);
        }
    }

    /// <summary>Releases the lock (the caller holds it).</summary>
    public void Release()
    {
        lock (_monitor)
        {
            _holder = null;
            if (_waiters > 0)
                Monitor.Pulse(_monitor);
        }
    }

    /// <summary>Called by the holder when asked to switch: lets a waiting thread run, then waits for its turn again.</summary>
    public void Yield(ThreadState ts)
    {
        lock (_monitor)
        {
            if (_waiters == 0)
                return;
            _holder = null;
            Monitor.Pulse(_monitor);
            WaitAndTake(ts, _takes);
        }
    }

    // Waits (holding the monitor) until the lock is free and someone other than us took it since 'takesBefore' when
    // we are yielding; asks the holder to switch after each interval without progress.
    private void WaitAndTake(ThreadState ts, long takesBefore)
    {
        _waiters++;
        try
        {
            bool yielding = _holder == null; // we just released it in Yield: let another thread take it first
            while (_holder != null || (yielding && _takes == takesBefore && _waiters > 1))
            {
                long seen = _takes;
                if (!Monitor.Wait(_monitor, SwitchIntervalMs) && _holder != null && _takes == seen)
                    _holder.RequestSwitch();
                if (yielding && _takes != takesBefore)
                    yielding = false;
            }
        }
        finally
        {
            _waiters--;
        }
        Take(ts);
    }

    private void Take(ThreadState ts)
    {
        _holder = ts;
        _takes++;
        interp.CurrentThread = ts;
        // Calls queued while no thread (or another one) held the lock: the new holder runs them. The queue sets its
        // count, then reads CurrentThread; we write CurrentThread, then read the count: the fence makes sure one of
        // the two sides sees the other's write.
        if (interp.PendingCallsOrNull is { } pending)
        {
            Interlocked.MemoryBarrier();
            if (pending.HasItems)
                ts.RequestPendingCalls();
        }
    }
}
