using System;
using System.Collections.Generic;

namespace Atoll.Runtime.Objects;

/// <summary>Operations on <c>list</c>.</summary>
internal static class ListOps
{
    public static PyList FromIterable(PyObject o)
    {
        if (o.GetType() == typeof(PyList))
        {
            var src = (PyList)o;
            return new PyList(src.ToArray(), src.Count);
        }
        if (o is PyTuple t)
            return new PyList((PyObject[])t.Items.Clone(), t.Count);
        var it = Ops.GetIter(o);
        int hint = it is PyIterator pi ? Math.Max(0, pi.LengthHint) : 0;
        var l = new PyList(hint);
        while (Ops.Next(it) is { } x)
            l.Append(x);
        return l;
    }

    public static void Extend(PyList l, PyObject other)
    {
        if (other is PyList ol)
        {
            var items = ol.ToArray();
            foreach (var x in items)
                l.Append(x);
            return;
        }
        if (other is PyTuple t)
        {
            foreach (var x in t.Items)
                l.Append(x);
            return;
        }
        var it = Ops.GetIter(other);
        while (Ops.Next(it) is { } x)
            l.Append(x);
    }

    public static PyList Concat(PyList a, PyList b)
    {
        var items = new PyObject[a.Count + b.Count];
        a.AsSpan().CopyTo(items);
        b.AsSpan().CopyTo(items.AsSpan(a.Count));
        return new PyList(items, items.Length);
    }

    /// <summary>The count of a sequence repetition (<c>seq * n</c>): an int that fits an index, as CPython's
    /// <c>PyNumber_AsSsize_t</c> with OverflowError.</summary>
    public static long RepeatCount(PyInt n) => n.IsBig
        ? throw Err.Overflow($"cannot fit '{Ops.TypeName(n)}' into an index-sized integer")
        : n.Value;

    public static PyList Repeat(PyList a, PyInt n)
    {
        long times = RepeatCount(n);
        if (times <= 0 || a.Count == 0)
            return new PyList();
        if (times > int.MaxValue / a.Count)
            throw Err.New(BuiltinTypes.MemoryError, "");
        var items = new PyObject[a.Count * times];
        var src = a.AsSpan();
        for (long i = 0; i < times; i++)
            src.CopyTo(items.AsSpan((int)(i * a.Count)));
        return new PyList(items, items.Length);
    }

    public static PyList InplaceRepeat(PyList l, PyObject n)
    {
        if (n is not PyInt ni)
        {
            if (n.Type.Lookup("__index__") == null)
                throw Err.Type($"can't multiply sequence by non-int of type '{Ops.TypeName(n)}'");
            ni = Ops.Index(n);
        }
        var r = Repeat(l, ni);
        l.SetContents(r._items, r.Count);
        return l;
    }

    public static PyObject GetItem(PyList l, PyObject key)
    {
        if (key is PySlice s)
        {
            var (start, _, step, count) = Ops.SliceIndices(s, l.Count);
            var items = new PyObject[count];
            for (long i = 0, j = start; i < count; i++, j += step)
                items[i] = l[(int)j];
            return new PyList(items, (int)count);
        }
        long idx = Ops.IndexValue(key, "list");
        if (idx < 0)
            idx += l.Count;
        if (idx < 0 || idx >= l.Count)
            throw Err.Index("list index out of range");
        return l[(int)idx];
    }

    public static void SetItem(PyList l, PyObject key, PyObject value)
    {
        if (key is PySlice s)
        {
            SetSlice(l, s, value);
            return;
        }
        long idx = Ops.IndexValue(key, "list");
        if (idx < 0)
            idx += l.Count;
        if (idx < 0 || idx >= l.Count)
            throw Err.Index("list assignment index out of range");
        l[(int)idx] = value;
    }

