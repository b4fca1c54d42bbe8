using System.Text;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Nodes;

internal sealed class TupleExpr(Expr[] items) : Expr
{
    public override PyObject Eval(Frame f)
    {
        if (items.Length == 0)
            return PyTuple.Empty;
        var vals = new PyObject[items.Length];
        for (int i = 0; i < items.Length; i++)
            ArrayStore.Set(vals, i, items[i].Eval(f));
        return new PyTuple(vals);
    }
}

internal sealed class ListExpr(Expr[] items) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var vals = new PyObject[items.Length];
        for (int i = 0; i < items.Length; i++)
            ArrayStore.Set(vals, i, items[i].Eval(f));
        return new PyList(vals, vals.Length);
    }
}

/// <summary>An element of a display that may be unpacked with <c>*</c>.</summary>
internal readonly record struct DisplayItem(Expr Value, bool Starred);

/// <summary>A list, tuple or set display with <c>*</c> unpacking (kind 0 list, 1 tuple, 2 set).</summary>
internal sealed class StarDisplayExpr(DisplayItem[] items, int kind) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var list = new PyList();
        var set = kind == 2 ? new PySet(false) : null;
        foreach (var item in items)
        {
            var v = item.Value.Eval(f);
            if (!item.Starred)
            {
                if (set != null)
                    set.Add(v);
                else
                    list.Append(v);
                continue;
            }
            var it = Ops.GetIterOrNull(v) ?? throw Err.Type(kind == 2 || kind == 0 || kind == 1
                ? $"Value after * must be an iterable, not {Ops.TypeName(v)}" : "");
            while (Ops.Next(it) is { } x)
            {
                if (set != null)
                    set.Add(x);
                else
                    list.Append(x);
            }
        }
        return kind switch
        {
            0 => list,
            1 => list.Count == 0 ? PyTuple.Empty : new PyTuple(list.ToArray()),
            _ => set!,
        };
    }
}

internal sealed class SetExpr(Expr[] items) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var s = new PySet(false);
        foreach (var e in items)
            s.Add(e.Eval(f));
        return s;
    }
}

/// <summary>
/// A set display of three or more constants. CPython compiles it to a frozenset constant, which its constant cache
/// rebuilds once from its own iteration order, then copies into a new set at run time; the template reproduces that
/// layout, so such sets iterate in CPython's order. INVARIANT: the template is never mutated (code is shared).
/// </summary>
internal sealed class ConstSetExpr(PySet template) : Expr
{
    public static Expr Create(Expr[] items)
    {
        var first = new PySet(true);
        foreach (var e in items)
            first.Add(((ConstExpr)e).Value);
        var rebuilt = new PySet(true);
        int pos = 0;
        while (first.Next(ref pos, out var k, out long h))
            rebuilt.AddEntry(k, h);
        return new ConstSetExpr(rebuilt);
    }

    public override PyObject Eval(Frame f)
    {
        var s = new PySet(false);
        s.Merge(template);
        return s;
    }
}

/// <summary>A dict display; a null key marks <c>**mapping</c>.</summary>
internal sealed class DictExpr(Expr?[] keys, Expr[] values) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var d = new PyDict(keys.Length);
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } k)
            {
                var kv = k.Eval(f);
                d.SetItem(kv, values[i].Eval(f));
            }
            else
            {
                var m = values[i].Eval(f);
                DictOps.Update(d, m, $"'{Ops.TypeName(m)}' object is not a mapping");
            }
        }
        return d;
    }
}

/// <summary>An f-string: the parts' strings joined.</summary>
internal sealed class JoinedStrExpr(Expr[] parts) : Expr
{
    public override PyObject Eval(Frame f)
    {
        if (parts.Length <= 8)
        {
            var strs = new string[parts.Length];
            for (int i = 0; i < strs.Length; i++)
                strs[i] = ((PyStr)parts[i].Eval(f)).Value;
            return new PyStr(string.Concat(strs));
        }
        var sb = new StringBuilder();
        foreach (var p in parts)
            sb.Append(((PyStr)p.Eval(f)).Value);
        return new PyStr(sb.ToString());
    }
}

