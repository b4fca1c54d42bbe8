using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Nodes;

internal sealed class BlockStmt(Stmt[] body) : Stmt
{
    public readonly Stmt[] Body = body;

    public override Flow Exec(Frame f)
    {
        foreach (var s in Body)
        {
            f.Line = s.Line;
            var flow = s.Exec(f);
            if (flow != Flow.Normal)
                return flow;
        }
        return Flow.Normal;
    }
}

internal sealed class ExprStmt(Expr value) : Stmt
{
    public override Flow Exec(Frame f) => value.EvalOrRaise(f) == null ? Flow.Raise : Flow.Normal;
}

/// <summary>An expression statement at the interactive prompt: its value is shown by sys.displayhook.</summary>
internal sealed class PrintExprStmt(Expr value) : Stmt
{
    public override Flow Exec(Frame f)
    {
        var v = value.Eval(f);
        f.Interp.DisplayHook(v);
        return Flow.Normal;
    }
}

internal sealed class PassStmt : Stmt
{
    public override Flow Exec(Frame f) => Flow.Normal;
}

internal sealed class AssignLocalStmt(int slot, Expr value) : Stmt
{
    public override Flow Exec(Frame f)
    {
        var v = value.EvalOrRaise(f);
        if (v == null)
            return Flow.Raise;
        ArrayStore.Set(f.Slots, slot, v);
        return Flow.Normal;
    }
}

internal sealed class AssignStmt(Target target, Expr value) : Stmt
{
    public override Flow Exec(Frame f)
    {
        var v = value.EvalOrRaise(f);
        if (v == null)
            return Flow.Raise;
        target.Assign(f, v);
        return Flow.Normal;
    }
}

/// <summary><c>a = b = value</c>: the targets are assigned left to right.</summary>
internal sealed class MultiAssignStmt(Target[] targets, Expr value) : Stmt
{
    public override Flow Exec(Frame f)
    {
        var v = value.EvalOrRaise(f);
        if (v == null)
            return Flow.Raise;
        foreach (var t in targets)
            t.Assign(f, v);
        return Flow.Normal;
    }
}

internal sealed class DeleteStmt(Target[] targets) : Stmt
{
    public override Flow Exec(Frame f)
    {
        foreach (var t in targets)
            t.Delete(f);
        return Flow.Normal;
    }
}

internal sealed class ReturnStmt(Expr? value) : Stmt
{
    /// <summary>The returned expression (null for a bare return).</summary>
    public Expr? Value => value;

    public override Flow Exec(Frame f)
    {
        if (value == null)
        {
            f.ReturnValue = PyNone.Instance;
            return Flow.Return;
        }
        var v = value.EvalOrRaise(f);
        if (v == null)
            return Flow.Raise;
        f.ReturnValue = v;
        return Flow.Return;
    }
}

internal sealed class BreakStmt : Stmt
{
    public override Flow Exec(Frame f) => Flow.Break;
}

internal sealed class ContinueStmt : Stmt
{
    public override Flow Exec(Frame f) => Flow.Continue;
}

internal sealed class IfStmt(Expr test, Stmt body, Stmt? orelse) : Stmt
{
    public override Flow Exec(Frame f)
    {
        if (test.EvalBool(f))
            return body.Exec(f);
        if (orelse != null)
        {
            return orelse.Exec(f);
        }
        return Flow.Normal;
    }
}

internal sealed class WhileStmt(Expr test, Stmt body, Stmt? orelse) : Stmt
{
    public override Flow Exec(Frame f)
    {
        var thread = f.Thread;
        while (true)
        {
            f.Line = Line;
            if (!test.EvalBool(f))
                break;
            var flow = body.Exec(f);
            if (flow != Flow.Normal)
            {
                if (flow == Flow.Break)
                    return Flow.Normal;
                if (flow != Flow.Continue)
                    return flow;
            }
            thread.CheckInterrupt();
        }
        return orelse != null ? orelse.Exec(f) : Flow.Normal;
    }
}

