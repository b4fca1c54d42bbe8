using System.Runtime.ExceptionServices;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Nodes;

/// <summary>try/except/else/finally in a body that can suspend in any of its parts.</summary>
internal sealed class GenTryStmt(Stmt body, Handler[] handlers, Stmt? orelse, Stmt? finalbody) : Stmt
{
    private const int InBody = 0, InHandler = 1, InElse = 2, InFinally = 3;

    private sealed class Pending(Flow flow, PyObject? returnValue)
    {
        public readonly Flow Flow = flow;
        public readonly PyObject? ReturnValue = returnValue;
    }

    public override Flow Exec(Frame f)
    {
        int state = InBody;
        object? v1 = null, v2 = null;
        bool resuming = f.Resuming;
        if (resuming)
        {
            var p = f.PopResume();
            state = p.State;
            v1 = p.Value;
            v2 = p.Value2;
        }
        if (state == InFinally)
            return RunFinally(f, (PyException?)v1, (Pending)v2!);
        if (finalbody == null)
            return ExecExcept(f, state, v1, v2);
        Flow flow;
        try
        {
            flow = ThrowRaised(ExecExcept(f, state, v1, v2), f);
        }
        catch (PyException e)
        {
            e.AddTraceback(f);
            return RunFinally(f, e, new Pending(Flow.Normal, null));
        }
        if (flow == Flow.Yield)
            return flow;
        return RunFinally(f, null, new Pending(flow, f.ReturnValue));
    }

    private Flow RunFinally(Frame f, PyException? e, Pending pending)
    {
        Flow ff;
        if (e != null)
        {
            f.Thread.PushHandled(e.Value);
            try
            {
                ff = ThrowRaised(finalbody!.Exec(f), f);
            }
            catch (PyException inner) when (inner.Value != e.Value)
            {
                if (inner.Value.Context == null)
                    inner.Value.Context = e.Value;
                throw;
            }
            finally
            {
                f.Thread.PopHandled();
            }
        }
        else
        {
            ff = ThrowRaised(finalbody!.Exec(f), f);
        }
        if (ff == Flow.Yield)
        {
            f.PushResume(InFinally, e, pending);
            return ff;
        }
        if (ff != Flow.Normal)
            return ff;
        if (e != null)
            ExceptionDispatchInfo.Throw(e);
        if (pending.Flow == Flow.Return)
            f.ReturnValue = pending.ReturnValue;
        return pending.Flow;
    }

    private Flow ExecExcept(Frame f, int state, object? v1, object? v2)
    {
        if (state == InHandler)
            return RunHandler(f, (PyBaseException)v1!, (int)v2!);
        if (state == InElse)
            return RunElse(f);
        Flow flow;
        try
        {
            flow = ThrowRaised(body.Exec(f), f);
        }
        catch (PyException e) when (handlers.Length > 0)
        {
            e.AddTraceback(f);
            var exc = e.Value;
            f.Thread.ChainContext(exc);
            for (int k = 0; k < handlers.Length; k++)
            {
                var h = handlers[k];
                f.Line = h.Line;
                if (h.Type != null && !Exceptions.Matches(exc, h.Type.Eval(f)))
                    continue;
                h.Name?.Assign(f, exc);
                return RunHandler(f, exc, k);
            }
            throw;
        }
        if (flow == Flow.Yield)
        {
            f.PushResume(InBody);
            return flow;
        }
        if (flow == Flow.Normal && orelse != null)
            return RunElse(f);
        return flow;
    }

    private Flow RunElse(Frame f)
    {
        var flow = ThrowRaised(orelse!.Exec(f), f);
        if (flow == Flow.Yield)
            f.PushResume(InElse);
        return flow;
    }

    private Flow RunHandler(Frame f, PyBaseException exc, int k)
    {
        var h = handlers[k];
        var thread = f.Thread;
        thread.PushHandled(exc);
        Flow flow;
        try
        {
            flow = ThrowRaised(h.Body.Exec(f), f);
        }
        catch (PyException inner)
        {
            if (inner.Value != exc && inner.Value.Context == null)
                inner.Value.Context = exc;
            if (h.Name != null)
                Exceptions.Unbind(f, h.Name);
            throw;
        }
        finally
        {
            thread.PopHandled();
        }
        if (flow == Flow.Yield)
        {
            f.PushResume(InHandler, exc, k);
            return flow;
        }
        if (h.Name != null)
            Exceptions.Unbind(f, h.Name);
        return flow;
    }
}