    private static void SetSlice(PyList l, PySlice s, PyObject value)
    {
        var (start, stop, step, count) = Ops.SliceIndices(s, l.Count);
        PyObject[] vals = value == l ? l.ToArray() : value is PyList vl ? vl.ToArray() : value is PyTuple vt ? vt.Items : FromIterableForSlice(value);
        if (step == 1)
        {
            if (stop < start)
                stop = start;
            int st = (int)start, sp = (int)stop, n = l.Count;
            int newCount = n - (sp - st) + vals.Length;
            if (vals.Length == sp - st)
            {
                // Same length: overwrite in place (the common `a[i:j] = b[j-1:i-1:-1]` shape).
                Array.Copy(vals, 0, l._items, st, vals.Length);
                return;
            }
            var items = new PyObject[Math.Max(newCount, 4)];
            Array.Copy(l._items, 0, items, 0, st);
            Array.Copy(vals, 0, items, st, vals.Length);
            Array.Copy(l._items, sp, items, st + vals.Length, n - sp);
            l.SetContents(items, newCount);
            return;
        }
        if (vals.Length != count)
            throw Err.Value($"attempt to assign sequence of size {vals.Length} to extended slice of size {count}");
        for (long i = 0, j = start; i < count; i++, j += step)
            l[(int)j] = vals[i];
    }

    private static PyObject[] FromIterableForSlice(PyObject v)
    {
        var it = Ops.GetIterOrNull(v) ?? throw Err.Type("must assign iterable to extended slice");
        var list = new List<PyObject>();
        while (Ops.Next(it) is { } x)
            list.Add(x);
        return [.. list];
    }

    public static void DelItem(PyList l, PyObject key)
    {
        if (key is PySlice s)
        {
            var (start, stop, step, count) = Ops.SliceIndices(s, l.Count);
            if (count == 0)
                return;
            if (step < 0)
            {
                start = start + (count - 1) * step;
                step = -step;
            }
            var keep = new List<PyObject>(l.Count - (int)count);
            long next = start;
            long removed = 0;
            for (int i = 0; i < l.Count; i++)
            {
                if (removed < count && i == next)
                {
                    removed++;
                    next += step;
                    continue;
                }
                keep.Add(l[i]);
            }
            l.SetContents([.. keep], keep.Count);
            return;
        }
        long idx = Ops.IndexValue(key, "list");
        if (idx < 0)
            idx += l.Count;
        if (idx < 0 || idx >= l.Count)
            throw Err.Index("list assignment index out of range");
        l.RemoveAt((int)idx);
    }

    /// <summary>A stable sort (merge sort with insertion runs) by <c>&lt;</c>, as list.sort promises.</summary>
    public static void Sort(PyList l, PyObject? key, bool reverse)
    {
        int n = l.Count;
        var items = l.ToArray();
        // While sorting, the list appears empty (CPython raises if it is modified meanwhile).
        l.SetContents([], 0);
        try
        {
            var keys = new PyObject[n];
            for (int i = 0; i < n; i++)
                keys[i] = key == null ? items[i] : Ops.Call(key, items[i]);
            var idx = new int[n];
            for (int i = 0; i < n; i++)
                idx[i] = i;
            if (reverse)
            {
                Array.Reverse(idx);
                Array.Reverse(keys);
            }
            SortKeys(idx, keys);
            if (reverse)
                Array.Reverse(idx);
            var result = new PyObject[n];
            for (int i = 0; i < n; i++)
                result[i] = items[idx[i]];
            if (l.Count != 0)
                throw Err.Value("list modified during sort");
            items = result;
        }
        finally
        {
            l.SetContents(items, n);
        }
    }

