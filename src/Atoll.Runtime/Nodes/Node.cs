using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Nodes;

/// <summary>How a statement finished.</summary>
internal enum Flow
{
    Normal,
    Return,
    Break,
    Continue,

    /// <summary>A generator body suspended at a yield; enclosing statements record where they were.</summary>
    Yield,

    /// <summary>
    /// The statement raised a Python exception without throwing it: the exception is in the thread state's
    /// <see cref="ThreadState.Raised"/>. Enclosing statements pass it up like a return; try, with and the frame's runner
    /// take it at once (before running any other code, which may raise and catch exceptions of its own), so a raise that
    /// a try statement in the same or a calling frame catches costs no .NET exception.
    /// </summary>
    Raise,
}

/// <summary>
/// An executable expression. The compiler picks a sealed subclass per operator and operand shape.
/// INVARIANT: nodes are immutable after compilation except for inline caches, which hold immutable entries that are
/// replaced atomically and verified before use: the same tree runs in every interpreter, on any thread.
/// </summary>
internal abstract class Expr
{
    /// <summary>Evaluates the expression.</summary>
    public abstract PyObject Eval(Frame f);

    /// <summary>
    /// Evaluates, or returns null with the exception in <see cref="ThreadState.Raised"/> instead of throwing it.
    /// Statements call this for the expression they run; calls of Python functions and the common failing lookups
    /// (a missing key, index or attribute, division by zero) override it, so the exception reaches an enclosing try
    /// statement as <see cref="Flow.Raise"/>. Any other expression throws as <see cref="Eval"/> does.
    /// </summary>
    public virtual PyObject? EvalOrRaise(Frame f) => Eval(f);

    /// <summary>Evaluates as a condition; comparisons override it to skip making a bool object.</summary>
    public virtual bool EvalBool(Frame f) => Ops.IsTrue(Eval(f));
}

/// <summary>An executable statement.</summary>
internal abstract class Stmt
{
    /// <summary>The source line (for tracebacks).</summary>
    public int Line;

    /// <summary>Runs the statement.</summary>
    public abstract Flow Exec(Frame f);

    /// <summary>Throws the exception of a <see cref="Flow.Raise"/>, for statements that handle exceptions only as .NET
    /// exceptions (those of generator bodies, whose exception paths are not hot); any other flow is returned.</summary>
    internal static Flow ThrowRaised(Flow flow, Frame f) => flow == Flow.Raise ? throw f.Thread.TakeRaised() : flow;
}

/// <summary>A constant.</summary>
internal sealed class ConstExpr(PyObject value) : Expr
{
    public readonly PyObject Value = value;

    public override PyObject Eval(Frame f) => Value;

    public override bool EvalBool(Frame f) => Ops.IsTrue(Value);
}

/// <summary>Sets the frame's line while evaluating an expression that sits on a different line than the code around
/// it (a call in a multi-line statement), so a traceback shows the line where the failing operation is; the line of
/// the enclosing operation is restored once the expression has its value.</summary>
internal sealed class LineExpr(int line, int outerLine, Expr inner) : Expr
{
    public readonly Expr Inner = inner;

    public override PyObject Eval(Frame f)
    {
        f.Line = line;
        var v = Inner.Eval(f);
        f.Line = outerLine;
        return v;
    }

    public override PyObject? EvalOrRaise(Frame f)
    {
        f.Line = line;
        var v = Inner.EvalOrRaise(f);
        if (v != null)
            f.Line = outerLine; // on a raise the line stays where the failing operation is, for the traceback
        return v;
    }

    public override bool EvalBool(Frame f)
    {
        f.Line = line;
        bool v = Inner.EvalBool(f);
        f.Line = outerLine;
        return v;
    }
}