/// <summary>A with statement whose body can suspend.</summary>
internal sealed class GenWithStmt(Expr manager, Target? target, Stmt body) : Stmt
{
    public override Flow Exec(Frame f)
    {
        PyObject mgr, exit;
        if (f.Resuming)
        {
            var p = f.PopResume();
            mgr = (PyObject)p.Value!;
            exit = (PyObject)p.Value2!;
        }
        else
        {
            mgr = manager.Eval(f);
            var type = mgr.Type;
            var enter = type.Lookup("__enter__");
            var ex = type.Lookup("__exit__");
            if (enter == null || ex == null)
                throw Err.Type($"'{type.Name}' object does not support the context manager protocol{(enter != null ? " (missed __exit__ method)" : "")}");
            exit = ex;
            var value = Ops.CallMethod(mgr, enter);
            target?.Assign(f, value);
        }
        Flow flow;
        try
        {
            flow = ThrowRaised(body.Exec(f), f);
        }
        catch (PyException e)
        {
            return ThrowRaised(WithStmt.Exit(f, mgr, exit, e), f);
        }
        if (flow == Flow.Yield)
        {
            f.PushResume(0, mgr, exit);
            return flow;
        }
        var saved = f.ReturnValue;
        Ops.CallWithSelf(exit, mgr, [PyNone.Instance, PyNone.Instance, PyNone.Instance], null);
        f.ReturnValue = saved;
        return flow;
    }
}

/// <summary><c>async with</c>: awaits <c>__aenter__</c> and <c>__aexit__</c>.</summary>
internal sealed class GenAsyncWithStmt(Expr manager, Target? target, Stmt body) : Stmt
{
    // States: 0 awaiting __aenter__, 1 in body, 2 awaiting __aexit__ after normal exit, 3 awaiting __aexit__ after an exception.
    private sealed class State
    {
        public PyObject Mgr = null!;
        public PyObject Exit = null!;
        public PyObject? Awaiting;
        public PyException? Error;
        public Flow Pending;
        public PyObject? ReturnValue;
    }

    public override Flow Exec(Frame f)
    {
        State st;
        int phase;
        PyObject? sent = null;
        PyException? thrown = null;
        if (f.Resuming)
        {
            var p = f.PopResume();
            phase = p.State;
            st = (State)p.Value!;
            if (phase != 1)
            {
                f.Resuming = false;
                sent = f.Sent;
                thrown = f.Thrown;
                f.Sent = null;
                f.Thrown = null;
            }
        }
        else
        {
            st = new State { Mgr = manager.Eval(f) };
            var type = st.Mgr.Type;
            var enter = type.Lookup("__aenter__");
            var ex = type.Lookup("__aexit__");
            if (enter == null || ex == null)
                throw Err.Type($"'{type.Name}' object does not support the asynchronous context manager protocol{(enter != null ? " (missed __aexit__ method)" : "")}");
            st.Exit = ex;
            st.Awaiting = Generators.GetAwaitIterator(Ops.CallMethod(st.Mgr, enter), AwaitSource.AEnter);
            phase = 0;
        }
        if (phase == 0)
        {
            if (Generators.Delegate(st.Awaiting!, sent, thrown, out var r))
            {
                f.Yielded = r;
                f.Delegate = st.Awaiting;
                f.PushResume(0, st);
                return Flow.Yield;
            }
            target?.Assign(f, r);
            phase = 1;
            sent = null;
            thrown = null;
        }
        if (phase == 1)
        {
            Flow flow;
            try
            {
                flow = ThrowRaised(body.Exec(f), f);
            }
            catch (PyException e)
            {
                e.AddTraceback(f);
                st.Error = e;
                var exc = e.Value;
                st.Awaiting = Generators.GetAwaitIterator(Ops.CallWithSelf(st.Exit, st.Mgr, [exc.Type, exc, (PyObject?)exc.Traceback ?? PyNone.Instance], null), AwaitSource.AExit);
                phase = 3;
                flow = Flow.Normal;
            }
            if (phase == 1)
            {
                if (flow == Flow.Yield)
                {
                    f.PushResume(1, st);
                    return flow;
                }
                st.Pending = flow;
                st.ReturnValue = f.ReturnValue;
                st.Awaiting = Generators.GetAwaitIterator(Ops.CallWithSelf(st.Exit, st.Mgr, [PyNone.Instance, PyNone.Instance, PyNone.Instance], null), AwaitSource.AExit);
                phase = 2;
            }
        }
        if (Generators.Delegate(st.Awaiting!, sent, thrown, out var exitResult))
        {
            f.Yielded = exitResult;
            f.Delegate = st.Awaiting;
            f.PushResume(phase, st);
            return Flow.Yield;
        }
        if (phase == 3)
        {
            if (Ops.IsTrue(exitResult))
                return Flow.Normal;
            ExceptionDispatchInfo.Throw(st.Error!);
        }
        f.ReturnValue = st.ReturnValue;
        return st.Pending;
    }
}

