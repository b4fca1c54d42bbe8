using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Nodes;

internal sealed class AddExpr(Expr left, Expr right) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var a = left.Eval(f);
        var b = right.Eval(f);
        return Ops.Add(a, b);
    }
}

internal sealed class SubExpr(Expr left, Expr right) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var a = left.Eval(f);
        var b = right.Eval(f);
        return Ops.Sub(a, b);
    }
}

internal sealed class MulExpr(Expr left, Expr right) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var a = left.Eval(f);
        var b = right.Eval(f);
        return Ops.Mul(a, b);
    }
}

/// <summary><c>x + k</c> / <c>x - k</c> with a small int constant: the loop-counter shape.</summary>
/// <summary><c>x + k</c> or <c>x - k</c> for a small int constant: <paramref name="k"/> is the signed delta for the int
/// lane; other operands get the operator as written (<c>__sub__</c> is not <c>__add__</c> of the negation).</summary>
internal sealed class AddIntConstExpr(Expr left, long k, PyInt operand, bool subtract) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var a = left.Eval(f);
        if (a.GetType() == typeof(PyInt))
        {
            var i = (PyInt)a;
            if (!i.IsBig)
            {
                long r = i.Value + k;
                if (((i.Value ^ r) & (k ^ r)) >= 0)
                    return PyInt.From(r);
            }
        }
        return subtract ? Ops.Sub(a, operand) : Ops.Add(a, operand);
    }
}

internal sealed class BinaryExpr(Expr left, Expr right, BinOp op) : Expr
{
    public override PyObject Eval(Frame f) => EvalOrRaise(f) ?? throw f.Thread.TakeRaised();

    public override PyObject? EvalOrRaise(Frame f)
    {
        var a = left.Eval(f);
        var b = right.Eval(f);
        if (b is PyInt { Sign: 0 } or PyFloat { Value: 0 } && Ops.DivisionByZero(a, b, op) is { } zero)
            return f.Thread.RaiseNull(zero);
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt) && op != BinOp.MatMul)
            return Ops.IntBinary((PyInt)a, (PyInt)b, op);
        if (a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat) && op <= BinOp.Pow || op == BinOp.FloorDiv && a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat))
        {
            if (op != BinOp.MatMul)
                return Ops.FloatBinary(((PyFloat)a).Value, ((PyFloat)b).Value, op);
        }
        return Ops.Binary(a, b, op);
    }
}

/// <summary>In-place operator on a plain local: <c>x += e</c>.</summary>
internal sealed class AugLocalStmt(int slot, string name, Expr value, BinOp op) : Stmt
{
    public override Flow Exec(Frame f)
    {
        var a = f.Slots[slot] ?? throw Err.UnboundLocal(name);
        var b = value.EvalOrRaise(f);
        if (b == null)
            return Flow.Raise;
        PyObject r;
        if (op == BinOp.Add && a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt))
            r = IntOps.Add((PyInt)a, (PyInt)b);
        else if (op == BinOp.Add && a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat))
            r = new PyFloat(((PyFloat)a).Value + ((PyFloat)b).Value);
        else
            r = Ops.Inplace(a, b, op);
        ArrayStore.Set(f.Slots, slot, r);
        return Flow.Normal;
    }
}

/// <summary>General augmented assignment: evaluates the target's container once.</summary>
internal sealed class AugAssignStmt(AugTarget target, Expr value, BinOp op) : Stmt
{
    public override Flow Exec(Frame f)
    {
        target.Prepare(f, out var state1, out var state2);
        var a = target.Get(f, state1, state2);
        var b = value.EvalOrRaise(f);
        if (b == null)
            return Flow.Raise;
        target.Set(f, state1, state2, Ops.Inplace(a, b, op));
        return Flow.Normal;
    }
}

/// <summary>A target read and written by an augmented assignment.</summary>
internal abstract class AugTarget
{
    public abstract void Prepare(Frame f, out PyObject? s1, out PyObject? s2);

    public abstract PyObject Get(Frame f, PyObject? s1, PyObject? s2);

    public abstract void Set(Frame f, PyObject? s1, PyObject? s2, PyObject value);
}

internal sealed class AugName(Expr load, Target store) : AugTarget
{
    public override void Prepare(Frame f, out PyObject? s1, out PyObject? s2)
    {
        s1 = null;
        s2 = null;
    }

    public override PyObject Get(Frame f, PyObject? s1, PyObject? s2) => load.Eval(f);

    public override void Set(Frame f, PyObject? s1, PyObject? s2, PyObject value) => store.Assign(f, value);
}

internal sealed class AugAttr(Expr obj, PyStr name) : AugTarget
{
    private AttrCache _load, _store;

    public override void Prepare(Frame f, out PyObject? s1, out PyObject? s2)
    {
        s1 = obj.Eval(f);
        s2 = null;
    }

    public override PyObject Get(Frame f, PyObject? s1, PyObject? s2) => CachedAttr.Load(f, s1!, name, ref _load) ?? throw f.Thread.TakeRaised();

    public override void Set(Frame f, PyObject? s1, PyObject? s2, PyObject value) => CachedAttr.Store(s1!, name, value, ref _store);
}

internal sealed class AugSubscript(Expr obj, Expr index) : AugTarget
{
    public override void Prepare(Frame f, out PyObject? s1, out PyObject? s2)
    {
        s1 = obj.Eval(f);
        s2 = index.Eval(f);
    }

    public override PyObject Get(Frame f, PyObject? s1, PyObject? s2) => Ops.GetItem(s1!, s2!);

