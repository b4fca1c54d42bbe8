using System;
using System.Runtime.CompilerServices;

namespace Atoll.Runtime.Objects;

public static partial class Ops
{
    /// <summary><c>o[key]</c>.</summary>
    public static PyObject GetItem(PyObject o, PyObject key)
    {
        if (o.GetType() == typeof(PyList))
        {
            var l = (PyList)o;
            if (key.GetType() == typeof(PyInt) && !((PyInt)key).IsBig)
            {
                long i = ((PyInt)key).Value;
                if (i < 0)
                    i += l.Count;
                if ((ulong)i < (ulong)l.Count)
                    return l[(int)i];
                throw Err.Index("list index out of range");
            }
            return ListOps.GetItem(l, key);
        }
        if (o.GetType() == typeof(PyDict))
        {
            var v = ((PyDict)o).GetItem(key);
            if (v != null)
                return v;
            throw Err.Key(key);
        }
        if (o.GetType() == typeof(PyTuple))
        {
            var tu = (PyTuple)o;
            if (key.GetType() == typeof(PyInt) && !((PyInt)key).IsBig)
            {
                long i = ((PyInt)key).Value;
                if (i < 0)
                    i += tu.Count;
                if ((ulong)i < (ulong)tu.Count)
                    return tu.Items[i];
                throw Err.Index("tuple index out of range");
            }
            return TupleOps.GetItem(tu, key);
        }
        if (o.GetType() == typeof(PyStr))
            return StrOps.GetItem((PyStr)o, key);
        return GetItemSlow(o, key);
    }

    private static PyObject GetItemSlow(PyObject o, PyObject key)
    {
        var f = o.Type.Lookup("__getitem__");
        if (f != null)
            return CallMethod(o, f, key);
        if (o is PyType ty)
        {
            if (ty == BuiltinTypes.TypeType)
                return GenericAliasOps.Create(ty, key);
            var cg = ty.Lookup("__class_getitem__");
            if (cg != null)
            {
                var bound = DescriptorGet(cg is PyFunction ? new PyClassMethod(cg) : cg, null, ty);
                return Call(bound, key);
            }
            throw Err.Type($"type '{ty.Name}' is not subscriptable");
        }
        throw Err.Type($"'{TypeName(o)}' object is not subscriptable");
    }

