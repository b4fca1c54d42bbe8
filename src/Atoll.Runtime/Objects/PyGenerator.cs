using System.Runtime.CompilerServices;
using Atoll.Runtime.Nodes;

namespace Atoll.Runtime.Objects;

/// <summary>What a generator-like object is.</summary>
public enum GeneratorKind
{
    /// <summary>A generator (def with yield, or a generator expression).</summary>
    Generator,

    /// <summary>A coroutine (async def).</summary>
    Coroutine,

    /// <summary>An async generator (async def with yield).</summary>
    AsyncGenerator,
}

/// <summary>
/// Generators, coroutines and async generators. The body runs on the caller's thread; a suspended body keeps its
/// frame (slots plus the resume records of the statements it is suspended in), so resuming re-enters exactly where
/// it left off.
/// </summary>
public sealed class PyGenerator : PyIterator
{
    internal readonly Frame Frame;
    internal readonly GeneratorKind Kind;
    internal string Name;
    internal string QualName;
    private int _state; // 0 created, 1 suspended, 2 running, 3 closed
    internal bool Awaited; // a coroutine already handed to an await
    internal bool RunningAsync; // an async generator with an __anext__/asend/athrow/aclose step in flight

    internal PyGenerator(Frame frame, GeneratorKind kind, string name, string qualName)
    {
        Frame = frame;
        Kind = kind;
        Name = name;
        QualName = qualName;
        frame.Owner = this;
    }

    /// <inheritdoc/>
    public override PyType Type => Kind switch
    {
        GeneratorKind.Generator => BuiltinTypes.Generator,
        GeneratorKind.Coroutine => BuiltinTypes.Coroutine,
        _ => BuiltinTypes.AsyncGenerator,
    };

    internal bool IsRunning => _state == 2;

    internal bool IsSuspended => _state == 1;

    internal bool IsClosed => _state == 3;

    internal bool IsCreated => _state == 0;

    private string What => Kind switch
    {
        GeneratorKind.Generator => "generator",
        GeneratorKind.Coroutine => "coroutine",
        _ => "async generator",
    };

    /// <inheritdoc/>
    public override PyObject? Next()
    {
        if (Resume(null, null, out var v))
            return v;
        return null;
    }

    /// <summary>Next for the iteration protocol: null when finished (the return value is dropped).</summary>
    internal PyObject? NextOrNull() => Resume(null, null, out var v) ? v : null;

