using System.Collections.Generic;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Nodes;

// Statements of generator and coroutine bodies that may suspend. When a yield suspends the body, every enclosing
// statement pushes where it was (innermost first) and returns Flow.Yield; resuming runs the body again with
// frame.Resuming set, and each statement pops its state and goes straight back to the child that yielded. A resume
// costs one pop and one branch per enclosing statement: nothing is re-evaluated.

/// <summary>A statement list that can suspend.</summary>
internal sealed class GenBlockStmt(Stmt[] body) : Stmt
{
    public override Flow Exec(Frame f)
    {
        int i = 0;
        if (f.Resuming)
            i = f.PopResume().State;
        for (; i < body.Length; i++)
        {
            var s = body[i];
            f.Line = s.Line;
            var flow = s.Exec(f);
            if (flow != Flow.Normal)
            {
                if (flow == Flow.Yield)
                    f.PushResume(i);
                return flow;
            }
        }
        return Flow.Normal;
    }
}

internal sealed class GenIfStmt(Expr test, Stmt body, Stmt? orelse) : Stmt
{
    public override Flow Exec(Frame f)
    {
        int branch;
        if (f.Resuming)
            branch = f.PopResume().State;
        else
            branch = test.EvalBool(f) ? 1 : 2;
        var flow = branch == 1 ? body.Exec(f) : (orelse?.Exec(f) ?? Flow.Normal);
        if (flow == Flow.Yield)
            f.PushResume(branch);
        return flow;
    }
}

/// <summary>A while loop; <paramref name="prefix"/> re-runs before each test (the spilled parts of a test with yield).</summary>
internal sealed class GenWhileStmt(Stmt? prefix, Expr test, Stmt body, Stmt? orelse) : Stmt
{
    public override Flow Exec(Frame f)
    {
        int state = -1; // -1: fresh; 0 in prefix; 1 in body; 2 in else
        if (f.Resuming)
            state = f.PopResume().State;
        if (state == 2)
            return RunElse(f);
        while (true)
        {
            if (state != 1)
            {
                if (prefix != null)
                {
                    var pf = prefix.Exec(f);
                    if (pf != Flow.Normal)
                    {
                        if (pf == Flow.Yield)
                            f.PushResume(0);
                        return pf;
                    }
                }
                f.Line = Line;
                if (!test.EvalBool(f))
                    return RunElse(f);
            }
            state = -1;
            var flow = body.Exec(f);
            if (flow != Flow.Normal)
            {
                if (flow == Flow.Yield)
                {
                    f.PushResume(1);
                    return flow;
                }
                if (flow == Flow.Break)
                    return Flow.Normal;
                if (flow != Flow.Continue)
                    return flow;
            }
            f.Thread.CheckInterrupt();
        }
    }

    private Flow RunElse(Frame f)
    {
        if (orelse == null)
            return Flow.Normal;
        var flow = orelse.Exec(f);
        if (flow == Flow.Yield)
            f.PushResume(2);
        return flow;
    }
}

internal sealed class GenForStmt(Target target, Expr iter, Stmt body, Stmt? orelse) : Stmt
{
    public override Flow Exec(Frame f)
    {
        PyObject it;
        int state = -1;
        if (f.Resuming)
        {
            var p = f.PopResume();
            state = p.State;
            it = (PyObject)p.Value!;
            if (state == 2)
                return RunElse(f);
        }
        else
        {
            it = Ops.GetIter(iter.Eval(f));
        }
        while (true)
        {
            if (state != 1)
            {
                f.Line = Line;
                var x = Ops.Next(it);
                if (x == null)
                    return RunElse(f);
                target.Assign(f, x);
            }
            state = -1;
            var flow = body.Exec(f);
            if (flow != Flow.Normal)
            {
                if (flow == Flow.Yield)
                {
                    f.PushResume(1, it);
                    return flow;
                }
                if (flow == Flow.Break)
                    return Flow.Normal;
                if (flow != Flow.Continue)
                    return flow;
            }
        }
    }

    private Flow RunElse(Frame f)
    {
        if (orelse == null)
            return Flow.Normal;
        var flow = orelse.Exec(f);
        if (flow == Flow.Yield)
            f.PushResume(2);
        return flow;
    }
}

/// <summary><c>yield value</c>, optionally storing the value sent in.</summary>
internal sealed class YieldStmt(Expr? value, Target? target, bool asyncGen) : Stmt
{
    public override Flow Exec(Frame f)
    {
        if (f.Resuming)
        {
            f.Resuming = false;
            var thrown = f.Thrown;
            if (thrown != null)
            {
                f.Thrown = null;
                throw thrown;
            }
            var sent = f.Sent ?? PyNone.Instance;
            f.Sent = null;
            target?.Assign(f, sent);
            return Flow.Normal;
        }
        var v = value?.Eval(f) ?? PyNone.Instance;
        f.Yielded = asyncGen ? new AsyncGenValue(v) : v;
        return Flow.Yield;
    }
}

