using System;
using System.Runtime.CompilerServices;
using Atoll.Runtime.Nodes;

namespace Atoll.Runtime.Objects;

/// <summary>A cell: the storage of a variable captured by an inner function.</summary>
public sealed class PyCell : PyObject
{
    /// <summary>The value; null while unbound.</summary>
    public PyObject? Value;

    /// <summary>Creates a cell.</summary>
    public PyCell(PyObject? value) => Value = value;

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.Cell;
}

/// <summary>A Python function (<c>def</c> or <c>lambda</c>).</summary>
public sealed class PyFunction : PyObject
{
    /// <summary>The compiled code (shared by all interpreters).</summary>
    public PyCode Code;
    internal readonly PyDict Globals;
    internal readonly PyDict Builtins;
    internal readonly Interpreter Interp;
    internal PyObject[]? Defaults;
    internal PyDict? KwDefaults;
    internal readonly PyCell[]? Closure;
    internal string Name;
    internal string QualName;
    internal PyObject Doc = PyNone.Instance;
    private PyObject? _module;

    /// <summary><c>__module__</c>: the defining module's <c>__name__</c>, read when first asked for.</summary>
    internal PyObject Module
    {
        get => _module ??= Globals.TryGetStr("__name__", out var m) ? m : PyNone.Instance;
        set => _module = value;
    }
    internal PyObject? Annotations;
    internal PyObject? TypeParams;
    private PyDict? _dict;

    internal PyFunction(PyCode code, PyDict globals, Interpreter interp, PyObject[]? defaults, PyDict? kwDefaults, PyCell[]? closure)
    {
        Code = code;
        Globals = globals;
        Interp = interp;
        Builtins = interp.BuiltinsDict;
        Defaults = defaults;
        KwDefaults = kwDefaults;
        Closure = closure;
        Name = code.Name;
        QualName = code.QualName;
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.Function;

    /// <inheritdoc/>
    public override PyDict Dict => _dict ??= new PyDict();

    /// <summary>The attribute dict if one was made (reading <see cref="Dict"/> makes one).</summary>
    internal PyDict? DictIfAny => _dict;

    /// <summary>A frame for a call of this function: recycled from the thread's pool unless the call makes a generator.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Frame NewFrame(PyCode code, ThreadState ts) => code.MakesGenerator
        ? new Frame(code, new PyObject?[code.FrameSize], Globals, Builtins, ts)
        : ts.RentFrame(code, Globals, Builtins);

    /// <summary>Calls the function with positional arguments followed by keyword values named by <paramref name="kwNames"/>.</summary>
    public PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwNames) => CallOrRaise(args, kwNames) ?? throw Interp.CurrentThread.TakeRaised();

    /// <summary>Calls with no arguments.</summary>
    public PyObject Call0() => Call0OrRaise() ?? throw Interp.CurrentThread.TakeRaised();

    /// <summary>Calls with one positional argument.</summary>
    public PyObject Call1(PyObject a) => Call1OrRaise(a) ?? throw Interp.CurrentThread.TakeRaised();

    /// <summary>Calls with two positional arguments.</summary>
    public PyObject Call2(PyObject a, PyObject b) => Call2OrRaise(a, b) ?? throw Interp.CurrentThread.TakeRaised();

    /// <summary>Calls with three positional arguments.</summary>
    public PyObject Call3(PyObject a, PyObject b, PyObject c) => Call3OrRaise(a, b, c) ?? throw Interp.CurrentThread.TakeRaised();

    // The calls below return null when the body raised an exception without throwing it (ThreadState.Raised holds it):
    // the call nodes use them, so a raise reaches a try statement of the caller without a .NET exception.