    /// <summary>Runs the body until it yields (true, with the value) or returns (false, with the return value).</summary>
    internal bool Resume(PyObject? sent, PyException? thrown, out PyObject value)
    {
        if (_state == 2)
            throw Err.Value($"{What} already executing");
        if (_state == 3)
        {
            if (Kind == GeneratorKind.Coroutine)
                throw Err.Runtime("cannot reuse already awaited coroutine");
            if (thrown != null)
                throw thrown;
            value = PyNone.Instance;
            return false;
        }
        if (_state == 0)
        {
            if (thrown != null)
            {
                _state = 3;
                throw thrown;
            }
            if (sent != null && sent != PyNone.Instance)
                throw Err.Type($"can't send non-None value to a just-started {What}");
        }
        var frame = Frame;
        // The thread holding the generator's interpreter's lock: the calling one (no thread-local lookup).
        var ts = frame.Thread.Interp.CurrentThread;
        frame.Thread = ts;
        if (frame.Code.SimpleGen is { } simple && Kind == GeneratorKind.Generator)
            return ResumeSimple(simple, frame, ts, thrown, out value);
        frame.Resuming = _state == 1;
        frame.Sent = sent;
        frame.Thrown = thrown;
        frame.Delegate = null;
        _state = 2;
        if (++ts.Depth > ts.Interp.RecursionLimit || (ts.Depth > 64 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            ts.Depth--;
            _state = 1;
            throw Err.New(BuiltinTypes.RecursionError, "maximum recursion depth exceeded");
        }
        frame.Back = ts.CurrentFrame;
        ts.CurrentFrame = frame;
        Flow flow;
        try
        {
            flow = Stmt.ThrowRaised(frame.Code.Body.Exec(frame), frame);
        }
        catch (PyException e) when (e.AddTraceback(frame))
        {
            throw;
        }
        catch (PyException e)
        {
            _state = 3;
            frame.Resuming = false;
            // PEP 479: StopIteration (and StopAsyncIteration in an async generator) must not leak out as the end of
            // iteration.
            if (e.Is(BuiltinTypes.StopIteration))
                throw Wrap(e, $"{What} raised StopIteration");
            if (e.Is(BuiltinTypes.StopAsyncIteration) && Kind == GeneratorKind.AsyncGenerator)
                throw Wrap(e, "async generator raised StopAsyncIteration");
            throw;
        }
        finally
        {
            ts.CurrentFrame = frame.Back;
            frame.Back = null;
            ts.Depth--;
        }
        if (flow == Flow.Yield)
        {
            _state = 1;
            value = frame.Yielded!;
            frame.Yielded = null;
            return true;
        }
        _state = 3;
        value = frame.ReturnValue ?? PyNone.Instance;
        frame.ReturnValue = null;
        return false;
    }

    // A one-clause generator expression as a loop step: take the next item, test the conditions, evaluate the value.
    // Equivalent to running its body (for x in .0: if c: yield e) without pushing resume records.
    private bool ResumeSimple(SimpleGenExpr g, Frame frame, ThreadState ts, PyException? thrown, out PyObject value)
    {
        _state = 2;
        if (++ts.Depth > ts.Interp.RecursionLimit || (ts.Depth > 64 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            ts.Depth--;
            _state = 1;
            throw Err.New(BuiltinTypes.RecursionError, "maximum recursion depth exceeded");
        }
        frame.Back = ts.CurrentFrame;
        ts.CurrentFrame = frame;
        try
        {
            if (thrown != null)
                throw thrown;
            var it = frame.Slots[0]!;
            while (true)
            {
                frame.Line = frame.Code.FirstLine;
                var x = Ops.Next(it);
                if (x == null)
                {
                    _state = 3;
                    value = PyNone.Instance;
                    return false;
                }
                g.Target.Assign(frame, x);
                bool ok = true;
                foreach (var c in g.Ifs)
                {
                    if (!c.EvalBool(frame))
                    {
                        ok = false;
                        break;
                    }
                }
                if (!ok)
                    continue;
                value = g.Elt.Eval(frame);
                _state = 1;
                return true;
            }
        }
        catch (PyException e) when (e.AddTraceback(frame))
        {
            throw;
        }
        catch (PyException e)
        {
            _state = 3;
            if (e.Is(BuiltinTypes.StopIteration))
                throw Wrap(e, "generator raised StopIteration");
            throw;
        }
        finally
        {
            ts.CurrentFrame = frame.Back;
            frame.Back = null;
            ts.Depth--;
        }
    }

    private static PyException Wrap(PyException e, string message)
    {
        var r = Err.NewObject(BuiltinTypes.RuntimeError, message);
        r.Cause = e.Value;
        r.Context = e.Value;
        r.SuppressContext = true;
        return new PyException(r);
    }

    /// <summary><c>gen.send(value)</c>: the next yielded value, or StopIteration with the return value.</summary>
    internal PyObject Send(PyObject value)
    {
        if (Resume(value, null, out var v))
            return v;
        throw Generators.Stop(v);
    }

    /// <summary>The iterator a suspended body is delegating to (<c>gi_yieldfrom</c>, <c>cr_await</c>,
    /// <c>ag_await</c>), or null.</summary>
    internal PyObject? DelegatingTo => _state == 1 ? Frame.Delegate : null;

    /// <summary><c>gen.throw(exc)</c>. A body suspended in <c>yield from</c> or <c>await</c> passes the exception on
    /// to the iterator it delegates to (YieldFromStmt does that when it resumes).</summary>
    internal PyObject Throw(PyBaseException exc)
    {
        if (Resume(null, new PyException(exc), out var v))
            return v;
        throw Generators.Stop(v);
    }

    /// <summary><c>gen.close()</c>: throws GeneratorExit in; returns the return value if the body returns.</summary>
    internal PyObject Close()
    {
        if (_state == 0 || _state == 3)
        {
            _state = 3;
            return PyNone.Instance;
        }
        try
        {
            if (Resume(null, new PyException(new PyBaseException(BuiltinTypes.GeneratorExit)), out var v))
                throw Err.Runtime($"{What} ignored GeneratorExit");
            return v;
        }
        catch (PyException e) when (e.Is(BuiltinTypes.GeneratorExit) || e.Is(BuiltinTypes.StopIteration))
        {
            return PyNone.Instance;
        }
    }
}

/// <summary>What produced an awaitable (for the error when it is not one).</summary>
internal enum AwaitSource
{
    Await,
    AEnter,
    AExit,
    ANext,
}

/// <summary>Creating generator objects and driving <c>yield from</c> / <c>await</c>.</summary>
internal static class Generators
{
    public static PyObject Create(PyFunction fn, Frame frame)
    {
        var code = fn.Code;
        var kind = code.IsGenerator ? GeneratorKind.Generator : code.IsCoroutine ? GeneratorKind.Coroutine : GeneratorKind.AsyncGenerator;
        return new PyGenerator(frame, kind, fn.Name, fn.QualName);
    }

    /// <summary>The StopIteration that carries a generator's result: none (empty args) for None, as in CPython.</summary>
    public static PyException Stop(PyObject value) => Err.StopIteration(value == PyNone.Instance ? null : value);

    /// <summary>The iterator <c>yield from x</c> delegates to.</summary>
    public static PyObject GetYieldFromIterator(PyObject v)
    {
        if (v is PyGenerator g && g.Kind == GeneratorKind.Coroutine)
            throw Err.Type("cannot 'yield from' a coroutine object in a non-coroutine generator");
        return Ops.GetIter(v);
    }

    /// <summary>The iterator behind <c>await x</c>; <paramref name="where"/> names what produced the awaitable, for the
    /// error CPython gives when it is not awaitable.</summary>
    public static PyObject GetAwaitIterator(PyObject v, AwaitSource where = AwaitSource.Await)
    {
        if (v is PyGenerator g && g.Kind == GeneratorKind.Coroutine)
        {
            if (g.Awaited || g.IsClosed)
                throw Err.Runtime("cannot reuse already awaited coroutine");
            g.Awaited = true;
            return g;
        }
        var aw = v.Type.Lookup("__await__");
        if (aw == null)
        {
            throw Err.Type(where switch
            {
                AwaitSource.AEnter => $"'async with' received an object from __aenter__ that does not implement __await__: {Ops.TypeName(v)}",
                AwaitSource.AExit => $"'async with' received an object from __aexit__ that does not implement __await__: {Ops.TypeName(v)}",
                AwaitSource.ANext => $"'async for' received an invalid object from __anext__: {Ops.TypeName(v)}",
                _ => $"object {Ops.TypeName(v)} can't be used in 'await' expression",
            });
        }
        var it = Ops.CallMethod(v, aw);
        if (it is PyGenerator ig && ig.Kind == GeneratorKind.Coroutine)
            throw Err.Type("__await__() returned a coroutine");
        if (it is not PyIterator && it.Type.Lookup("__next__") == null)
            throw Err.Type($"__await__() returned non-iterator of type '{Ops.TypeName(it)}'");
        return it;
    }

    /// <summary>Sends a value (or throws an exception) into a sub-iterator: true with the value it yielded, or false
    /// with the value it returned.</summary>
    public static bool Delegate(PyObject sub, PyObject? sent, PyException? thrown, out PyObject result)
    {
        if (sub is PyGenerator g)
        {
            if (thrown != null && thrown.Is(BuiltinTypes.GeneratorExit))
            {
                g.Close();
                throw thrown;
            }
            return g.Resume(sent, thrown, out result);
        }
        if (thrown != null)
        {
            if (thrown.Is(BuiltinTypes.GeneratorExit))
            {
                var close = Ops.GetAttrOrNull(sub, "close");
                if (close != null)
                    Ops.Call(close);
                throw thrown;
            }
            var throwFn = Ops.GetAttrOrNull(sub, "throw") ?? throw thrown;
            try
            {
                result = Ops.Call(throwFn, thrown.Value);
                return true;
            }
            catch (PyException e) when (e.Is(BuiltinTypes.StopIteration))
            {
                result = e.Value.GetField("value");
                return false;
            }
        }
        if (sent == null || sent == PyNone.Instance)
        {
            if (sub is PyIterator pi)
            {
                try
                {
                    var x = pi.Next();
                    result = x ?? PyNone.Instance;
                    return x != null;
                }
                catch (PyException e) when (e.Is(BuiltinTypes.StopIteration))
                {
                    result = e.Value.GetField("value");
                    return false;
                }
            }
            var next = sub.Type.Lookup("__next__") ?? throw Err.Type($"'{Ops.TypeName(sub)}' object is not an iterator");
            try
            {
                result = Ops.CallMethod(sub, next);
                return true;
            }
            catch (PyException e) when (e.Is(BuiltinTypes.StopIteration))
            {
                result = e.Value.GetField("value");
                return false;
            }
        }
        var send = Ops.GetAttr(sub, "send");
        try
        {
            result = Ops.Call(send, sent);
            return true;
        }
        catch (PyException e) when (e.Is(BuiltinTypes.StopIteration))
        {
            result = e.Value.GetField("value");
            return false;
        }
    }
}