    // Stable merge sort of keys, moving each key's original position along with it. For reverse=True the positions
    // come pre-reversed and are reversed again afterwards, so equal elements keep their original order (as CPython's
    // sort guarantees). Keys of one simple kind are sorted as plain values (long, double, string): comparisons need no
    // type checks and the merges read the keys in order.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void MergeSort<T, TLess>(T[] keys, int[] idx, TLess cmp)
        where TLess : struct, ILess<T>
    {
        int n = idx.Length;
        const int Run = 16;
        for (int lo = 0; lo < n; lo += Run)
        {
            int hi = Math.Min(lo + Run, n);
            for (int i = lo + 1; i < hi; i++)
            {
                var x = keys[i];
                if (!cmp.Less(x, keys[i - 1]))
                    continue;
                // Binary insertion after any equal keys (stable).
                int left = lo, right = i - 1;
                while (left < right)
                {
                    int m = (left + right) >>> 1;
                    if (cmp.Less(x, keys[m]))
                        right = m;
                    else
                        left = m + 1;
                }
                int xi = idx[i];
                Array.Copy(keys, left, keys, left + 1, i - left);
                Array.Copy(idx, left, idx, left + 1, i - left);
                ArrayStore.Set(keys, left, x);
                idx[left] = xi;
            }
        }
        if (n <= Run)
            return;
        var tmpKeys = new T[n];
        var tmpIdx = new int[n];
        for (int width = Run; width < n; width *= 2)
        {
            for (int lo = 0; lo < n - width; lo += 2 * width)
            {
                int mid = lo + width, hi = Math.Min(lo + 2 * width, n);
                if (!cmp.Less(keys[mid], keys[mid - 1]))
                    continue; // already in order
                Array.Copy(keys, lo, tmpKeys, lo, hi - lo);
                Array.Copy(idx, lo, tmpIdx, lo, hi - lo);
                int a = lo, b = mid, k = lo;
                while (a < mid && b < hi)
                {
                    if (cmp.Less(tmpKeys[b], tmpKeys[a]))
                    {
                        ArrayStore.Set(keys, k, tmpKeys[b]);
                        idx[k++] = tmpIdx[b++];
                    }
                    else
                    {
                        ArrayStore.Set(keys, k, tmpKeys[a]);
                        idx[k++] = tmpIdx[a++];
                    }
                }
                Array.Copy(tmpKeys, a, keys, k, mid - a);
                Array.Copy(tmpIdx, a, idx, k, mid - a);
                k += mid - a;
                Array.Copy(tmpKeys, b, keys, k, hi - b);
                Array.Copy(tmpIdx, b, idx, k, hi - b);
            }
        }
    }

    /// <summary>The "less than" a sort uses; a struct so the JIT specializes the merge sort for each kind of key.</summary>
    private interface ILess<T>
    {
        bool Less(T a, T b);
    }

    private readonly struct GeneralLess : ILess<PyObject>
    {
        public bool Less(PyObject a, PyObject b) => Ops.LessThan(a, b);
    }

    private readonly struct LongLess : ILess<long>
    {
        public bool Less(long a, long b) => a < b;
    }

    private readonly struct DoubleLess : ILess<double>
    {
        public bool Less(double a, double b) => a < b;
    }

    private readonly struct StringLess : ILess<string>
    {
        public bool Less(string a, string b) => StrOps.Compare(a, b) < 0;
    }

    // The first items of tuple keys, compared as the plain values above.
    private readonly struct LongItemLess : ILess<PyObject>
    {
        public bool Less(PyObject a, PyObject b) => ((PyInt)a).Value < ((PyInt)b).Value;
    }

    private readonly struct DoubleItemLess : ILess<PyObject>
    {
        public bool Less(PyObject a, PyObject b) => ((PyFloat)a).Value < ((PyFloat)b).Value;
    }

    private readonly struct StringItemLess : ILess<PyObject>
    {
        public bool Less(PyObject a, PyObject b) => StrOps.Compare(((PyStr)a).Value, ((PyStr)b).Value) < 0;
    }

    // Tuples whose first items are all of one simple kind (CPython's sort does the same): the first items decide most
    // comparisons without the protocol; equal first items leave the rest to the general tuple comparison.
    private readonly struct TupleLess<TFirst> : ILess<PyObject>
        where TFirst : struct, ILess<PyObject>
    {
        public bool Less(PyObject a, PyObject b)
        {
            var x = ((PyTuple)a).Items;
            var y = ((PyTuple)b).Items;
            if (default(TFirst).Less(x[0], y[0]))
                return true;
            if (default(TFirst).Less(y[0], x[0]))
                return false;
            return Ops.SequenceCompare(x.AsSpan(1), y.AsSpan(1), CompareOp.Lt);
        }
    }