    internal PyObject? CallOrRaise(ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        var code = Code;
        var ts = Interp.CurrentThread;
        var frame = NewFrame(code, ts);
        if (kwNames == null && args.Length == code.ArgCount && code.IsSimpleSignature)
        {
            args.CopyTo(frame.Slots!);
        }
        else
        {
            try
            {
                ArgBinder.Bind(this, frame.Slots, args, kwNames);
            }
            catch (PyException)
            {
                frame.Escaped = true; // its slots were partly filled: do not recycle it
                throw;
            }
        }
        return Invoke(frame, ts);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal PyObject? Call0OrRaise()
    {
        var code = Code;
        if (code.ArgCount == 0 && code.IsSimpleSignature)
        {
            var ts = Interp.CurrentThread;
            return Invoke(NewFrame(code, ts), ts);
        }
        return CallOrRaise([], null);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal PyObject? Call1OrRaise(PyObject a)
    {
        var code = Code;
        if (code.ArgCount == 1 && code.IsSimpleSignature)
        {
            var ts = Interp.CurrentThread;
            var frame = NewFrame(code, ts);
            ArrayStore.Set(frame.Slots, 0, a);
            return Invoke(frame, ts);
        }
        return CallOrRaise([a], null);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal PyObject? Call2OrRaise(PyObject a, PyObject b)
    {
        var code = Code;
        if (code.ArgCount == 2 && code.IsSimpleSignature)
        {
            var ts = Interp.CurrentThread;
            var frame = NewFrame(code, ts);
            var slots = frame.Slots;
            ArrayStore.Set(slots, 0, a);
            ArrayStore.Set(slots, 1, b);
            return Invoke(frame, ts);
        }
        return CallOrRaise([a, b], null);
    }

    internal PyObject? Call3OrRaise(PyObject a, PyObject b, PyObject c)
    {
        var code = Code;
        if (code.ArgCount == 3 && code.IsSimpleSignature)
        {
            var ts = Interp.CurrentThread;
            var frame = NewFrame(code, ts);
            var slots = frame.Slots;
            ArrayStore.Set(slots, 0, a);
            ArrayStore.Set(slots, 1, b);
            ArrayStore.Set(slots, 2, c);
            return Invoke(frame, ts);
        }
        return CallOrRaise([a, b, c], null);
    }

    /// <summary>Calls with <paramref name="self"/> before the arguments (a bound method's call); null as above.</summary>
    internal PyObject? CallWithSelfOrRaise(PyObject self, ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        if (kwNames == null)
        {
            switch (args.Length)
            {
                case 0: return Call1OrRaise(self);
                case 1: return Call2OrRaise(self, args[0]);
                case 2: return Call3OrRaise(self, args[0], args[1]);
            }
        }
        if (args.Length < 4)
        {
            var buf = default(ArgBuffer4);
            buf[0] = self;
            for (int i = 0; i < args.Length; i++)
                buf[i + 1] = args[i];
            ReadOnlySpan<PyObject> span = buf;
            return CallOrRaise(span[..(args.Length + 1)], kwNames);
        }
        var full = new PyObject[args.Length + 1];
        full[0] = self;
        args.CopyTo(full.AsSpan(1));
        return CallOrRaise(full, kwNames);
    }

    /// <summary>Runs the body in a frame whose parameters are bound.</summary>
    private PyObject? Invoke(Frame frame, ThreadState ts)
    {
        var code = Code;
        if (code.NeedsCells)
            SetUpCells(frame.Slots);
        if (code.MakesGenerator)
            return Generators.Create(this, frame);
        try
        {
            return ts.RunOrRaise(frame);
        }
        finally
        {
            // Also when the call raised: a frame the traceback holds is marked escaped and kept as it is; any other is
            // cleared, so nothing it referred to stays alive in the recycled frame.
            ts.ReturnFrame(frame);
        }
    }

    private void SetUpCells(PyObject?[] locals)
    {
        var code = Code;
        foreach (int slot in code.CellSlots)
            locals[slot] = new PyCell(locals[slot]);
        if (Closure != null)
        {
            int first = code.FirstFreeSlot;
            for (int i = 0; i < Closure.Length; i++)
                locals[first + i] = Closure[i];
        }
    }
}

/// <summary>A method bound to an instance (<c>obj.method</c>).</summary>
public sealed class PyMethod : PyObject
{
    /// <summary>The function.</summary>
    public readonly PyObject Function;

    /// <summary>The instance (<c>__self__</c>).</summary>
    public readonly PyObject Self;

    /// <summary>Binds a function to an instance.</summary>
    public PyMethod(PyObject function, PyObject self)
    {
        Function = function;
        Self = self;
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.Method;
}

/// <summary>A module.</summary>
public sealed class PyModule : PyObject
{
    private readonly PyDict _dict;

    /// <summary>Creates a module with a name.</summary>
    public PyModule(string name, PyDict? dict = null)
    {
        _dict = dict ?? new PyDict();
        if (!_dict.TryGetStr("__name__", out _))
            _dict.SetStr("__name__", new PyStr(name));
        if (!_dict.TryGetStr("__doc__", out _))
            _dict.SetStr("__doc__", PyNone.Instance);
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.Module;

    /// <inheritdoc/>
    public override PyDict Dict => _dict;

    /// <summary>The module's <c>__name__</c>.</summary>
    public string Name => _dict.TryGetStr("__name__", out var n) && n is PyStr s ? s.Value : "?";
}