/// <summary><c>yield from it</c> and <c>await x</c>: delegates send/throw to the sub-iterator until it returns.</summary>
internal sealed class YieldFromStmt(Expr value, Target? target, bool isAwait) : Stmt
{
    public override Flow Exec(Frame f)
    {
        PyObject sub;
        PyObject? sent = null;
        PyException? thrown = null;
        if (f.Resuming)
        {
            sub = (PyObject)f.PopResume().Value!;
            f.Resuming = false;
            sent = f.Sent;
            thrown = f.Thrown;
            f.Sent = null;
            f.Thrown = null;
        }
        else
        {
            var v = value.Eval(f);
            sub = isAwait ? Generators.GetAwaitIterator(v) : Generators.GetYieldFromIterator(v);
        }
        if (Generators.Delegate(sub, sent, thrown, out var result))
        {
            f.Yielded = result;
            f.Delegate = sub;
            f.PushResume(0, sub);
            return Flow.Yield;
        }
        target?.Assign(f, result);
        return Flow.Normal;
    }
}

/// <summary>A value yielded by an async generator's own <c>yield</c> (as opposed to one passing through from an await).</summary>
internal sealed class AsyncGenValue(PyObject value) : PyObject
{
    public readonly PyObject Value = value;

    public override PyType Type => BuiltinTypes.Object;
}

// A comprehension that suspends (an async comprehension, or one with await in it) is lowered to resumable loops that
// append to a result held in a temporary; these are its pieces.

/// <summary>The empty list, set or dict a lowered comprehension builds.</summary>
internal sealed class NewComprehensionResultExpr(int kind) : Expr
{
    public override PyObject Eval(Frame f) => kind switch
    {
        0 => new PyList(),
        1 => new PySet(false),
        _ => new PyDict(),
    };
}

/// <summary>Adds one element (or key and value) to a lowered comprehension's result.</summary>
internal sealed class ComprehensionAppendStmt(Expr result, int kind, Expr elt, Expr? value) : Stmt
{
    public override Flow Exec(Frame f)
    {
        var r = result.Eval(f);
        switch (kind)
        {
            case 0:
                ((PyList)r).Append(elt.Eval(f));
                break;
            case 1:
                ((PySet)r).Add(elt.Eval(f));
                break;
            default:
                var k = elt.Eval(f);
                ((PyDict)r).SetItem(k, value!.Eval(f));
                break;
        }
        return Flow.Normal;
    }
}

/// <summary>Gives a lowered comprehension fresh cells for its variables that nested functions capture.</summary>
internal sealed class NewCellsStmt(int[] slots) : Stmt
{
    public override Flow Exec(Frame f)
    {
        foreach (int s in slots)
            f.Slots[s] = new PyCell(null);
        return Flow.Normal;
    }
}

/// <summary>Unbinds a lowered comprehension's own variables when it finishes.</summary>
internal sealed class ClearSlotsStmt(int[] slots) : Stmt
{
    public override Flow Exec(Frame f)
    {
        foreach (int s in slots)
            f.Slots[s] = null;
        return Flow.Normal;
    }
}

/// <summary>An in-place operator on two evaluated operands (an augmented assignment split around a yield).</summary>
internal sealed class InplaceExpr(Expr left, Expr right, BinOp op) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var a = left.Eval(f);
        return Ops.Inplace(a, right.Eval(f), op);
    }
}

/// <summary>One case of a match statement that can suspend; a guard with a yield has its spilled part in
/// <see cref="GuardPrefix"/>.</summary>
internal sealed class GenMatchCase(Pattern pattern, Stmt? guardPrefix, Expr? guard, Stmt body, int line)
{
    public readonly Pattern Pattern = pattern;
    public readonly Stmt? GuardPrefix = guardPrefix;
    public readonly Expr? Guard = guard;
    public readonly Stmt Body = body;
    public readonly int Line = line;
}

/// <summary>A match statement that can suspend in a guard or a case body. Resume state: case index * 2, plus 1 when
/// in the body (0 when in the guard); the subject is kept so matching can go on after a guard fails.</summary>
internal sealed class GenMatchStmt(Expr subject, GenMatchCase[] cases) : Stmt
{
    public override Flow Exec(Frame f)
    {
        PyObject s;
        int k = 0;
        bool inGuard = false;
        if (f.Resuming)
        {
            var p = f.PopResume();
            s = (PyObject)p.Value!;
            k = p.State >> 1;
            if ((p.State & 1) == 1)
                return RunBody(f, k, s);
            inGuard = true;
        }
        else
        {
            s = subject.Eval(f);
        }
        List<(Target, PyObject)>? captures = null;
        for (; k < cases.Length; k++)
        {
            var c = cases[k];
            if (!inGuard)
            {
                f.Line = c.Line;
                captures ??= [];
                captures.Clear();
                if (!c.Pattern.Match(f, s, captures))
                    continue;
                foreach (var (t, v) in captures)
                    t.Assign(f, v);
            }
            if (c.GuardPrefix != null)
            {
                var gf = c.GuardPrefix.Exec(f);
                if (gf != Flow.Normal)
                {
                    if (gf == Flow.Yield)
                        f.PushResume(k << 1, s);
                    return gf;
                }
            }
            inGuard = false;
            if (c.Guard != null && !c.Guard.EvalBool(f))
                continue;
            return RunBody(f, k, s);
        }
        return Flow.Normal;
    }

    private Flow RunBody(Frame f, int k, PyObject s)
    {
        var flow = cases[k].Body.Exec(f);
        if (flow == Flow.Yield)
            f.PushResume((k << 1) | 1, s);
        return flow;
    }
}
