using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading;
using Atoll.Runtime.Nodes;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime;

/// <summary>
/// The state of one OS thread running Python code in one interpreter: its frame stack, recursion depth and the
/// exception being handled. Owned by the interpreter; only the thread it belongs to touches it.
/// </summary>
public sealed class ThreadState
{
    /// <summary>The interpreter.</summary>
    public readonly Interpreter Interp;

    // The thread state the current OS thread is running in, like CPython's thread-local tstate. It is per thread,
    // not process-wide, and points at state owned by the interpreter the thread has entered; native code that has
    // no frame at hand (repr of a container, a sort key call) finds its interpreter through it.
    [ThreadStatic]
    private static ThreadState? t_current;

    internal int Depth;
    internal Frame? CurrentFrame;

    /// <summary>Exceptions being handled (innermost last): <c>sys.exception()</c>.</summary>
    internal PyBaseException?[] Handled = new PyBaseException?[8];
    internal int HandledCount;

    /// <summary>The exception of a statement that ended with <see cref="Flow.Raise"/> or of an
    /// <see cref="Expr.EvalOrRaise"/> that returned null: raised but not thrown. Whoever sees the flow or the null
    /// takes it (<see cref="TakeRaised"/>) before running any other code.</summary>
    internal PyException? Raised;

    /// <summary>Raises <paramref name="e"/> without throwing it: a statement returns this.</summary>
    internal Flow Raise(PyException e)
    {
        Raised = e;
        return Flow.Raise;
    }

    /// <summary>Raises <paramref name="e"/> without throwing it: an <see cref="Expr.EvalOrRaise"/> returns this.</summary>
    internal PyObject? RaiseNull(PyException e)
    {
        Raised = e;
        return null;
    }

    /// <summary>Takes the exception of a <see cref="Flow.Raise"/> or null result, to handle or throw it.</summary>
    internal PyException TakeRaised()
    {
        var e = Raised ?? throw new InvalidOperationException("no raised exception to take");
        Raised = null;
        return e;
    }

    /// <summary>Objects whose repr is being computed on this thread (to print <c>[...]</c> for cycles).</summary>
    internal readonly HashSet<PyObject> ReprStack = new(ReferenceEqualityComparer.Instance);

    /// <summary>Native recursion depth (repr of nested containers...), limited like CPython's C recursion limit.</summary>
    internal int NativeDepth;

    /// <summary>CPython's Py_C_RECURSION_LIMIT on Linux.</summary>
    internal const int NativeDepthLimit = 10000;

    /// <summary>Counts one level of native recursion (the repr or comparison of nested containers) against
    /// <see cref="NativeDepthLimit"/>, raising RecursionError with <paramref name="message"/> past it or when the stack
    /// runs low. Returns the calling thread's state (null outside Python code), whose <see cref="NativeDepth"/> the
    /// caller decrements when the level is done.</summary>
    internal static ThreadState? EnterNative(string message)
    {
        var ts = t_current;
        if (ts != null && ++ts.NativeDepth > NativeDepthLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            if (ts != null)
                ts.NativeDepth--;
            throw Err.New(BuiltinTypes.RecursionError, message);
        }
        return ts;
    }

    // Requests from other threads, checked on loop back edges and calls (CPython's eval breaker).
    // PendingCalls: the interpreter has calls queued by other threads (weakref callbacks after a collection).
    private const int PendingInterrupt = 1, PendingSwitch = 2, PendingCalls = 4;
    private volatile int _pending;

    /// <summary>The OS thread running this state (<c>threading.get_ident()</c>); 0 until a thread claims it.</summary>
    internal int Ident;

    /// <summary>The monitor this thread is blocked on in a Python-level wait (a lock, a queue), so an interrupt can wake it.</summary>
    internal volatile object? BlockedOn;

    internal ThreadState(Interpreter interp, int ident = 0)
    {
        Interp = interp;
        Ident = ident;
    }

    /// <summary>The state this OS thread runs in while it is inside another interpreter's <c>exec</c>/<c>call</c>.</summary>
    internal volatile ThreadState? NestedIn;

    /// <summary>Asks this thread to raise KeyboardInterrupt at its next check (Ctrl-C), waking it from a Python-level
    /// wait. If the thread is running code in another interpreter just now, that code gets it.</summary>
    internal void RequestInterrupt()
    {
        if (NestedIn is { } inner)
        {
            inner.RequestInterrupt();
            return;
        }
        Interlocked.Or(ref _pending, PendingInterrupt);
        ForwardInterrupt(); // the thread may have entered another interpreter meanwhile
        if (BlockedOn is { } m)
        {
            lock (m)
                Monitor.PulseAll(m);
        }
    }

    /// <summary>Passes a pending interrupt on to the interpreter this thread has entered (see <see cref="NestedIn"/>).</summary>
    internal void ForwardInterrupt()
    {
        if (NestedIn is { } inner && (_pending & PendingInterrupt) != 0
            && (Interlocked.And(ref _pending, ~PendingInterrupt) & PendingInterrupt) != 0)
        {
            inner.RequestInterrupt();
        }
    }

