using System;
using System.Collections.Generic;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Nodes;

internal sealed class Call0Expr(Expr func) : Expr
{
    public override PyObject Eval(Frame f) => EvalOrRaise(f) ?? throw f.Thread.TakeRaised();

    public override PyObject? EvalOrRaise(Frame f)
    {
        var c = func.Eval(f);
        if (c is PyFunction fn)
            return fn.Call0OrRaise();
        return Ops.CallOrRaise(c, [], null);
    }
}

internal sealed class Call1Expr(Expr func, Expr a0) : Expr
{
    public override PyObject Eval(Frame f) => EvalOrRaise(f) ?? throw f.Thread.TakeRaised();

    public override PyObject? EvalOrRaise(Frame f)
    {
        var c = func.Eval(f);
        var a = a0.Eval(f);
        if (c is PyFunction fn)
            return fn.Call1OrRaise(a);
        if (c is PyMethod { Function: PyFunction mf } m)
            return mf.Call2OrRaise(m.Self, a);
        return Ops.Call(c, a);
    }
}

internal sealed class Call2Expr(Expr func, Expr a0, Expr a1) : Expr
{
    public override PyObject Eval(Frame f) => EvalOrRaise(f) ?? throw f.Thread.TakeRaised();

    public override PyObject? EvalOrRaise(Frame f)
    {
        var c = func.Eval(f);
        var a = a0.Eval(f);
        var b = a1.Eval(f);
        if (c is PyFunction fn)
            return fn.Call2OrRaise(a, b);
        if (c is PyMethod { Function: PyFunction mf } m)
            return mf.Call3OrRaise(m.Self, a, b);
        return Ops.Call(c, a, b);
    }
}

internal sealed class CallNExpr(Expr func, Expr[] args) : Expr
{
    public override PyObject Eval(Frame f) => EvalOrRaise(f) ?? throw f.Thread.TakeRaised();

    public override PyObject? EvalOrRaise(Frame f)
    {
        var c = func.Eval(f);
        if (args.Length <= 4)
        {
            var buf = default(ArgBuffer4);
            for (int i = 0; i < args.Length; i++)
                buf[i] = args[i].Eval(f);
            ReadOnlySpan<PyObject> span = buf;
            return Ops.CallOrRaise(c, span[..args.Length], null);
        }
        var vals = new PyObject[args.Length];
        for (int i = 0; i < args.Length; i++)
            ArrayStore.Set(vals, i, args[i].Eval(f));
        return Ops.CallOrRaise(c, vals, null);
    }
}

/// <summary>A call with keyword arguments (no unpacking): positional values then keyword values.</summary>
internal sealed class CallKwExpr(Expr func, Expr[] args, string[] kwNames) : Expr
{
    public override PyObject Eval(Frame f) => EvalOrRaise(f) ?? throw f.Thread.TakeRaised();

    public override PyObject? EvalOrRaise(Frame f)
    {
        var c = func.Eval(f);
        var vals = new PyObject[args.Length];
        for (int i = 0; i < args.Length; i++)
            ArrayStore.Set(vals, i, args[i].Eval(f));
        return Ops.CallOrRaise(c, vals, kwNames);
    }
}

/// <summary>One argument of a call with unpacking: plain, <c>*it</c>, <c>name=v</c> or <c>**m</c>.</summary>
internal readonly record struct CallArg(Expr Value, int Kind, string? Name)
{
    public const int Positional = 0, Star = 1, Keyword = 2, DoubleStar = 3;
}

/// <summary>A call with <c>*</c> or <c>**</c> unpacking.</summary>
internal sealed class CallStarExpr(Expr func, CallArg[] args) : Expr
{
    public override PyObject Eval(Frame f) => EvalOrRaise(f) ?? throw f.Thread.TakeRaised();