/// <summary><c>async for</c>: awaits <c>__anext__</c> for each item until StopAsyncIteration.</summary>
internal sealed class GenAsyncForStmt(Target target, Expr iter, Stmt body, Stmt? orelse) : Stmt
{
    private sealed class State
    {
        public PyObject Iterator = null!;
        public PyObject? Awaiting;
    }

    public override Flow Exec(Frame f)
    {
        State st;
        int phase = 0; // 0 awaiting __anext__, 1 in body, 2 in else
        PyObject? sent = null;
        PyException? thrown = null;
        if (f.Resuming)
        {
            var p = f.PopResume();
            phase = p.State;
            st = (State)p.Value!;
            if (phase == 2)
                return RunElse(f, st);
            if (phase == 0)
            {
                f.Resuming = false;
                sent = f.Sent;
                thrown = f.Thrown;
                f.Sent = null;
                f.Thrown = null;
            }
        }
        else
        {
            var obj = iter.Eval(f);
            var aiter = obj.Type.Lookup("__aiter__") ?? throw Err.Type($"'async for' requires an object with __aiter__ method, got {Ops.TypeName(obj)}");
            st = new State { Iterator = Ops.CallMethod(obj, aiter) };
            st.Awaiting = null;
        }
        while (true)
        {
            if (phase == 0)
            {
                if (st.Awaiting == null)
                {
                    var anext = st.Iterator.Type.Lookup("__anext__") ?? throw Err.Type($"'async for' received an object from __aiter__ that does not implement __anext__: {Ops.TypeName(st.Iterator)}");
                    st.Awaiting = Generators.GetAwaitIterator(Ops.CallMethod(st.Iterator, anext), AwaitSource.ANext);
                }
                PyObject item;
                try
                {
                    if (Generators.Delegate(st.Awaiting, sent, thrown, out var r))
                    {
                        f.Yielded = r;
                        f.Delegate = st.Awaiting;
                        f.PushResume(0, st);
                        return Flow.Yield;
                    }
                    item = r;
                }
                catch (PyException e) when (e.Is(BuiltinTypes.StopAsyncIteration))
                {
                    return RunElse(f, st);
                }
                sent = null;
                thrown = null;
                st.Awaiting = null;
                target.Assign(f, item);
            }
            phase = 0;
            var flow = ThrowRaised(body.Exec(f), f);
            if (flow != Flow.Normal)
            {
                if (flow == Flow.Yield)
                {
                    f.PushResume(1, st);
                    return flow;
                }
                if (flow == Flow.Break)
                    return Flow.Normal;
                if (flow != Flow.Continue)
                    return flow;
            }
        }
    }

    private Flow RunElse(Frame f, State st)
    {
        if (orelse == null)
            return Flow.Normal;
        var flow = ThrowRaised(orelse.Exec(f), f);
        if (flow == Flow.Yield)
            f.PushResume(2, st);
        return flow;
    }
}
