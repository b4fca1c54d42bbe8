using System;
using System.Collections.Generic;
using Atoll.Runtime.Builtins;

namespace Atoll.Runtime.Objects;

internal sealed class EnumerateIterator(PyObject it, PyInt start) : PyIterator
{
    private PyInt _index = start;

    public override PyType Type => BuiltinTypes.Enumerate;

    public override PyObject? Next()
    {
        var x = Ops.Next(it);
        if (x == null)
            return null;
        var i = _index;
        _index = IntOps.Add(i, PyInt.One);
        return new PyTuple([i, x]);
    }
}

internal sealed class ZipIterator(PyObject[] iters, bool strict) : PyIterator
{
    private bool _done;

    public override PyType Type => BuiltinTypes.Zip;

    public override PyObject? Next()
    {
        if (_done || iters.Length == 0)
            return null;
        var items = new PyObject[iters.Length];
        for (int i = 0; i < iters.Length; i++)
        {
            var x = Ops.Next(iters[i]);
            if (x == null)
            {
                _done = true;
                if (strict)
                {
                    if (i > 0)
                        throw Err.Value($"zip() argument {i + 1} is shorter than argument{(i == 1 ? "" : "s")} 1{(i == 1 ? "" : "-" + i)}");
                    for (int j = 1; j < iters.Length; j++)
                    {
                        if (Ops.Next(iters[j]) != null)
                            throw Err.Value($"zip() argument {j + 1} is longer than argument{(j == 1 ? "" : "s")} 1{(j == 1 ? "" : "-" + j)}");
                    }
                }
                return null;
            }
            items[i] = x;
        }
        return new PyTuple(items);
    }
}

internal sealed class MapIterator(PyObject func, PyObject[] iters) : PyIterator
{
    public override PyType Type => BuiltinTypes.Map;

    public override PyObject? Next()
    {
        if (iters.Length == 1)
        {
            var x = Ops.Next(iters[0]);
            return x == null ? null : Ops.Call(func, x);
        }
        var args = new PyObject[iters.Length];
        for (int i = 0; i < iters.Length; i++)
        {
            var x = Ops.Next(iters[i]);
            if (x == null)
                return null;
            args[i] = x;
        }
        return Ops.Call(func, args, null);
    }
}

internal sealed class FilterIterator(PyObject func, PyObject it) : PyIterator
{
    public override PyType Type => BuiltinTypes.Filter;

    public override PyObject? Next()
    {
        while (Ops.Next(it) is { } x)
        {
            bool keep = func == PyNone.Instance ? Ops.IsTrue(x) : Ops.IsTrue(Ops.Call(func, x));
            if (keep)
                return x;
        }
        return null;
    }
}

internal sealed class ReversedIterator(PyObject seq, long length) : PyIterator
{
    private long _index = length - 1;

    public override PyType Type => BuiltinTypes.Reversed;

    public override PyObject? Next()
    {
        if (_index < 0)
            return null;
        return Ops.GetItem(seq, PyInt.From(_index--));
    }
}

public static partial class BuiltinTypes
{
    private static void DefineIterators()
    {
        foreach (var t in new[] { Iterator, CallableIterator, ListIterator, ListReverseIterator, TupleIterator, StrIterator, BytesIterator, DictKeyIterator, DictValueIterator, DictItemIterator, SetIterator, RangeIterator, Enumerate, Zip, Map, Filter, Reversed })
        {
            Def(t, "__iter__", self => self);
            Def(t, "__next__", self => ((PyIterator)self).Next() ?? throw new PyException(new PyBaseException(StopIteration)));
            Def(t, "__length_hint__", self => PyInt.From(Math.Max(0, ((PyIterator)self).LengthHint)));
        }
        DefStatic(Enumerate, "__new__", (args, kw) =>
        {
            var a = Args.Bind("enumerate", args[1..], kw, ["iterable", "start"], 1);
            var start = a[1] == null ? PyInt.Zero : a[1] is PyInt si ? si : throw Err.Type($"'{Ops.TypeName(a[1]!)}' object cannot be interpreted as an integer");
            return new EnumerateIterator(Ops.GetIter(a[0]!), start);
        });
        DefStatic(Zip, "__new__", (args, kw) =>
        {
            int npos = args.Length - 1 - (kw?.Length ?? 0);
            bool strict = false;
            for (int i = 0; i < (kw?.Length ?? 0); i++)
            {
                if (kw![i] != "strict")
                    throw Err.Type($"zip() got an unexpected keyword argument '{kw[i]}'");
                strict = Ops.IsTrue(args[1 + npos + i]);
            }
            var iters = new PyObject[npos];
            for (int i = 0; i < npos; i++)
            {
                iters[i] = Ops.GetIterOrNull(args[1 + i]) ?? throw Err.Type($"'{Ops.TypeName(args[1 + i])}' object is not iterable");
            }
            return new ZipIterator(iters, strict);
        });
        DefStatic(Map, "__new__", (args, kw) =>
        {
            Args.NoKeywords("map", kw);
            if (args.Length < 3)
                throw Err.Type("map() must have at least two arguments.");
            var iters = new PyObject[args.Length - 2];
            for (int i = 0; i < iters.Length; i++)
                iters[i] = Ops.GetIter(args[2 + i]);
            return new MapIterator(args[1], iters);
        });
        DefStatic(Filter, "__new__", (args, kw) =>
        {
            Args.NoKeywords("filter", kw);
            Args.Count("filter", args.Length - 1, 2, 2);
            return new FilterIterator(args[1], Ops.GetIter(args[2]));
        });
        DefStatic(Reversed, "__new__", (args, kw) =>
        {
            Args.NoKeywords("reversed", kw);
            Args.Count("reversed", args.Length - 1, 1, 1);
            var seq = args[1];
            if (seq is PyList l && seq.GetType() == typeof(PyList))
                return new ListReverseIterator(l);
            var rev = seq.Type.Lookup("__reversed__");
            if (rev != null)
            {
                if (rev == PyNone.Instance)
                    throw Err.Type($"'{Ops.TypeName(seq)}' object is not reversible");
                return Ops.CallMethod(seq, rev);
            }
            if (seq.Type.Lookup("__getitem__") == null || seq is PyDict || seq.Type.Lookup("__len__") == null)
                throw Err.Type($"'{Ops.TypeName(seq)}' object is not reversible");
            return new ReversedIterator(seq, Ops.Len(seq));
        });
        DefineGenerators();
    }

