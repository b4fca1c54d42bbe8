using System;
using System.Collections.Generic;

namespace Atoll.Runtime.Objects;

/// <summary>One entry of a traceback: a frame and the line it was at.</summary>
public sealed class PyTraceback : PyObject
{
    /// <summary>The frame.</summary>
    public readonly Frame Frame;

    /// <summary>The line the frame was executing.</summary>
    public readonly int Line;

    /// <summary>The next (inner) entry.</summary>
    public readonly PyTraceback? Next;

    internal PyTraceback(Frame frame, int line, PyTraceback? next)
    {
        frame.MarkEscaped();
        Frame = frame;
        Line = line;
        Next = next;
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.Traceback;
}

/// <summary>An instance of <c>BaseException</c> or any subclass.</summary>
public class PyBaseException : PyObject
{
    private PyType _type;
    private PyDict? _dict;

    /// <summary><c>args</c>.</summary>
    public PyTuple Args = PyTuple.Empty;

    /// <summary><c>__cause__</c>.</summary>
    public PyBaseException? Cause;

    /// <summary><c>__context__</c>.</summary>
    public PyBaseException? Context;

    /// <summary><c>__suppress_context__</c>.</summary>
    public bool SuppressContext;

    /// <summary><c>__traceback__</c>.</summary>
    public PyTraceback? Traceback;

    /// <summary>Attributes of particular exception classes (StopIteration.value, SystemExit.code, OSError.errno...).</summary>
    internal Dictionary<string, PyObject>? Fields;

    internal PyBaseException(PyType type)
    {
        _type = type;
    }

    /// <inheritdoc/>
    public override PyType Type => _type;

    /// <inheritdoc/>
    public override PyDict Dict => _dict ??= new PyDict();

    internal PyDict? DictIfAny => _dict;

    internal void SetType(PyType t) => _type = t;

    internal PyObject GetField(string name) => Fields != null && Fields.TryGetValue(name, out var v) ? v : PyNone.Instance;

    internal void SetField(string name, PyObject value) => (Fields ??= new Dictionary<string, PyObject>(StringComparer.Ordinal))[name] = value;
}

/// <summary>
/// The .NET exception that carries a Python exception up the stack. A new one is thrown for each raise; the Python
/// object (<see cref="Value"/>) keeps the traceback across raises.
/// </summary>
public sealed class PyException : Exception
{
    /// <summary>The Python exception.</summary>
    public readonly PyBaseException Value;

    /// <summary>The last frame a traceback entry was added for during this raise.</summary>
    internal Frame? LastFrame;

    /// <summary>Wraps a Python exception for throwing.</summary>
    public PyException(PyBaseException value) : base(null) => Value = value;

    /// <summary>Wraps a Python exception re-raised by a bare <c>raise</c> in <paramref name="frame"/>: it keeps its
    /// traceback and does not get a second entry for that frame.</summary>
    internal PyException(PyBaseException value, Frame? frame) : base(null)
    {
        Value = value;
        LastFrame = frame;
    }

    /// <summary>Unused .NET constructor shape.</summary>
    public PyException() : base(null) => Value = null!;

    /// <summary>Unused .NET constructor shape.</summary>
    public PyException(string message) : base(message) => Value = null!;

    /// <summary>Unused .NET constructor shape.</summary>
    public PyException(string message, Exception inner) : base(message, inner) => Value = null!;

    /// <inheritdoc/>
    public override string Message => Value == null ? base.Message : Value.Type.Name + ": " + Ops.SafeStr(Value);

    /// <summary>Adds a traceback entry for <paramref name="frame"/> at its current line, once per frame per raise.
    /// Returns false so it can run as an exception filter, during the first pass, without unwinding.</summary>
    internal bool AddTraceback(Frame frame)
    {
        if (LastFrame != frame)
        {
            LastFrame = frame;
            Value.Traceback = new PyTraceback(frame, frame.Line, Value.Traceback);
        }
        return false;
    }

    /// <summary>True when the Python exception is an instance of <paramref name="type"/>.</summary>
    public bool Is(PyType type) => Value.Type.IsSubtypeOf(type);
}
