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

    private static void DefineRangeSlice()
    {
        DefineRange();

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
            var n = Ops.Index(len).Big;
            if (n.Sign < 0)
                throw Err.Value("length should not be negative");
            var (start, stop, step) = SliceIndicesBig((PySlice)self, n);
            return PyTuple.Of(BigToInt(start), BigToInt(stop), BigToInt(step));
        });
        // Slices compare as the tuple (start, stop, step); they are hashable since Python 3.12.
        foreach (var (name, op) in new[] { ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
        {
            var o = op;
            Def(Slice, name, (a, b) => b is PySlice sb && a is PySlice sa
                ? (a == b && o is CompareOp.Eq or CompareOp.Le or CompareOp.Ge ? PyBool.True : Ops.Compare(PyTuple.Of(sa.Start, sa.Stop, sa.Step), PyTuple.Of(sb.Start, sb.Stop, sb.Step), o))
                : PyNotImplemented.Instance);
        }
        Def(Slice, "__hash__", self => PyInt.From(Numerics.NumericHash.Slice(Ops.Hash(((PySlice)self).Start), Ops.Hash(((PySlice)self).Stop), Ops.Hash(((PySlice)self).Step))));
        Def(Slice, "__reduce__", self => PyTuple.Of(Slice, PyTuple.Of(((PySlice)self).Start, ((PySlice)self).Stop, ((PySlice)self).Step)));
        Prop(Slice, "start", self => ((PySlice)self).Start);
        Prop(Slice, "stop", self => ((PySlice)self).Stop);
        Prop(Slice, "step", self => ((PySlice)self).Step);
    }
}