    private static PyGenerator AsGen(PyObject o) => (PyGenerator)o;

    private static PyBaseException ThrowArg(ReadOnlySpan<PyObject> args)
    {
        var t = args[1];
        if (args.Length > 2 && args[2] != PyNone.Instance)
        {
            var exc = Exceptions.Instantiate(t is PyType tt ? Ops.Call(tt, args[2]) : t, "exceptions must be classes or instances deriving from BaseException, not " + Ops.TypeName(t));
            return exc;
        }
        if (t is PyType or PyBaseException)
            return Exceptions.Instantiate(t, "throw() third argument must be a traceback object");
        throw Err.Type($"exceptions must be classes or instances deriving from BaseException, not {Ops.TypeName(t)}");
    }

    private static void DefineGenerators()
    {
        foreach (var t in new[] { Generator, Coroutine, AsyncGenerator })
        {
            Def(t, "__repr__", self => new PyStr($"<{t.Name} object {AsGen(self).QualName} at 0x{Ops.IdentityHash(self):x}>"));
            Prop(t, "__name__", self => new PyStr(AsGen(self).Name), (self, v) => AsGen(self).Name = ((PyStr)v!).Value);
            Prop(t, "__qualname__", self => new PyStr(AsGen(self).QualName), (self, v) => AsGen(self).QualName = ((PyStr)v!).Value);
            string prefix = t == Generator ? "gi" : t == Coroutine ? "cr" : "ag";
            Prop(t, prefix + "_frame", self => AsGen(self).IsClosed ? PyNone.Instance : AsGen(self).Frame);
            Prop(t, prefix + "_running", self => PyBool.From(t == AsyncGenerator ? AsGen(self).RunningAsync : AsGen(self).IsRunning));
            Prop(t, prefix + "_code", self => AsGen(self).Frame.Code);
            if (t != AsyncGenerator)
                Prop(t, prefix + "_suspended", self => PyBool.From(AsGen(self).IsSuspended));
            Prop(t, t == Generator ? "gi_yieldfrom" : prefix + "_await", self => AsGen(self).DelegatingTo ?? PyNone.Instance);
        }
        Def(Generator, "__iter__", self => self);
        Def(Generator, "__next__", self => AsGen(self).Send(PyNone.Instance));
        foreach (var t in new[] { Generator, Coroutine })
        {
            Def(t, "send", (self, v) => AsGen(self).Send(v));
            DefN(t, "throw", (args, kw) => AsGen(args[0]).Throw(ThrowArg(args)));
            Def(t, "close", self => AsGen(self).Close());
        }
        Def(Coroutine, "__await__", self => new CoroutineAwaitIterator(AsGen(self)));
        Def(CoroutineWrapper, "__iter__", self => self);
        Def(CoroutineWrapper, "__next__", self => ((PyIterator)self).Next() ?? throw new PyException(new PyBaseException(StopIteration)));
        Def(CoroutineWrapper, "send", (self, v) => self is CoroutineAwaitIterator cw ? cw.Coroutine.Send(v) : ((PyIterator)self).Next() ?? throw new PyException(new PyBaseException(StopIteration)));
        DefN(CoroutineWrapper, "throw", (args, kw) => args[0] is CoroutineAwaitIterator cw ? cw.Coroutine.Throw(ThrowArg(args)) : throw new PyException(ThrowArg(args)));
        Def(CoroutineWrapper, "close", self => self is CoroutineAwaitIterator cw ? cw.Coroutine.Close() : PyNone.Instance);
        Def(AsyncGenerator, "__aiter__", self => self);
        Def(AsyncGenerator, "__anext__", self => new AsyncGenStep(AsGen(self), null, null, false));
        Def(AsyncGenerator, "asend", (self, v) => new AsyncGenStep(AsGen(self), v, null, false));
        DefN(AsyncGenerator, "athrow", (args, kw) => new AsyncGenStep(AsGen(args[0]), null, ThrowArg(args), false));
        Def(AsyncGenerator, "aclose", self => new AsyncGenStep(AsGen(self), null, new PyBaseException(GeneratorExit), true));
        foreach (var t in new[] { AsyncGenASend, AsyncGenAThrow })
        {
            Def(t, "__await__", self => self);
            Def(t, "__iter__", self => self);
            Def(t, "__next__", self => ((AsyncGenStep)self).Step(null, null));
            Def(t, "send", (self, v) => ((AsyncGenStep)self).Step(v, null));
            DefN(t, "throw", (args, kw) => ((AsyncGenStep)args[0]).Step(null, ThrowArg(args)));
            Def(t, "close", self => ((AsyncGenStep)self).Close());
        }
    }
}