/// <summary>A replacement field of an f-string: <c>{value!conv:spec}</c>.</summary>
internal sealed class FormattedValueExpr(Expr value, int conversion, Expr? spec) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var v = value.Eval(f);
        v = conversion switch
        {
            's' => Ops.StrObject(v),
            'r' => new PyStr(Ops.Repr(v)),
            'a' => new PyStr(StrOps.Ascii(Ops.Repr(v))),
            _ => v,
        };
        var specStr = spec == null ? PyStr.Empty : (PyStr)spec.Eval(f);
        if (specStr.Value.Length == 0 && v.GetType() == typeof(PyStr))
            return v;
        if (specStr.Value.Length > 0)
        {
            // Exact ints, floats and strs format straight through the numerics formatter (no __format__ dispatch).
            try
            {
                if (v.GetType() == typeof(PyInt) && !((PyInt)v).IsBig)
                    return new PyStr(Numerics.Formatter.FormatInt(((PyInt)v).Value, specStr.Value));
                if (v.GetType() == typeof(PyFloat))
                    return new PyStr(Numerics.Formatter.FormatFloat(((PyFloat)v).Value, specStr.Value));
                if (v.GetType() == typeof(PyStr))
                    return new PyStr(Numerics.Formatter.FormatString(((PyStr)v).Value, specStr.Value));
            }
            catch (Numerics.NumericError e)
            {
                throw BuiltinTypes.ToPy(e);
            }
        }
        return Ops.Format(v, specStr);
    }
}

/// <summary>One <c>for</c> clause of a comprehension with its <c>if</c> conditions.</summary>
internal sealed class CompClause(Target target, Expr? iter, Expr[] ifs)
{
    public readonly Target Target = target;
    public readonly Expr? Iter = iter;
    public readonly Expr[] Ifs = ifs;
}

/// <summary>A list, set or dict comprehension, run inline in the enclosing frame (PEP 709): its variables live in
/// slots of their own, so they neither leak nor clobber the enclosing names.</summary>
internal sealed class ComprehensionExpr(Expr firstIter, CompClause[] clauses, Expr elt, Expr? value, int kind, int[] cellSlots, int[] ownSlots) : Expr
{
    public override PyObject Eval(Frame f)
    {
        var it = Ops.GetIter(firstIter.Eval(f));
        foreach (int s in cellSlots)
            f.Slots[s] = new PyCell(null);
        PyObject result = kind switch
        {
            0 => new PyList(),
            1 => new PySet(false),
            _ => new PyDict(),
        };
        try
        {
            Run(f, 0, it, result);
        }
        finally
        {
            foreach (int s in ownSlots)
                f.Slots[s] = null;
        }
        return result;
    }

    private void Run(Frame f, int level, PyObject it, PyObject result)
    {
        var clause = clauses[level];
        bool last = level == clauses.Length - 1;
        while (Ops.Next(it) is { } x)
        {
            clause.Target.Assign(f, x);
            bool ok = true;
            foreach (var cond in clause.Ifs)
            {
                if (!cond.EvalBool(f))
                {
                    ok = false;
                    break;
                }
            }
            if (!ok)
                continue;
            if (!last)
            {
                Run(f, level + 1, Ops.GetIter(clauses[level + 1].Iter!.Eval(f)), result);
                continue;
            }
            switch (kind)
            {
                case 0:
                    ((PyList)result).Append(elt.Eval(f));
                    break;
                case 1:
                    ((PySet)result).Add(elt.Eval(f));
                    break;
                default:
                    var k = elt.Eval(f);
                    ((PyDict)result).SetItem(k, value!.Eval(f));
                    break;
            }
        }
    }
}