    /// <summary><c>o[key] = value</c>.</summary>
    public static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        if (o.GetType() == typeof(PyList))
        {
            var l = (PyList)o;
            if (key.GetType() == typeof(PyInt) && !((PyInt)key).IsBig)
            {
                long i = ((PyInt)key).Value;
                if (i < 0)
                    i += l.Count;
                if ((ulong)i < (ulong)l.Count)
                {
                    l[(int)i] = value;
                    return;
                }
                throw Err.Index("list assignment index out of range");
            }
            ListOps.SetItem(l, key, value);
            return;
        }
        if (o.GetType() == typeof(PyDict))
        {
            ((PyDict)o).SetItem(key, value);
            return;
        }
        var f = o.Type.Lookup("__setitem__") ?? throw Err.Type($"'{TypeName(o)}' object does not support item assignment");
        CallMethod(o, f, key, value);
    }

    /// <summary><c>del o[key]</c>.</summary>
    public static void DelItem(PyObject o, PyObject key)
    {
        if (o.GetType() == typeof(PyDict))
        {
            if (((PyDict)o).Remove(key) == null)
                throw Err.Key(key);
            return;
        }
        if (o.GetType() == typeof(PyList))
        {
            ListOps.DelItem((PyList)o, key);
            return;
        }
        var f = o.Type.Lookup("__delitem__") ?? throw Err.Type($"'{TypeName(o)}' object doesn't support item deletion");
        CallMethod(o, f, key);
    }

    /// <summary><c>item in container</c>.</summary>
    public static bool Contains(PyObject container, PyObject item)
    {
        if (container.GetType() == typeof(PyDict))
            return ((PyDict)container).GetItem(item) != null;
        if (container.GetType() == typeof(PySet))
            return ((PySet)container).Contains(item);
        if (container.GetType() == typeof(PyStr))
        {
            if (item is PyStr s)
                return ((PyStr)container).Value.Contains(s.Value, StringComparison.Ordinal);
            throw Err.Type($"'in <string>' requires string as left operand, not {TypeName(item)}");
        }
        if (container.GetType() == typeof(PyList))
        {
            var l = (PyList)container;
            for (int i = 0; i < l.Count; i++)
            {
                if (Eq(l[i], item))
                    return true;
            }
            return false;
        }
        if (container.GetType() == typeof(PyTuple))
        {
            foreach (var x in ((PyTuple)container).Items)
            {
                if (Eq(x, item))
                    return true;
            }
            return false;
        }
        var f = container.Type.Lookup("__contains__");
        if (f != null)
        {
            if (f == PyNone.Instance)
                throw Err.Type($"'{TypeName(container)}' object is not a container");
            return IsTrue(CallMethod(container, f, item));
        }
        var it = GetIterOrNull(container) ?? throw Err.Type($"argument of type '{TypeName(container)}' is not iterable");
        while (Next(it) is { } x)
        {
            if (Eq(x, item))
                return true;
        }
        return false;
    }

    /// <summary><c>operator.index(o)</c>: the int value of an object that supports <c>__index__</c>.</summary>
    public static PyInt Index(PyObject o)
    {
        if (o is PyInt i)
            return i.GetType() == typeof(PyInt) ? i : PyInt.From(i.Big);
        var f = o.Type.Lookup("__index__") ?? throw Err.Type($"'{TypeName(o)}' object cannot be interpreted as an integer");
        var r = CallMethod(o, f);
        if (r is PyInt ri)
            return ri;
        throw Err.Type($"__index__ returned non-int (type {TypeName(r)})");
    }

    /// <summary>An index value for a sequence subscript, or the TypeError CPython raises.</summary>
    internal static long IndexValue(PyObject key, string seqName)
    {
        if (key is PyInt i)
            return i.IsBig ? (i.Sign < 0 ? long.MinValue : long.MaxValue) : i.Value;
        var f = key.Type.Lookup("__index__") ?? throw Err.Type($"{seqName} indices must be integers or slices, not {TypeName(key)}");
        var r = Index(key);
        return r.IsBig ? (r.Sign < 0 ? long.MinValue : long.MaxValue) : r.Value;
    }

    /// <summary>A machine-size integer from an object with <c>__index__</c> (OverflowError past the range).</summary>
    public static long AsLong(PyObject o)
    {
        var i = Index(o);
        if (i.IsBig)
            throw Err.Overflow("Python int too large to convert to C ssize_t");
        return i.Value;
    }

    /// <summary>An Int32 from an index-like object.</summary>
    public static int AsInt(PyObject o)
    {
        long v = AsLong(o);
        if (v is < int.MinValue or > int.MaxValue)
            throw Err.Overflow("Python int too large to convert to C int");
        return (int)v;
    }

    /// <summary>Resolves a slice against a length: start, stop, step and the number of items (<c>slice.indices</c>).</summary>
    public static (long Start, long Stop, long Step, long Count) SliceIndices(PySlice s, long length)
    {
        long step = 1;
        if (s.Step != PyNone.Instance)
        {
            step = SliceIndex(s.Step);
            if (step == 0)
                throw Err.Value("slice step cannot be zero");
        }
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? length - 1 : length;
        long start = s.Start == PyNone.Instance ? (step < 0 ? upper : lower) : ClampSliceBound(SliceIndex(s.Start), length, lower, upper);
        long stop = s.Stop == PyNone.Instance ? (step < 0 ? lower : upper) : ClampSliceBound(SliceIndex(s.Stop), length, lower, upper);
        long count;
        if (step < 0)
            count = stop < start ? (start - stop - 1) / -step + 1 : 0;
        else
            count = start < stop ? (stop - start - 1) / step + 1 : 0;
        return (start, stop, step, count);
    }

    // A given slice bound: negative ones count from the end; the result lies in [lower, upper].
    private static long ClampSliceBound(long i, long length, long lower, long upper)
    {
        if (i < 0)
            return Math.Max(i + length, lower);
        return Math.Min(i, upper);
    }

    private static long SliceIndex(PyObject o)
    {
        if (o is PyInt i)
            return i.IsBig ? (i.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2) : Math.Clamp(i.Value, long.MinValue / 2, long.MaxValue / 2);
        if (o.Type.Lookup("__index__") == null)
            throw Err.Type("slice indices must be integers or None or have an __index__ method");
        var r = Index(o);
        return r.IsBig ? (r.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2) : Math.Clamp(r.Value, long.MinValue / 2, long.MaxValue / 2);
    }

    /// <summary><c>iter(o)</c>.</summary>
    public static PyObject GetIter(PyObject o) => GetIterOrNull(o) ?? throw Err.Type($"'{TypeName(o)}' object is not iterable");

    /// <summary><c>iter(o)</c>, or null when the object is not iterable.</summary>
    public static PyObject? GetIterOrNull(PyObject o)
    {
        if (o.GetType() == typeof(PyList))
            return new ListIterator((PyList)o);
        if (o.GetType() == typeof(PyTuple))
            return new TupleIterator((PyTuple)o);
        if (o.GetType() == typeof(PyRange))
        {
            var r = (PyRange)o;
            return new RangeIterator(r.Start, r.Step, r.Length);
        }
        if (o.GetType() == typeof(PyDict))
            return new DictIterator((PyDict)o, 0);
        if (o.GetType() == typeof(PyStr))
            return new StrIterator((PyStr)o);
        if (o is PyIterator)
            return o is PyGenerator { Kind: not GeneratorKind.Generator } ? null : o;
        var f = o.Type.Lookup("__iter__");
        if (f != null)
        {
            if (f == PyNone.Instance)
                return null;
            var it = CallMethod(o, f);
            if (it is PyIterator || it.Type.Lookup("__next__") != null)
                return it;
            throw Err.Type($"iter() returned non-iterator of type '{TypeName(it)}'");
        }
        if (o.Type.Lookup("__getitem__") != null && o is not PyDict)
            return new SeqIterator(o);
        return null;
    }

    /// <summary>The next item of an iterator, or null when it is exhausted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? Next(PyObject it)
    {
        if (it is PyIterator pi)
            return pi.Next();
        return NextSlow(it);
    }

    private static PyObject? NextSlow(PyObject it)
    {
        if (it is PyGenerator g)
            return g.NextOrNull();
        var f = it.Type.LookupSlot(PyType.SlotNext, "__next__") ?? throw Err.Type($"'{TypeName(it)}' object is not an iterator");
        try
        {
            if (f is not PyFunction pf)
                return CallMethod(it, f);
            // A __next__ written in Python usually ends with `raise StopIteration`: take it without a .NET throw.
            if (pf.Call1OrRaise(it) is { } item)
                return item;
            var raised = pf.Interp.CurrentThread.TakeRaised();
            if (raised.Is(BuiltinTypes.StopIteration))
                return null;
            throw raised;
        }
        catch (PyException e) when (e.Is(BuiltinTypes.StopIteration))
        {
            return null;
        }
    }
}
