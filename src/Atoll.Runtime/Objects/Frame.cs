using System;
using System.Runtime.CompilerServices;

namespace Atoll.Runtime.Objects;

/// <summary>
/// An executing block: its slots, namespaces and position. Frames are light objects so tracebacks,
/// <c>sys._getframe</c> and line numbers work; a suspended generator keeps its frame.
/// </summary>
public sealed class Frame : PyObject
{
    /// <summary>The code being run.</summary>
    public PyCode Code;

    /// <summary>Fast locals, cells and temporaries.</summary>
    public PyObject?[] Slots;

    /// <summary>The module namespace.</summary>
    public PyDict Globals;

    /// <summary>The builtins namespace.</summary>
    public PyDict Builtins;

    /// <summary>The namespace for name operations in module and class bodies (the globals at module level).</summary>
    public PyDict? Names;

    /// <summary>Non-dict locals mapping given to exec/eval, when one was.</summary>
    public PyObject? NamesMapping;

    internal ThreadState Thread;

    /// <summary>The calling frame.</summary>
    public Frame? Back;

    /// <summary>Current line.</summary>
    public int Line;

    /// <summary>The value of a <c>return</c> while the stack unwinds to the function.</summary>
    internal PyObject? ReturnValue;

    /// <summary>True while a generator body is re-entering the statements it was suspended in.</summary>
    internal bool Resuming;

    /// <summary>A recycled frame (<see cref="ThreadState.RentFrame"/>) is running a call.</summary>
    internal bool InUse;

    /// <summary>Something outside the call may still see this frame (a traceback, sys._getframe, a generator):
    /// it is never recycled.</summary>
    internal bool Escaped;

    /// <summary>Marks this frame and its callers as reachable from outside their calls.</summary>
    internal void MarkEscaped()
    {
        for (var f = this; f != null && !f.Escaped; f = f.Back)
            f.Escaped = true;
    }

    /// <summary>Readies a recycled frame for a new call of <paramref name="code"/>.</summary>
    internal void Reset(PyCode code, PyDict globals, PyDict builtins, ThreadState thread)
    {
        // A recycled frame usually served the same function last time: storing a reference costs a GC write
        // barrier, comparing it does not.
        if (Code != code)
            Code = code;
        if (Globals != globals)
            Globals = globals;
        if (Builtins != builtins)
            Builtins = builtins;
        if (Thread != thread)
            Thread = thread;
        Line = code.FirstLine;
    }

    /// <summary>Clears what a finished call left, so the frame can be recycled.</summary>
    internal void Clear(int size)
    {
        Array.Clear(Slots, 0, size);
        Names = null;
        NamesMapping = null;
        ReturnValue = null;
        Back = null; // a recycled frame must not keep its last caller (which may have escaped, with its locals) alive
        Resuming = false;
        _gen = null;
    }

    // What only generator frames need lives apart, so a plain call's frame stays small.
    private GeneratorState? _gen;

    private sealed class GeneratorState
    {
        // A suspended body records, innermost first, where each enclosing statement was.
        public ResumePoint[] Resume = new ResumePoint[4];
        public int ResumeCount;
        public PyObject? Sent;
        public PyException? Thrown;
        public PyObject? Yielded;
        public PyObject? Owner;
        public PyObject? Delegate;
    }

    private GeneratorState Gen => _gen ??= new GeneratorState();

    /// <summary>The value sent into a resumed generator (None for next()).</summary>
    internal PyObject? Sent
    {
        get => _gen?.Sent;
        set => Gen.Sent = value;
    }

    /// <summary>An exception thrown into a resumed generator (gen.throw).</summary>
    internal PyException? Thrown
    {
        get => _gen?.Thrown;
        set => Gen.Thrown = value;
    }

    /// <summary>While suspended in <c>yield from</c> or <c>await</c>: the iterator delegated to.</summary>
    internal PyObject? Delegate
    {
        get => _gen?.Delegate;
        set => Gen.Delegate = value;
    }

    /// <summary>The value the body yielded.</summary>
    internal PyObject? Yielded
    {
        get => _gen?.Yielded;
        set => Gen.Yielded = value;
    }

    /// <summary>The generator or coroutine object that owns this frame, if any.</summary>
    internal PyObject? Owner
    {
        get => _gen?.Owner;
        set => Gen.Owner = value;
    }

    internal Frame(PyCode code, PyObject?[] slots, PyDict globals, PyDict builtins, ThreadState thread)
    {
        Code = code;
        Slots = slots;
        Globals = globals;
        Builtins = builtins;
        Thread = thread;
        Line = code.FirstLine;
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.Frame;

    internal Interpreter Interp => Thread.Interp;

    internal struct ResumePoint
    {
        public int State;
        public object? Value;
        public object? Value2;
    }

    /// <summary>Records the state of a statement being suspended through.</summary>
    internal void PushResume(int state, object? value = null, object? value2 = null)
    {
        var g = Gen;
        if (g.ResumeCount == g.Resume.Length)
            Array.Resize(ref g.Resume, g.ResumeCount * 2);
        g.Resume[g.ResumeCount++] = new ResumePoint { State = state, Value = value, Value2 = value2 };
    }

    /// <summary>Takes the state of the outermost statement not yet re-entered.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ResumePoint PopResume()
    {
        var g = _gen!;
        var p = g.Resume[--g.ResumeCount];
        g.Resume[g.ResumeCount] = default;
        return p;
    }
}