    /// <summary>Asks this thread to let another thread of its interpreter run (the interpreter lock is wanted).</summary>
    internal void RequestSwitch() => Interlocked.Or(ref _pending, PendingSwitch);

    /// <summary>Asks this thread to run its interpreter's pending calls (<see cref="Interpreter.RunPendingCalls"/>) at
    /// its next check; any thread may call this.</summary>
    internal void RequestPendingCalls() => Interlocked.Or(ref _pending, PendingCalls);

    internal bool InterruptPending => (_pending & PendingInterrupt) != 0;

    /// <summary>The thread state of the calling thread.</summary>
    internal static ThreadState Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => t_current ?? throw new InvalidOperationException("This thread is not running Python code in an Atoll interpreter.");
    }

    internal static ThreadState? CurrentOrNull => t_current;

    /// <summary>Makes this the calling thread's state; returns the previous one, to restore with <see cref="Exit"/>.</summary>
    internal ThreadState? Enter()
    {
        var prev = t_current;
        t_current = this;
        return prev;
    }

    internal static void Exit(ThreadState? previous) => t_current = previous;

    // Recycled frames, one per call depth: the frame a call at depth d used is usually right for the next call at
    // that depth (a loop calling the same function), so renting one writes nothing but the frame's own fields. A frame
    // stays here until it escapes (a traceback or generator holds it); then the pool lets go of it.
    private Frame?[] _framesByDepth = new Frame?[64];

    private static int SizeClass(int size) => size <= 4 ? 0 : size <= 8 ? 1 : size <= 16 ? 2 : size <= 32 ? 3 : -1;

    /// <summary>A frame for a function call: recycled when the one last used at this depth is free and of the right
    /// size (CPython keeps its frames in a per-thread stack for the same reason: a call should not cost two allocations).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Frame RentFrame(PyCode code, PyDict globals, PyDict builtins)
    {
        int c = SizeClass(code.FrameSize);
        if (c < 0)
            return new Frame(code, new PyObject?[code.FrameSize], globals, builtins, this);
        int d = Depth;
        var frames = _framesByDepth;
        if ((uint)d < (uint)frames.Length)
        {
            var f = frames[d];
            if (f != null && !f.InUse && !f.Escaped && f.Slots.Length == 4 << c)
            {
                f.InUse = true;
                f.Reset(code, globals, builtins, this);
                return f;
            }
        }
        return NewPooledFrame(code, globals, builtins, c, d);
    }

    private Frame NewPooledFrame(PyCode code, PyDict globals, PyDict builtins, int sizeClass, int depth)
    {
        var f = new Frame(code, new PyObject?[4 << sizeClass], globals, builtins, this) { InUse = true };
        if (depth >= _framesByDepth.Length && depth < 1 << 20)
            Array.Resize(ref _framesByDepth, Math.Max(depth + 1, _framesByDepth.Length * 2));
        // Replace the frame kept for this depth unless it is running a call (a call made while binding another's
        // arguments); a frame that escaped belongs to whoever holds it now.
        if (depth < _framesByDepth.Length && _framesByDepth[depth] is not { InUse: true, Escaped: false })
            _framesByDepth[depth] = f;
        return f;
    }

    /// <summary>Gives back a frame after its call returned normally, unless something outside may still see it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void ReturnFrame(Frame f)
    {
        if (f.Escaped)
        {
            // Whoever holds it (a traceback, a generator) owns it now: the pool lets go, so it lives no longer than they do.
            int d = Depth;
            if ((uint)d < (uint)_framesByDepth.Length && _framesByDepth[d] == f)
                _framesByDepth[d] = null;
            return;
        }
        f.Clear(f.Code.FrameSize);
        f.InUse = false;
    }

    /// <summary>Runs a frame's body: depth accounting, the stack guard and the traceback entry on the way out.</summary>
    internal PyObject Run(Frame frame) => RunOrRaise(frame) ?? throw TakeRaised();

    /// <summary>Runs a frame's body as <see cref="Run"/> does, but an exception the body raised without throwing it is
    /// returned the same way (null, with the exception in <see cref="Raised"/>).</summary>
    internal PyObject? RunOrRaise(Frame frame)
    {
        CheckInterrupt();
        // The stack probe is skipped for shallow calls: every thread running Python code has a large stack.
        if (++Depth > Interp.RecursionLimit || (Depth > 64 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            Depth--;
            throw Err.New(BuiltinTypes.RecursionError, "maximum recursion depth exceeded");
        }
        frame.Back = CurrentFrame;
        CurrentFrame = frame;
        try
        {
            var code = frame.Code;
            if (code.SimpleReturn is { } ret)
            {
                frame.Line = code.SimpleReturnLine;
                var r = ret.EvalOrRaise(frame);
                if (r == null)
                    Raised!.AddTraceback(frame);
                return r;
            }
            if (code.Body.Exec(frame) == Flow.Raise)
            {
                Raised!.AddTraceback(frame);
                return null;
            }
            return frame.ReturnValue ?? PyNone.Instance;
        }
        catch (Exception e) when (e is PyException pe ? pe.AddTraceback(frame) : true)
        {
            // A Python exception never gets here: the filter records the frame and declines, so it passes on without
            // being caught and rethrown. A bug in the runtime (or the process running out of memory) does: it becomes
            // a Python exception in the frame where it happened, never a crash of the process (DESIGN.md, invariant 3).
            var py = RuntimeFault(e);
            py.AddTraceback(frame);
            throw py;
        }
        finally
        {
            CurrentFrame = frame.Back;
            Depth--;
        }
    }

    /// <summary>The Python exception for a .NET exception that escaped runtime code: MemoryError, RecursionError for the
    /// stack guard, else SystemError naming the .NET error.</summary>
    internal static PyException RuntimeFault(Exception e) => e switch
    {
        OutOfMemoryException => Err.New(BuiltinTypes.MemoryError, ""),
        InsufficientExecutionStackException => Err.New(BuiltinTypes.RecursionError, "maximum recursion depth exceeded"),
        _ => Err.System($"internal error: {e.GetType().Name}: {e.Message}"),
    };

    /// <summary>
    /// Blocks until <paramref name="tryTake"/> (called holding <paramref name="monitor"/>) succeeds or
    /// <paramref name="timeout"/> seconds pass (negative: no limit), with the interpreter lock released so the
    /// interpreter's other threads run. Whoever changes the state <paramref name="tryTake"/> looks at pulses the
    /// monitor. Ctrl-C wakes the wait and raises KeyboardInterrupt. Returns false on timeout.
    /// </summary>
    internal bool WaitUntil(object monitor, Func<bool> tryTake, double timeout, bool spin = true)
    {
        const long SpinMicroseconds = 50;
        lock (monitor)
        {
            if (tryTake())
                return true;
        }
        if (timeout == 0)
            return false;
        long deadline = timeout < 0 ? long.MaxValue : Environment.TickCount64 + (long)Math.Ceiling(timeout * 1000);
        bool taken = false;
        Interp.Lock.Release();
        BlockedOn = monitor;
        try
        {
            // A short spin first (at most SpinMicroseconds): an answer from a thread running on another core usually
            // arrives within microseconds, far sooner than a sleeping thread is woken. Then the thread sleeps.
            if (spin && Environment.ProcessorCount > 1)
            {
                long spinEnd = Stopwatch.GetTimestamp() + Stopwatch.Frequency * SpinMicroseconds / 1_000_000;
                do
                {
                    Thread.SpinWait(30);
                    lock (monitor)
                    {
                        if (tryTake())
                            return taken = true;
                    }
                }
                while (Stopwatch.GetTimestamp() < spinEnd && !InterruptPending);
            }
            lock (monitor)
            {
                while (!(taken = tryTake()))
                {
                    if (InterruptPending)
                        break;
                    long left = deadline - Environment.TickCount64;
                    if (left <= 0)
                        break;
                    Monitor.Wait(monitor, left > int.MaxValue ? int.MaxValue : (int)left);
                }
            }
            return taken;
        }
        finally
        {
            BlockedOn = null;
            Interp.Lock.Acquire(this);
            if (!taken)
                ThrowIfInterrupted();
        }
    }

    /// <summary>The exception currently being handled, or null.</summary>
    internal PyBaseException? CurrentHandled => HandledCount > 0 ? Handled[HandledCount - 1] : null;

    internal void PushHandled(PyBaseException? e)
    {
        if (HandledCount == Handled.Length)
            Array.Resize(ref Handled, HandledCount * 2);
        Handled[HandledCount++] = e;
    }

    internal void PopHandled() => Handled[--HandledCount] = null;

    /// <summary>Sets <c>__context__</c> of an exception raised while another one is handled.</summary>
    internal void ChainContext(PyBaseException e)
    {
        var handled = CurrentHandled;
        if (handled == null || handled == e || e.Context != null)
            return;
        // Break a cycle the new context would close (CPython does the same).
        for (var c = handled; c != null; c = c.Context)
        {
            if (c.Context == e)
            {
                c.Context = null;
                break;
            }
        }
        e.Context = handled;
    }

    /// <summary>Serves requests from other threads: raises KeyboardInterrupt after Ctrl-C, hands the interpreter lock
    /// to a waiting thread, runs the interpreter's pending calls. Loops call this on their back edges and frames on entry.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void CheckInterrupt()
    {
        if (_pending != 0)
            ServePending();
    }

    private void ServePending()
    {
        if ((_pending & PendingSwitch) != 0)
        {
            Interlocked.And(ref _pending, ~PendingSwitch);
            Interp.Lock.Yield(this);
        }
        if ((_pending & PendingCalls) != 0)
        {
            Interlocked.And(ref _pending, ~PendingCalls);
            Interp.RunPendingCalls();
        }
        ThrowIfInterrupted();
    }

    /// <summary>Raises KeyboardInterrupt if one was requested (consuming the request).</summary>
    internal void ThrowIfInterrupted()
    {
        if ((_pending & PendingInterrupt) != 0)
        {
            Interlocked.And(ref _pending, ~PendingInterrupt);
            throw new PyException(new PyBaseException(BuiltinTypes.KeyboardInterrupt));
        }
    }
}
