using System;
using System.Collections.Generic;
using System.Text;
using Atoll.Runtime.Builtins;

namespace Atoll.Runtime.Objects;

/// <summary>Set algebra for set, frozenset and dict views.</summary>
internal static class SetOps
{
    public static PySet FromIterable(PyObject o, bool frozen)
    {
        var s = new PySet(frozen);
        AddAll(s, o);
        return s;
    }

    public static void AddAll(PySet s, PyObject o)
    {
        if (o is PySet other)
        {
            int pos = 0;
            while (other.Table.Next(ref pos, out var k, out _))
                s.Table.SetItem(k, other.Table.HashAt(pos - 1), PyNone.Instance);
            return;
        }
        if (o is PyDict d)
        {
            int pos = 0;
            while (d.Next(ref pos, out var k, out _))
                s.Table.SetItem(k, d.HashAt(pos - 1), PyNone.Instance);
            return;
        }
        var it = Ops.GetIter(o);
        while (Ops.Next(it) is { } x)
            s.Add(x);
    }

    public static IEnumerable<PyObject> Items(PySet s)
    {
        int pos = 0;
        while (s.Table.Next(ref pos, out var k, out _))
            yield return k;
    }

    /// <summary>a op b where a is a set; b any iterable when <paramref name="anyIterable"/> (the methods), else sets only.</summary>
    public static PyObject Binary(PySet a, PyObject b, char op, bool anyIterable)
    {
        PySet other;
        if (b is PySet bs)
            other = bs;
        else if (anyIterable || b is PyDictView)
            other = FromIterable(b, true);
        else
            return PyNotImplemented.Instance;
        var r = NewLike(a);
        switch (op)
        {
            case '|':
                AddAll(r, a);
                AddAll(r, other);
                break;
            case '&':
                var (small, big) = a.Count <= other.Count ? (a, other) : (other, a);
                foreach (var x in Items(small))
                {
                    if (big.Contains(x))
                        r.Add(x);
                }
                break;
            case '-':
                foreach (var x in Items(a))
                {
                    if (!other.Contains(x))
                        r.Add(x);
                }
                break;
            default:
                foreach (var x in Items(a))
                {
                    if (!other.Contains(x))
                        r.Add(x);
                }
                foreach (var x in Items(other))
                {
                    if (!a.Contains(x))
                        r.Add(x);
                }
                break;
        }
        return r;
    }

    private static PySet NewLike(PySet a) => new(a.IsFrozen);

    public static bool IsSubset(PySet a, PySet b)
    {
        if (a.Count > b.Count)
            return false;
        foreach (var x in Items(a))
        {
            if (!b.Contains(x))
                return false;
        }
        return true;
    }

    public static bool Compare(PySet a, PySet b, CompareOp op) => op switch
    {
        CompareOp.Eq => a.Count == b.Count && IsSubset(a, b),
        CompareOp.Ne => !(a.Count == b.Count && IsSubset(a, b)),
        CompareOp.Le => IsSubset(a, b),
        CompareOp.Lt => a.Count < b.Count && IsSubset(a, b),
        CompareOp.Ge => IsSubset(b, a),
        _ => a.Count > b.Count && IsSubset(b, a),
    };

    public static string Repr(PySet s)
    {
        string name = s.Type.Name;
        bool exact = s.Type == BuiltinTypes.Set || s.Type == BuiltinTypes.FrozenSet;
        if (s.Count == 0)
            return name + "()";
        var ts = ThreadState.CurrentOrNull;
        if (ts != null && ts.ReprStack.Contains(s))
            return name + "(...)";
        ts?.ReprStack.Add(s);
        try
        {
            var sb = new StringBuilder();
            bool wrap = s.IsFrozen || !exact;
            if (wrap)
                sb.Append(name).Append('(');
            sb.Append('{');
            bool first = true;
            foreach (var x in Items(s))
            {
                if (!first)
                    sb.Append(", ");
                first = false;
                sb.Append(Ops.Repr(x));
            }
            sb.Append('}');
            if (wrap)
                sb.Append(')');
            return sb.ToString();
        }
        finally
        {
            ts?.ReprStack.Remove(s);
        }
    }

    public static long Hash(PySet s)
    {
        // A frozenset's hash depends only on its elements (order-independent), as CPython's shuffle-xor scheme.
        ulong hash = 0;
        foreach (var x in Items(s))
        {
            ulong h = (ulong)Ops.Hash(x);
            hash ^= ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
        }
        hash ^= ((ulong)s.Count + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        long r = (long)hash;
        return r == -1 ? 590923713 : r;
    }
}

public static partial class BuiltinTypes
{
    private static PySet AsSet(PyObject o) => o as PySet ?? throw Err.Type($"descriptor requires a 'set' object but received a '{Ops.TypeName(o)}'");