    private static long LongOf(PyObject o) => ((PyInt)o).Value;

    private static double DoubleOf(PyObject o) => ((PyFloat)o).Value;

    private static string StringOf(PyObject o) => ((PyStr)o).Value;

    /// <summary>Sorts <paramref name="idx"/> (positions) by <paramref name="keys"/> (the key of each position, in the
    /// same order), reordering both.</summary>
    private static void SortKeys(int[] idx, PyObject[] keys)
    {
        var kind = UniformKind(keys, firstItems: false);
        if (kind == typeof(PyInt))
            MergeSort(Array.ConvertAll(keys, LongOf), idx, default(LongLess));
        else if (kind == typeof(PyStr))
            MergeSort(Array.ConvertAll(keys, StringOf), idx, default(StringLess));
        else if (kind == typeof(PyFloat))
            MergeSort(Array.ConvertAll(keys, DoubleOf), idx, default(DoubleLess));
        else if (kind == typeof(PyTuple) && UniformKind(keys, firstItems: true) is { } first)
        {
            if (first == typeof(PyInt))
                MergeSort(keys, idx, default(TupleLess<LongItemLess>));
            else if (first == typeof(PyStr))
                MergeSort(keys, idx, default(TupleLess<StringItemLess>));
            else
                MergeSort(keys, idx, default(TupleLess<DoubleItemLess>));
        }
        else
            MergeSort(keys, idx, default(GeneralLess));
    }

    /// <summary>The one type of all keys (or of all their first items) when it is exact int (small), str or float (not
    /// NaN), or for keys, tuple; null otherwise.</summary>
    private static Type? UniformKind(PyObject[] keys, bool firstItems)
    {
        Type? kind = null;
        foreach (var key in keys)
        {
            var k = key;
            if (firstItems)
            {
                var items = ((PyTuple)key).Items;
                if (items.Length == 0)
                    return null;
                k = items[0];
            }
            var t = k.GetType();
            kind ??= t;
            if (t != kind || (t == typeof(PyInt) && ((PyInt)k).IsBig) || (t == typeof(PyFloat) && double.IsNaN(((PyFloat)k).Value)))
                return null;
        }
        return kind == typeof(PyInt) || kind == typeof(PyStr) || kind == typeof(PyFloat) || (kind == typeof(PyTuple) && !firstItems) ? kind : null;
    }

    public static string Repr(PyList l)
    {
        var ts = ThreadState.CurrentOrNull;
        if (ts != null && ts.ReprStack.Contains(l))
            return "[...]";
        ts?.ReprStack.Add(l);
        try
        {
            var sb = new System.Text.StringBuilder("[");
            for (int i = 0; i < l.Count; i++)
            {
                if (i > 0)
                    sb.Append(", ");
                sb.Append(Ops.Repr(l[i]));
            }
            return sb.Append(']').ToString();
        }
        finally
        {
            ts?.ReprStack.Remove(l);
        }
    }
}

/// <summary>Operations on <c>tuple</c>.</summary>
internal static class TupleOps
{
    public static PyTuple Concat(PyTuple a, PyTuple b)
    {
        if (b.Count == 0 && a.GetType() == typeof(PyTuple))
            return a;
        if (a.Count == 0 && b.GetType() == typeof(PyTuple))
            return b;
        var items = new PyObject[a.Count + b.Count];
        a.Items.CopyTo(items, 0);
        b.Items.CopyTo(items, a.Count);
        return new PyTuple(items);
    }

    public static PyTuple Repeat(PyTuple a, PyInt n)
    {
        long times = ListOps.RepeatCount(n);
        if (times <= 0 || a.Count == 0)
            return PyTuple.Empty;
        if (times == 1 && a.GetType() == typeof(PyTuple))
            return a;
        if (times > int.MaxValue / a.Count)
            throw Err.New(BuiltinTypes.MemoryError, "");
        var items = new PyObject[a.Count * times];
        for (long i = 0; i < times; i++)
            a.Items.CopyTo(items, (int)(i * a.Count));
        return new PyTuple(items);
    }