/// <summary>The iterator a coroutine's <c>__await__()</c> returns.</summary>
internal sealed class CoroutineAwaitIterator(PyGenerator coro) : PyIterator
{
    public readonly PyGenerator Coroutine = coro;

    public override PyType Type => BuiltinTypes.CoroutineWrapper;

    public override PyObject? Next()
    {
        if (Coroutine.Resume(null, null, out var v))
            return v;
        throw Generators.Stop(v);
    }
}

/// <summary>The awaitable of one async generator step: <c>__anext__</c>/<c>asend</c> (no exception to throw),
/// <c>athrow</c> (an exception) or <c>aclose</c> (GeneratorExit, <paramref name="closing"/>). It completes with
/// StopIteration carrying the value the generator yields; values passing through from an await inside the generator
/// are yielded to whoever awaits this step. While a step is in flight the generator counts as running
/// (<c>ag_running</c>), and no other step may start.</summary>
internal sealed class AsyncGenStep(PyGenerator gen, PyObject? value, PyBaseException? toThrow, bool closing) : PyIterator
{
    private const int Init = 0, Iter = 1, Closed = 2;
    private int _state;

    public override PyType Type => toThrow == null ? BuiltinTypes.AsyncGenASend : BuiltinTypes.AsyncGenAThrow;

    private bool IsSend => toThrow == null;

    public override PyObject? Next() => Step(null, null);

    public PyObject Step(PyObject? sent, PyBaseException? thrown)
    {
        if (_state == Closed)
            throw Err.Runtime(IsSend ? "cannot reuse already awaited __anext__()/asend()" : "cannot reuse already awaited aclose()/athrow()");
        PyException? thr = thrown == null ? null : new PyException(thrown);
        if (_state == Init)
        {
            if (gen.RunningAsync)
                throw Err.Runtime($"{(IsSend ? "anext" : closing ? "aclose" : "athrow")}(): asynchronous generator is already running");
            if (IsSend)
            {
                if (thr == null && (sent == null || sent == PyNone.Instance))
                    sent = value;
            }
            else
            {
                if (gen.IsClosed)
                {
                    _state = Closed;
                    throw Err.StopIteration(null);
                }
                if (thr == null && sent != null && sent != PyNone.Instance)
                    throw Err.Runtime("can't send non-None value to a just-started coroutine");
                thr ??= new PyException(toThrow!);
                sent = null;
            }
            _state = Iter;
        }
        bool yielded;
        PyObject result;
        gen.RunningAsync = true;
        try
        {
            yielded = gen.Resume(sent, thr, out result);
        }
        catch (PyException e)
        {
            gen.RunningAsync = false;
            _state = Closed;
            if (closing && (e.Is(BuiltinTypes.GeneratorExit) || e.Is(BuiltinTypes.StopAsyncIteration)))
                throw Err.StopIteration(null);
            throw;
        }
        if (!yielded)
        {
            gen.RunningAsync = false;
            _state = Closed;
            if (closing)
                throw Err.StopIteration(null);
            throw new PyException(new PyBaseException(BuiltinTypes.StopAsyncIteration));
        }
        if (result is Nodes.AsyncGenValue av)
        {
            gen.RunningAsync = false;
            if (closing)
            {
                _state = Closed;
                throw Err.Runtime("async generator ignored GeneratorExit");
            }
            // An athrow() that completed with a value stays usable: awaiting it again resumes the generator, as in CPython.
            if (IsSend)
                _state = Closed;
            throw Generators.Stop(av.Value);
        }
        return result;
    }

    /// <summary><c>close()</c>: throws GeneratorExit in through this step, unless it already finished.</summary>
    public PyObject Close()
    {
        if (_state == Closed)
            return PyNone.Instance;
        try
        {
            Step(null, new PyBaseException(BuiltinTypes.GeneratorExit));
        }
        catch (PyException e) when (e.Is(BuiltinTypes.StopIteration) || e.Is(BuiltinTypes.StopAsyncIteration) || e.Is(BuiltinTypes.GeneratorExit))
        {
            _state = Closed;
            return PyNone.Instance;
        }
        _state = Closed;
        throw Err.Runtime("coroutine ignored GeneratorExit");
    }
}