    private static void DefineSets()
    {
        DefStatic(Set, "__new__", (args, kw) => (PyType)args[0] == Set ? new PySet(false) : new PySetSub((PyType)args[0], false));
        DefN(Set, "__init__", (args, kw) =>
        {
            Args.NoKeywords("set", kw);
            Args.Count("set", args.Length - 1, 0, 1);
            var s = AsSet(args[0]);
            s.Table.Clear();
            if (args.Length > 1)
                SetOps.AddAll(s, args[1]);
            return PyNone.Instance;
        });
        DefStatic(FrozenSet, "__new__", (args, kw) =>
        {
            Args.NoKeywords("frozenset", kw);
            Args.Count("frozenset", args.Length - 1, 0, 1);
            var cls = (PyType)args[0];
            if (cls == FrozenSet && args.Length > 1 && args[1].GetType() == typeof(PySet) && ((PySet)args[1]).IsFrozen)
                return args[1];
            var s = cls == FrozenSet ? new PySet(true) : new PySetSub(cls, true);
            if (args.Length > 1)
                SetOps.AddAll(s, args[1]);
            return s;
        });
        foreach (var t in new[] { Set, FrozenSet })
        {
            Def(t, "__repr__", self => new PyStr(SetOps.Repr(AsSet(self))));
            Def(t, "__len__", self => PyInt.From(AsSet(self).Count));
            Def(t, "__contains__", (self, x) =>
            {
                try
                {
                    return PyBool.From(AsSet(self).Contains(x));
                }
                catch (PyException e) when (e.Is(TypeError) && x is PySet xs && !xs.IsFrozen)
                {
                    return PyBool.From(AsSet(self).Contains(SetOps.FromIterable(xs, true)));
                }
            });
            Def(t, "__iter__", self => new SetIterator(AsSet(self)));
            Def(t, "__or__", (a, b) => SetOps.Binary(AsSet(a), b, '|', false));
            Def(t, "__and__", (a, b) => SetOps.Binary(AsSet(a), b, '&', false));
            Def(t, "__sub__", (a, b) => SetOps.Binary(AsSet(a), b, '-', false));
            Def(t, "__xor__", (a, b) => SetOps.Binary(AsSet(a), b, '^', false));
            Def(t, "__ror__", (a, b) => b is PySet bs ? SetOps.Binary(bs, a, '|', false) : PyNotImplemented.Instance);
            Def(t, "__rand__", (a, b) => b is PySet bs ? SetOps.Binary(bs, a, '&', false) : PyNotImplemented.Instance);
            Def(t, "__rsub__", (a, b) => b is PySet bs ? SetOps.Binary(bs, a, '-', false) : PyNotImplemented.Instance);
            Def(t, "__rxor__", (a, b) => b is PySet bs ? SetOps.Binary(bs, a, '^', false) : PyNotImplemented.Instance);
            foreach (CompareOp op in Enum.GetValues<CompareOp>())
            {
                var o = op;
                string[] names = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
                Def(t, names[(int)o], (a, b) => b is PySet bs ? PyBool.From(SetOps.Compare(AsSet(a), bs, o)) : PyNotImplemented.Instance);
            }
            DefN(t, "union", (args, kw) => SetMulti(args, '|'));
            DefN(t, "intersection", (args, kw) => SetMulti(args, '&'));
            DefN(t, "difference", (args, kw) => SetMulti(args, '-'));
            Def(t, "symmetric_difference", (a, b) => SetOps.Binary(AsSet(a), b, '^', true));
            Def(t, "issubset", (a, b) => PyBool.From(SetOps.IsSubset(AsSet(a), b as PySet ?? SetOps.FromIterable(b, true))));
            Def(t, "issuperset", (a, b) => PyBool.From(SetOps.IsSubset(b as PySet ?? SetOps.FromIterable(b, true), AsSet(a))));
            Def(t, "isdisjoint", (a, b) =>
            {
                var s = AsSet(a);
                var it = Ops.GetIter(b);
                while (Ops.Next(it) is { } x)
                {
                    if (s.Contains(x))
                        return PyBool.False;
                }
                return PyBool.True;
            });
            Def(t, "copy", self => self.GetType() == typeof(PySet) && AsSet(self).IsFrozen ? self : SetOps.FromIterable(AsSet(self), AsSet(self).IsFrozen));
            DefClass(t, "__class_getitem__", (args, kw) => GenericAliasOps.Create(args[0], args[1]));
        }
        Set.Dict.SetStr("__hash__", PyNone.Instance);
        Def(FrozenSet, "__hash__", self =>
        {
            var s = AsSet(self);
            if (s.CachedHash == 0)
                s.CachedHash = SetOps.Hash(s);
            return PyInt.From(s.CachedHash);
        });
        Def(Set, "add", (self, x) =>
        {
            AsSet(self).Add(x);
            return PyNone.Instance;
        });
        Def(Set, "remove", (self, x) => AsSet(self).Table.Remove(x) != null ? PyNone.Instance : throw Err.Key(x));
        Def(Set, "discard", (self, x) =>
        {
            AsSet(self).Table.Remove(x);
            return PyNone.Instance;
        });
        Def(Set, "pop", self =>
        {
            var s = AsSet(self);
            int pos = 0;
            if (!s.Table.Next(ref pos, out var k, out _))
                throw Err.New(KeyError, "pop from an empty set");
            s.Table.Remove(k);
            return k;
        });
        Def(Set, "clear", self =>
        {
            AsSet(self).Table.Clear();
            return PyNone.Instance;
        });
        DefN(Set, "update", (args, kw) =>
        {
            for (int i = 1; i < args.Length; i++)
                SetOps.AddAll(AsSet(args[0]), args[i]);
            return PyNone.Instance;
        });
        foreach (var (name, op) in new[] { ("intersection_update", '&'), ("difference_update", '-'), ("symmetric_difference_update", '^') })
        {
            var o = op;
            DefN(Set, name, (args, kw) =>
            {
                var s = AsSet(args[0]);
                PyObject r = s;
                for (int i = 1; i < args.Length; i++)
                    r = SetOps.Binary((PySet)r, args[i], o, true);
                if (args.Length == 1 && o != '^')
                    return PyNone.Instance;
                var items = new List<PyObject>(SetOps.Items((PySet)r));
                s.Table.Clear();
                foreach (var x in items)
                    s.Add(x);
                return PyNone.Instance;
            });
        }
        foreach (var (name, op) in new[] { ("__ior__", '|'), ("__iand__", '&'), ("__isub__", '-'), ("__ixor__", '^') })
        {
            var o = op;
            Def(Set, name, (a, b) =>
            {
                if (b is not PySet)
                    return PyNotImplemented.Instance;
                var s = AsSet(a);
                var r = (PySet)SetOps.Binary(s, b, o, false);
                var items = new List<PyObject>(SetOps.Items(r));
                s.Table.Clear();
                foreach (var x in items)
                    s.Add(x);
                return s;
            });
        }
    }