internal sealed class ForStmt(Target target, Expr iter, Stmt body, Stmt? orelse) : Stmt
{
    public override Flow Exec(Frame f)
    {
        var iterable = iter.Eval(f);
        var thread = f.Thread;
        if (iterable.GetType() == typeof(PyRange) && target is LocalTarget lt)
        {
            var r = (PyRange)iterable;
            long n = r.Length, v = r.Start, step = r.Step;
            int slot = lt.Slot;
            for (long k = 0; k < n; k++, v += step)
            {
                ArrayStore.Set(f.Slots, slot, PyInt.From(v));
                var flow = body.Exec(f);
                if (flow != Flow.Normal)
                {
                    if (flow == Flow.Break)
                        return Flow.Normal;
                    if (flow != Flow.Continue)
                        return flow;
                }
                thread.CheckInterrupt();
            }
            return orelse != null ? orelse.Exec(f) : Flow.Normal;
        }
        var it = Ops.GetIter(iterable);
        while (true)
        {
            f.Line = Line;
            var x = Ops.Next(it);
            if (x == null)
                break;
            target.Assign(f, x);
            var flow = body.Exec(f);
            if (flow != Flow.Normal)
            {
                if (flow == Flow.Break)
                    return Flow.Normal;
                if (flow != Flow.Continue)
                    return flow;
            }
            thread.CheckInterrupt();
        }
        return orelse != null ? orelse.Exec(f) : Flow.Normal;
    }
}

internal sealed class RaiseStmt(Expr? exc, Expr? cause) : Stmt
{
    public override Flow Exec(Frame f)
    {
        if (exc == null)
        {
            var current = f.Thread.CurrentHandled ?? throw Err.Runtime("No active exception to reraise");
            return f.Thread.Raise(new PyException(current, f));
        }
        var e = Exceptions.Instantiate(exc.Eval(f), "exceptions must derive from BaseException");
        if (cause != null)
        {
            var c = cause.Eval(f);
            if (c == PyNone.Instance)
                e.Cause = null;
            else
                e.Cause = Exceptions.Instantiate(c, "exception causes must derive from BaseException");
            e.SuppressContext = true;
        }
        f.Thread.ChainContext(e);
        return f.Thread.Raise(new PyException(e));
    }
}

internal sealed class AssertStmt(Expr test, Expr? msg) : Stmt
{
    public override Flow Exec(Frame f)
    {
        if (test.EvalBool(f))
            return Flow.Normal;
        var e = new PyBaseException(BuiltinTypes.AssertionError);
        if (msg != null)
        {
            var m = msg.Eval(f);
            e = Exceptions.Instantiate(Ops.Call(BuiltinTypes.AssertionError, m), "");
        }
        f.Thread.ChainContext(e);
        return f.Thread.Raise(new PyException(e));
    }
}

/// <summary>One <c>except</c> clause.</summary>
internal sealed class Handler(Expr? type, Target? name, Stmt body, int line)
{
    public readonly Expr? Type = type;
    public readonly Target? Name = name;
    public readonly Stmt Body = body;
    public readonly int Line = line;
}

/// <summary>The <c>finally</c> part shared by try/except and try/except*: the body (with its handlers) runs first,
/// then the finally block, on every way out.</summary>
internal abstract class TryFinallyStmt(Stmt? finalbody) : Stmt
{
    public override Flow Exec(Frame f)
    {
        if (finalbody == null)
            return ExecExcept(f);
        Flow flow;
        try
        {
            flow = ExecExcept(f);
        }
        catch (PyException e)
        {
            return Finally(f, e);
        }
        if (flow == Flow.Raise)
            return Finally(f, f.Thread.TakeRaised());
        var saved = f.ReturnValue;
        var fin = finalbody.Exec(f);
        if (fin != Flow.Normal)
            return fin;
        f.ReturnValue = saved;
        return flow;
    }