    public override PyObject? EvalOrRaise(Frame f)
    {
        var c = func.Eval(f);
        var pos = new List<PyObject>();
        List<string>? names = null;
        List<PyObject>? kwVals = null;
        foreach (var a in args)
        {
            switch (a.Kind)
            {
                case CallArg.Positional:
                    pos.Add(a.Value.Eval(f));
                    break;
                case CallArg.Star:
                {
                    var v = a.Value.Eval(f);
                    if (v is PyTuple t)
                    {
                        pos.AddRange(t.Items);
                        break;
                    }
                    var it = Ops.GetIterOrNull(v) ?? throw Err.Type($"{CallName(c)} argument after * must be an iterable, not {Ops.TypeName(v)}");
                    while (Ops.Next(it) is { } x)
                        pos.Add(x);
                    break;
                }
                case CallArg.Keyword:
                    names ??= [];
                    kwVals ??= [];
                    if (names.Contains(a.Name!))
                        throw Err.Type($"{CallName(c)} got multiple values for keyword argument '{a.Name}'");
                    names.Add(a.Name!);
                    kwVals.Add(a.Value.Eval(f));
                    break;
                default:
                {
                    var m = a.Value.Eval(f);
                    names ??= [];
                    kwVals ??= [];
                    MergeMapping(c, m, names, kwVals);
                    break;
                }
            }
        }
        if (names == null)
            return Ops.CallOrRaise(c, pos.ToArray(), null);
        pos.AddRange(kwVals!);
        return Ops.CallOrRaise(c, pos.ToArray(), names.ToArray());
    }

    /// <summary>How call errors name the callee: <c>module.qualname()</c> (no module for builtins), or str() of a
    /// callable without a <c>__qualname__</c>.</summary>
    internal static string CallName(PyObject c)
    {
        if (Ops.GetAttrOrNull(c, "__qualname__") is not { } q)
            return Ops.Str(c);
        var m = Ops.GetAttrOrNull(c, "__module__");
        if (m != null && m != PyNone.Instance && !(m is PyStr ms && ms.Value == "builtins"))
            return $"{Ops.Str(m)}.{Ops.Str(q)}()";
        return Ops.Str(q) + "()";
    }

    internal static void MergeMapping(PyObject callee, PyObject m, List<string> names, List<PyObject> vals)
    {
        if (m is PyDict d)
        {
            int pos = 0;
            while (d.Next(ref pos, out var k, out var v))
                AddKw(callee, k, v, names, vals);
            return;
        }
        var keysFn = Ops.GetAttrOrNull(m, "keys");
        if (keysFn == null)
            throw Err.Type($"{CallName(callee)} argument after ** must be a mapping, not {Ops.TypeName(m)}");
        var it = Ops.GetIter(Ops.Call(keysFn));
        while (Ops.Next(it) is { } k)
            AddKw(callee, k, Ops.GetItem(m, k), names, vals);
    }

    private static void AddKw(PyObject callee, PyObject k, PyObject v, List<string> names, List<PyObject> vals)
    {
        if (k is not PyStr s)
            throw Err.Type($"keywords must be strings");
        if (names.Contains(s.Value))
            throw Err.Type($"{CallName(callee)} got multiple values for keyword argument '{s.Value}'");
        names.Add(s.Value);
        vals.Add(v);
    }
}

/// <summary><c>obj.name(args)</c>: no bound method object for plain methods.</summary>
internal sealed class MethodCallExpr(Expr obj, PyStr name, Expr[] args) : Expr
{
    private AttrCache _cache;

    public override PyObject Eval(Frame f) => EvalOrRaise(f) ?? throw f.Thread.TakeRaised();