    private static PyObject SetMulti(ReadOnlySpan<PyObject> args, char op)
    {
        var s = AsSet(args[0]);
        PyObject r = SetOps.FromIterable(s, s.IsFrozen);
        for (int i = 1; i < args.Length; i++)
            r = SetOps.Binary((PySet)r, args[i], op, true);
        return r;
    }

    private static PyRange AsRange(PyObject o) => (PyRange)o;

    private static void DefineRangeSlice()
    {
        DefStatic(Range, "__new__", (args, kw) =>
        {
            Args.NoKeywords("range", kw);
            int n = args.Length - 1;
            if (n == 0)
                throw Err.Type("range expected at least 1 argument, got 0");
            if (n > 3)
                throw Err.Type($"range expected at most 3 arguments, got {n}");
            long start = 0, stop, step = 1;
            if (n == 1)
            {
                stop = RangeArg(args[1]);
            }
            else
            {
                start = RangeArg(args[1]);
                stop = RangeArg(args[2]);
                if (n == 3)
                {
                    step = RangeArg(args[3]);
                    if (step == 0)
                        throw Err.Value("range() arg 3 must not be zero");
                }
            }
            return new PyRange(start, stop, step);
        });
        Def(Range, "__repr__", self =>
        {
            var r = AsRange(self);
            return new PyStr(r.Step == 1 ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})");
        });
        Def(Range, "__len__", self => PyInt.From(AsRange(self).Length));
        Def(Range, "__bool__", self => PyBool.From(AsRange(self).Length != 0));
        Def(Range, "__iter__", self => new RangeIterator(AsRange(self).Start, AsRange(self).Step, AsRange(self).Length));
        Def(Range, "__reversed__", self =>
        {
            var r = AsRange(self);
            long n = r.Length;
            return new RangeIterator(r.Start + (n - 1) * r.Step, -r.Step, n);
        });
        Def(Range, "__contains__", (self, x) =>
        {
            var r = AsRange(self);
            if (x is PyInt xi && x.Type.IsBuiltin)
            {
                if (xi.IsBig)
                    return PyBool.False;
                long v = xi.Value;
                bool inBounds = r.Step > 0 ? v >= r.Start && v < r.Stop : v <= r.Start && v > r.Stop;
                return PyBool.From(inBounds && (v - r.Start) % r.Step == 0);
            }
            var it = new RangeIterator(r.Start, r.Step, r.Length);
            while (it.Next() is { } y)
            {
                if (Ops.Eq(y, x))
                    return PyBool.True;
            }
            return PyBool.False;
        });
        Def(Range, "__getitem__", (self, k) =>
        {
            var r = AsRange(self);
            long n = r.Length;
            if (k is PySlice s)
            {
                var (start, stop, step, count) = Ops.SliceIndices(s, n);
                return new PyRange(r.Start + start * r.Step, r.Start + start * r.Step + count * step * r.Step, step * r.Step);
            }
            long i = Ops.IndexValue(k, "range");
            if (i < 0)
                i += n;
            if (i < 0 || i >= n)
                throw Err.Index("range object index out of range");
            return PyInt.From(r.Start + i * r.Step);
        });
        Def(Range, "index", (self, x) =>
        {
            var r = AsRange(self);
            if (x is PyInt xi && !xi.IsBig)
            {
                long v = xi.Value;
                bool inBounds = r.Step > 0 ? v >= r.Start && v < r.Stop : v <= r.Start && v > r.Stop;
                if (inBounds && (v - r.Start) % r.Step == 0)
                    return PyInt.From((v - r.Start) / r.Step);
            }
            throw Err.Value($"{Ops.Repr(x)} is not in range");
        });
        Def(Range, "count", (self, x) => PyInt.From(Ops.Contains(self, x) ? 1 : 0));
        Def(Range, "__eq__", (a, b) =>
        {
            if (b is not PyRange rb)
                return PyNotImplemented.Instance;
            var ra = AsRange(a);
            long la = ra.Length, lb = rb.Length;
            if (la != lb)
                return PyBool.False;
            if (la == 0)
                return PyBool.True;
            if (ra.Start != rb.Start)
                return PyBool.False;
            return PyBool.From(la == 1 || ra.Step == rb.Step);
        });
        Def(Range, "__hash__", self =>
        {
            var r = AsRange(self);
            long n = r.Length;
            return PyInt.From(Ops.Hash(PyTuple.Of(PyInt.From(n), n == 0 ? PyNone.Instance : PyInt.From(r.Start), n <= 1 ? PyNone.Instance : PyInt.From(r.Step))));
        });
        Prop(Range, "start", self => PyInt.From(AsRange(self).Start));
        Prop(Range, "stop", self => PyInt.From(AsRange(self).Stop));
        Prop(Range, "step", self => PyInt.From(AsRange(self).Step));

