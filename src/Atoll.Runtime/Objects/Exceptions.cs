using Atoll.Runtime.Nodes;

namespace Atoll.Runtime.Objects;

/// <summary>Helpers for raising and handling Python exceptions.</summary>
internal static class Exceptions
{
    /// <summary>The exception object for <c>raise X</c>: an instance is used as is, a class is called.</summary>
    public static PyBaseException Instantiate(PyObject x, string error)
    {
        if (x is PyBaseException e)
            return e;
        if (x is PyType t && t.IsSubtypeOf(BuiltinTypes.BaseException))
        {
            var r = Ops.Call(t);
            if (r is PyBaseException re)
                return re;
            throw Err.Type($"calling {Ops.Repr(t)} should have returned an instance of BaseException, not {Ops.TypeName(r)}");
        }
        throw Err.Type(error);
    }

    /// <summary>True when an <c>except</c> clause naming <paramref name="spec"/> catches <paramref name="exc"/>.</summary>
    public static bool Matches(PyBaseException exc, PyObject spec)
    {
        if (spec is PyType t)
        {
            if (!t.IsSubtypeOf(BuiltinTypes.BaseException))
                throw Err.Type("catching classes that do not inherit from BaseException is not allowed");
            return exc.Type.IsSubtypeOf(t);
        }
        if (spec is PyTuple tu)
        {
            bool any = false;
            foreach (var item in tu.Items)
            {
                if (Matches(exc, item))
                    any = true;
            }
            return any;
        }
        throw Err.Type("catching classes that do not inherit from BaseException is not allowed");
    }

    /// <summary>Runs a handler (or a finally block) while <paramref name="exc"/> is the exception being handled;
    /// an exception escaping it gets <paramref name="exc"/> as its context.</summary>
    public static Flow RunAsHandler(Frame f, PyBaseException exc, Stmt body)
    {
        var thread = f.Thread;
        thread.PushHandled(exc);
        try
        {
            var flow = body.Exec(f);
            if (flow == Flow.Raise && thread.Raised!.Value is var inner && inner != exc)
                inner.Context ??= exc;
            return flow;
        }
        catch (PyException inner) when (inner.Value != exc)
        {
            inner.Value.Context ??= exc;
            throw;
        }
        finally
        {
            thread.PopHandled();
        }
    }

    /// <summary>Unbinds the <c>as</c> name after an except clause, as CPython's implicit <c>del</c> does.</summary>
    public static void Unbind(Frame f, Target name)
    {
        try
        {
            name.Assign(f, PyNone.Instance);
            name.Delete(f);
        }
        catch (PyException)
        {
            // already deleted inside the handler
        }
    }

    /// <summary>Creates an exception instance of a builtin type with arguments.</summary>
    public static PyBaseException Create(PyType type, params PyObject[] args) => new(type) { Args = PyTuple.Of(args) };
}
