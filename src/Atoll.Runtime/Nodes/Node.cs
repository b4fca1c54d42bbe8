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

    public override bool EvalBool(Frame f)
    {
        f.Line = line;
        bool v = Inner.EvalBool(f);
        f.Line = outerLine;
        return v;
    }
}