    public override PyObject? EvalOrRaise(Frame f)
    {
        var o = obj.Eval(f);
        var fn = MethodLookup.Find(o, name, ref _cache, out var self);
        if (self == null)
        {
            switch (args.Length)
            {
                case 0: return Ops.Call(fn);
                case 1: return Ops.Call(fn, args[0].Eval(f));
                case 2:
                {
                    var a = args[0].Eval(f);
                    return Ops.Call(fn, a, args[1].Eval(f));
                }
            }
            var vals = new PyObject[args.Length];
            for (int i = 0; i < args.Length; i++)
                ArrayStore.Set(vals, i, args[i].Eval(f));
            return Ops.Call(fn, vals, null);
        }
        if (fn is PyFunction pf)
        {
            switch (args.Length)
            {
                case 0: return pf.Call1OrRaise(self);
                case 1: return pf.Call2OrRaise(self, args[0].Eval(f));
                case 2:
                {
                    var a = args[0].Eval(f);
                    return pf.Call3OrRaise(self, a, args[1].Eval(f));
                }
            }
        }
        else
        {
            var bf = (PyBuiltinFunction)fn;
            switch (args.Length)
            {
                case 0 when bf.Kind == NativeKind.Fn1: return bf.F1!(self);
                case 1 when bf.Kind == NativeKind.Fn2: return bf.F2!(self, args[0].Eval(f));
                case 2 when bf.Kind == NativeKind.Fn3:
                {
                    var a = args[0].Eval(f);
                    return bf.F3!(self, a, args[1].Eval(f));
                }
            }
        }
        if (args.Length < 4)
        {
            // Up to four arguments (self included) travel in a stack buffer: no array per call.
            var buf = default(ArgBuffer4);
            buf[0] = self;
            for (int i = 0; i < args.Length; i++)
                buf[i + 1] = args[i].Eval(f);
            ReadOnlySpan<PyObject> span = buf;
            span = span[..(args.Length + 1)];
            if (fn is PyBuiltinFunction b1)
                return b1.CallUnbound(span, null);
            return ((PyFunction)fn).CallOrRaise(span, null);
        }
        var all = new PyObject[args.Length + 1];
        all[0] = self;
        for (int i = 0; i < args.Length; i++)
            all[i + 1] = args[i].Eval(f);
        if (fn is PyBuiltinFunction b2)
            return b2.CallUnbound(all, null);
        return ((PyFunction)fn).CallOrRaise(all, null);
    }
}

/// <summary>Room for four arguments on the stack.</summary>
[System.Runtime.CompilerServices.InlineArray(4)]
internal struct ArgBuffer4
{
    private PyObject _element0;
}

/// <summary><c>o[i]</c>.</summary>
internal sealed class SubscriptExpr(Expr obj, Expr index) : Expr
{
    public override PyObject Eval(Frame f) => EvalOrRaise(f) ?? throw f.Thread.TakeRaised();

    public override PyObject? EvalOrRaise(Frame f)
    {
        var o = obj.Eval(f);
        var i = index.Eval(f);
        if (i.GetType() == typeof(PyInt) && !((PyInt)i).IsBig)
        {
            long k = ((PyInt)i).Value;
            if (o.GetType() == typeof(PyList))
            {
                var l = (PyList)o;
                if (k < 0)
                    k += l.Count;
                if ((ulong)k < (ulong)l.Count)
                    return l[(int)k];
                return f.Thread.RaiseNull(Err.Index("list index out of range"));
            }
            else if (o.GetType() == typeof(PyStr))
            {
                var s = (PyStr)o;
                if (s.IsSimple)
                {
                    var v = s.Value;
                    if (k < 0)
                        k += v.Length;
                    if ((ulong)k < (ulong)v.Length)
                        return PyStr.FromChar(v[(int)k]);
                }
            }
            else if (o.GetType() == typeof(PyTuple))
            {
                var items = ((PyTuple)o).Items;
                if (k < 0)
                    k += items.Length;
                if ((ulong)k < (ulong)items.Length)
                    return items[k];
                return f.Thread.RaiseNull(Err.Index("tuple index out of range"));
            }
        }
        if (o.GetType() == typeof(PyDict))
            return ((PyDict)o).GetItem(i) ?? f.Thread.RaiseNull(Err.Key(i));
        return Ops.GetItem(o, i);
    }
}

/// <summary><c>a:b:c</c> inside a subscript.</summary>
internal sealed class SliceExpr(Expr? lower, Expr? upper, Expr? step) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var l = lower?.Eval(f) ?? PyNone.Instance;
        var u = upper?.Eval(f) ?? PyNone.Instance;
        var s = step?.Eval(f) ?? PyNone.Instance;
        return new PySlice(l, u, s);
    }
}
