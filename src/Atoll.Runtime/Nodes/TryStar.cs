using System.Collections.Generic;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Nodes;

/// <summary><c>try ... except* ...</c> (PEP 654): each clause handles the part of the exception group it matches.</summary>
internal sealed class TryStarStmt(Stmt body, Handler[] handlers, Stmt? orelse, Stmt? finalbody) : TryFinallyStmt(finalbody)
{
    protected override Flow ExecExcept(Frame f)
    {
        Flow flow;
        try
        {
            flow = ThrowRaised(body.Exec(f), f);
        }
        catch (PyException e)
        {
            e.AddTraceback(f);
            var exc = e.Value;
            f.Thread.ChainContext(exc);
            bool naked = !exc.Type.IsSubtypeOf(BuiltinTypes.BaseExceptionGroup);
            PyBaseException? rest = naked ? ExceptionGroups.Wrap(exc) : exc;
            var raised = new List<PyBaseException>();
            foreach (var h in handlers)
            {
                if (rest == null)
                    break;
                f.Line = h.Line;
                var spec = h.Type!.Eval(f);
                ExceptionGroups.CheckStarSpec(spec);
                PyBaseException? match;
                if (naked)
                {
                    // A naked exception is matched whole: the handler sees the wrapping group itself.
                    if (Exceptions.Matches(exc, spec))
                    {
                        match = rest;
                        rest = null;
                    }
                    else
                    {
                        match = null;
                    }
                }
                else
                {
                    (match, rest) = ExceptionGroups.Split(rest, x => Exceptions.Matches(x, spec));
                }
                if (match == null)
                    continue;
                h.Name?.Assign(f, match);
                try
                {
                    var hf = ThrowRaised(Exceptions.RunAsHandler(f, match, h.Body), f);
                    if (hf is Flow.Break or Flow.Continue or Flow.Return)
                        throw Err.System("'break', 'continue' and 'return' cannot appear in an except* block");
                }
                catch (PyException inner)
                {
                    inner.AddTraceback(f);
                    raised.Add(inner.Value);
                }
                finally
                {
                    if (h.Name != null)
                        Exceptions.Unbind(f, h.Name);
                }
            }
            var toRaise = ExceptionGroups.Combine(exc, naked, rest, raised);
            if (toRaise == null)
                return orelse == null ? Flow.Normal : Flow.Normal;
            if (toRaise == exc)
                throw;
            // Re-raised as CPython's RERAISE does: no traceback entry for this frame.
            throw new PyException(toRaise, f);
        }
        if (orelse != null && flow == Flow.Normal)
            return orelse.Exec(f);
        return flow;
    }
}