    /// <summary>Runs the finally block for an exception, which goes on up unless the block returns, breaks or continues
    /// (that discards it) or raises another.</summary>
    private Flow Finally(Frame f, PyException e)
    {
        e.AddTraceback(f);
        f.Thread.ChainContext(e.Value);
        var ff = Exceptions.RunAsHandler(f, e.Value, finalbody!);
        if (ff != Flow.Normal)
            return ff;
        return f.Thread.Raise(e);
    }

    /// <summary>The try body with its except (or except*) clauses and else block.</summary>
    protected abstract Flow ExecExcept(Frame f);
}

internal sealed class TryStmt(Stmt body, Handler[] handlers, Stmt? orelse, Stmt? finalbody) : TryFinallyStmt(finalbody)
{
    protected override Flow ExecExcept(Frame f)
    {
        if (handlers.Length == 0)
            return body.Exec(f);
        Flow flow;
        try
        {
            flow = body.Exec(f);
        }
        catch (PyException e)
        {
            return Handle(f, e);
        }
        if (flow == Flow.Raise)
            return Handle(f, f.Thread.TakeRaised());
        if (orelse != null && flow == Flow.Normal)
            return orelse.Exec(f);
        return flow;
    }

    /// <summary>Runs the first except clause that matches; an exception none matches goes on up.</summary>
    private Flow Handle(Frame f, PyException e)
    {
        e.AddTraceback(f);
        var exc = e.Value;
        f.Thread.ChainContext(exc);
        foreach (var h in handlers)
        {
            f.Line = h.Line;
            if (h.Type != null && !Exceptions.Matches(exc, h.Type.Eval(f)))
                continue;
            h.Name?.Assign(f, exc);
            try
            {
                return Exceptions.RunAsHandler(f, exc, h.Body);
            }
            finally
            {
                if (h.Name != null)
                    Exceptions.Unbind(f, h.Name);
            }
        }
        return f.Thread.Raise(e);
    }
}

internal sealed class WithStmt(Expr manager, Target? target, Stmt body) : Stmt
{
    public override Flow Exec(Frame f)
    {
        var mgr = manager.Eval(f);
        var type = mgr.Type;
        var enter = type.Lookup("__enter__");
        var exit = type.Lookup("__exit__");
        if (enter == null || exit == null)
        {
            throw Err.Type(enter == null && exit != null || enter == null
                ? $"'{type.Name}' object does not support the context manager protocol"
                : $"'{type.Name}' object does not support the context manager protocol (missed __exit__ method)");
        }
        var value = Ops.CallMethod(mgr, enter);
        Flow flow;
        try
        {
            target?.Assign(f, value);
            flow = body.Exec(f);
        }
        catch (PyException e)
        {
            return Exit(f, mgr, exit, e);
        }
        if (flow == Flow.Raise)
            return Exit(f, mgr, exit, f.Thread.TakeRaised());
        var saved = f.ReturnValue;
        Ops.CallWithSelf(exit, mgr, [PyNone.Instance, PyNone.Instance, PyNone.Instance], null);
        f.ReturnValue = saved;
        return flow;
    }

    /// <summary>Calls <c>__exit__</c> with the exception the body raised; the exception goes on up unless it returns true.</summary>
    internal static Flow Exit(Frame f, PyObject mgr, PyObject exit, PyException e)
    {
        e.AddTraceback(f);
        var exc = e.Value;
        f.Thread.ChainContext(exc);
        f.Thread.PushHandled(exc);
        PyObject r;
        try
        {
            r = Ops.CallWithSelf(exit, mgr, [exc.Type, exc, (PyObject?)exc.Traceback ?? PyNone.Instance], null);
        }
        catch (PyException inner) when (inner.Value != exc)
        {
            if (inner.Value.Context == null)
                inner.Value.Context = exc;
            throw;
        }
        finally
        {
            f.Thread.PopHandled();
        }
        if (Ops.IsTrue(r))
            return Flow.Normal;
        return f.Thread.Raise(e);
    }
}

/// <summary>A <c>global</c> or <c>nonlocal</c> declaration: nothing to do at run time.</summary>
internal sealed class NoOpStmt : Stmt
{
    public override Flow Exec(Frame f) => Flow.Normal;
}