    public static PyObject GetItem(PyTuple t, PyObject key)
    {
        if (key is PySlice s)
        {
            var (start, _, step, count) = Ops.SliceIndices(s, t.Count);
            if (step == 1 && count == t.Count && t.GetType() == typeof(PyTuple))
                return t;
            var items = new PyObject[count];
            for (long i = 0, j = start; i < count; i++, j += step)
                items[i] = t.Items[j];
            return count == 0 ? PyTuple.Empty : new PyTuple(items);
        }
        long idx = Ops.IndexValue(key, "tuple");
        if (idx < 0)
            idx += t.Count;
        if (idx < 0 || idx >= t.Count)
            throw Err.Index("tuple index out of range");
        return t.Items[idx];
    }

    public static string Repr(PyTuple t)
    {
        if (t.Count == 0)
            return "()";
        var ts = ThreadState.CurrentOrNull;
        if (ts != null && ts.ReprStack.Contains(t))
            return "(...)";
        ts?.ReprStack.Add(t);
        try
        {
            var sb = new System.Text.StringBuilder("(");
            for (int i = 0; i < t.Count; i++)
            {
                if (i > 0)
                    sb.Append(", ");
                sb.Append(Ops.Repr(t.Items[i]));
            }
            if (t.Count == 1)
                sb.Append(',');
            return sb.Append(')').ToString();
        }
        finally
        {
            ts?.ReprStack.Remove(t);
        }
    }
}

/// <summary>Operations on <c>dict</c>.</summary>
internal static class DictOps
{
    /// <summary><c>d.update(other)</c> / <c>{**other}</c>: a mapping (keys()) or an iterable of pairs.</summary>
    public static void Update(PyDict d, PyObject other, string notMappingError)
    {
        if (other is PyDict od)
        {
            int pos = 0;
            while (od.Next(ref pos, out var k, out var v))
                d.SetItem(k, od.HashAt(pos - 1), v);
            return;
        }
        var keys = Ops.GetAttrOrNull(other, "keys");
        if (keys != null)
        {
            var it = Ops.GetIter(Ops.Call(keys));
            while (Ops.Next(it) is { } k)
                d.SetItem(k, Ops.GetItem(other, k));
            return;
        }
        if (notMappingError.Length > 0)
            throw Err.Type(notMappingError);
        UpdateFromPairs(d, other);
    }

    public static void UpdateFromPairs(PyDict d, PyObject other)
    {
        var pairs = Ops.GetIter(other);
        int index = 0;
        while (Ops.Next(pairs) is { } item)
        {
            var it = Ops.GetIterOrNull(item) ?? throw Err.Type($"cannot convert dictionary update sequence element #{index} to a sequence");
            var k = Ops.Next(it);
            var v = k == null ? null : Ops.Next(it);
            if (k == null || v == null || Ops.Next(it) != null)
            {
                int len = item is PyTuple t ? t.Count : item is PyList l ? l.Count : (k == null ? 0 : v == null ? 1 : 3);
                throw Err.Value($"dictionary update sequence element #{index} has length {len}; 2 is required");
            }
            d.SetItem(k, v);
            index++;
        }
    }

    public static string Repr(PyDict d)
    {
        if (d.Count == 0)
            return "{}";
        var ts = ThreadState.CurrentOrNull;
        if (ts != null && ts.ReprStack.Contains(d))
            return "{...}";
        ts?.ReprStack.Add(d);
        try
        {
            var sb = new System.Text.StringBuilder("{");
            int pos = 0;
            bool first = true;
            while (d.Next(ref pos, out var k, out var v))
            {
                if (!first)
                    sb.Append(", ");
                first = false;
                sb.Append(Ops.Repr(k)).Append(": ").Append(Ops.Repr(v));
            }
            return sb.Append('}').ToString();
        }
        finally
        {
            ts?.ReprStack.Remove(d);
        }
    }
}