        DefStatic(Slice, "__new__", (args, kw) =>
        {
            Args.NoKeywords("slice", kw);
            int n = args.Length - 1;
            if (n == 0)
                throw Err.Type("slice expected at least 1 argument, got 0");
            if (n > 3)
                throw Err.Type($"slice expected at most 3 arguments, got {n}");
            if (n == 1)
                return new PySlice(PyNone.Instance, args[1], PyNone.Instance);
            return new PySlice(args[1], args[2], n == 3 ? args[3] : PyNone.Instance);
        });
        Def(Slice, "__repr__", self =>
        {
            var s = (PySlice)self;
            return new PyStr($"slice({Ops.Repr(s.Start)}, {Ops.Repr(s.Stop)}, {Ops.Repr(s.Step)})");
        });
        Def(Slice, "indices", (self, len) =>
        {
            var (start, stop, step, _) = Ops.SliceIndices((PySlice)self, Ops.AsLong(len));
            return PyTuple.Of(PyInt.From(start), PyInt.From(stop), PyInt.From(step));
        });
        Def(Slice, "__eq__", (a, b) => b is PySlice sb ? PyBool.From(Ops.Eq(PyTuple.Of(((PySlice)a).Start, ((PySlice)a).Stop, ((PySlice)a).Step), PyTuple.Of(sb.Start, sb.Stop, sb.Step))) : PyNotImplemented.Instance);
        Slice.Dict.SetStr("__hash__", PyNone.Instance);
        Prop(Slice, "start", self => ((PySlice)self).Start);
        Prop(Slice, "stop", self => ((PySlice)self).Stop);
        Prop(Slice, "step", self => ((PySlice)self).Step);
    }

    private static long RangeArg(PyObject o)
    {
        if (o is PyFloat)
            throw Err.Type("'float' object cannot be interpreted as an integer");
        var i = Ops.Index(o);
        if (i.IsBig)
            throw Err.Overflow("Python int too large to convert to C ssize_t");
        return i.Value;
    }
}