    public override void Set(Frame f, PyObject? s1, PyObject? s2, PyObject value) => Ops.SetItem(s1!, s2!, value);
}

internal sealed class NegExpr(Expr operand) : Expr
{
    public override PyObject Eval(Frame f) => Ops.Neg(operand.Eval(f));
}

internal sealed class PosExpr(Expr operand) : Expr
{
    public override PyObject Eval(Frame f) => Ops.Pos(operand.Eval(f));
}

internal sealed class InvertExpr(Expr operand) : Expr
{
    public override PyObject Eval(Frame f) => Ops.Invert(operand.Eval(f));
}

internal sealed class NotExpr(Expr operand) : Expr
{
    public override PyObject Eval(Frame f) => operand.EvalBool(f) ? PyBool.False : PyBool.True;

    public override bool EvalBool(Frame f) => !operand.EvalBool(f);
}

internal sealed class AndExpr(Expr[] values) : Expr
{
    public override PyObject Eval(Frame f)
    {
        PyObject v = null!;
        for (int i = 0; i < values.Length; i++)
        {
            v = values[i].Eval(f);
            if (i < values.Length - 1 && !Ops.IsTrue(v))
                return v;
        }
        return v;
    }

    public override bool EvalBool(Frame f)
    {
        foreach (var e in values)
        {
            if (!e.EvalBool(f))
                return false;
        }
        return true;
    }
}

internal sealed class OrExpr(Expr[] values) : Expr
{
    public override PyObject Eval(Frame f)
    {
        PyObject v = null!;
        for (int i = 0; i < values.Length; i++)
        {
            v = values[i].Eval(f);
            if (i < values.Length - 1 && Ops.IsTrue(v))
                return v;
        }
        return v;
    }

    public override bool EvalBool(Frame f)
    {
        foreach (var e in values)
        {
            if (e.EvalBool(f))
                return true;
        }
        return false;
    }
}

internal sealed class IfExpr(Expr test, Expr body, Expr orelse) : Expr
{
    public override PyObject Eval(Frame f) => test.EvalBool(f) ? body.Eval(f) : orelse.Eval(f);
}

/// <summary>The comparison operators as compiled: rich comparisons plus identity and membership.</summary>
internal enum CmpKind
{
    Lt, Le, Eq, Ne, Gt, Ge, Is, IsNot, In, NotIn,
}

internal static class CompareHelper
{
    public static bool Test(PyObject a, PyObject b, CmpKind k) => k switch
    {
        CmpKind.Is => ReferenceEquals(a, b),
        CmpKind.IsNot => !ReferenceEquals(a, b),
        CmpKind.In => Ops.Contains(b, a),
        CmpKind.NotIn => !Ops.Contains(b, a),
        _ => Ops.CompareBool(a, b, (CompareOp)k),
    };

    public static PyObject Result(PyObject a, PyObject b, CmpKind k) => k switch
    {
        CmpKind.Is or CmpKind.IsNot or CmpKind.In or CmpKind.NotIn => PyBool.From(Test(a, b, k)),
        _ => Ops.Compare(a, b, (CompareOp)k),
    };
}

/// <summary>One comparison: <c>a op b</c>.</summary>
internal sealed class CompareExpr(Expr left, Expr right, CmpKind kind) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var a = left.Eval(f);
        var b = right.Eval(f);
        return CompareHelper.Result(a, b, kind);
    }

    public override bool EvalBool(Frame f)
    {
        var a = left.Eval(f);
        var b = right.Eval(f);
        return CompareHelper.Test(a, b, kind);
    }
}

/// <summary><c>a &lt; b</c> with an int fast lane, as loop conditions use it.</summary>
internal sealed class LessThanExpr(Expr left, Expr right) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var a = left.Eval(f);
        var b = right.Eval(f);
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt))
        {
            var x = (PyInt)a;
            var y = (PyInt)b;
            if (!x.IsBig && !y.IsBig)
                return x.Value < y.Value ? PyBool.True : PyBool.False;
        }
        return Ops.Compare(a, b, CompareOp.Lt); // __lt__ may return any object
    }

    public override bool EvalBool(Frame f)
    {
        var a = left.Eval(f);
        var b = right.Eval(f);
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt))
        {
            var x = (PyInt)a;
            var y = (PyInt)b;
            if (!x.IsBig && !y.IsBig)
                return x.Value < y.Value;
        }
        return Ops.CompareBool(a, b, CompareOp.Lt);
    }
}

/// <summary>A chain <c>a &lt; b &lt; c</c>: each middle operand is evaluated once, evaluation stops at the first false.</summary>
internal sealed class ChainCompareExpr(Expr[] operands, CmpKind[] kinds) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var a = operands[0].Eval(f);
        for (int i = 0; i < kinds.Length; i++)
        {
            var b = operands[i + 1].Eval(f);
            var r = CompareHelper.Result(a, b, kinds[i]);
            if (i == kinds.Length - 1 || !Ops.IsTrue(r))
                return r;
            a = b;
        }
        return PyBool.True;
    }

    public override bool EvalBool(Frame f)
    {
        var a = operands[0].Eval(f);
        for (int i = 0; i < kinds.Length; i++)
        {
            var b = operands[i + 1].Eval(f);
            if (!CompareHelper.Test(a, b, kinds[i]))
                return false;
            a = b;
        }
        return true;
    }
}

/// <summary><c>(name := value)</c>.</summary>
internal sealed class NamedExpr(Target target, Expr value) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var v = value.Eval(f);
        target.Assign(f, v);
        return v;
    }
}
