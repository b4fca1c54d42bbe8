using System;
using System.Collections.Generic;
using System.Text;
using Atoll.Runtime.Builtins;

namespace Atoll.Runtime.Objects;

/// <summary>
/// Set algebra for set, frozenset and dict views, following CPython's algorithms where they decide the order in which
/// items enter the result (so results iterate in CPython's order): which operand is iterated, and when a copy is made.
/// </summary>
internal static class SetOps
{
    public static PySet FromIterable(PyObject o, bool frozen)
    {
        var s = new PySet(frozen);
        AddAll(s, o);
        return s;
    }

    /// <summary>A new set of the same kind (set or frozenset; subclasses give the base type) holding <paramref name="o"/>'s items.</summary>
    private static PySet NewLike(PySet a, PyObject? o = null)
    {
        var s = new PySet(a.IsFrozen);
        if (o != null)
            AddAll(s, o);
        return s;
    }

    /// <summary>set.update(o) for one iterable: a set merges in table order, a dict presizes then adds its keys.</summary>
    public static void AddAll(PySet s, PyObject o)
    {
        if (o is PySet other)
        {
            s.Merge(other);
            return;
        }
        if (o.GetType() == typeof(PyDict))
        {
            var d = (PyDict)o;
            s.Reserve(d.Count);
            int pos = 0;
            while (d.Next(ref pos, out var k, out _))
                s.AddEntry(k, d.HashAt(pos - 1));
            return;
        }
        var it = Ops.GetIter(o);
        while (Ops.Next(it) is { } x)
            s.Add(x);
    }

    public static IEnumerable<PyObject> Items(PySet s)
    {
        int pos = 0;
        while (s.Next(ref pos, out var k, out _))
            yield return k;
    }

    /// <summary>a op b where a is a set; b any iterable when <paramref name="anyIterable"/> (the methods), else sets only.</summary>
    public static PyObject Binary(PySet a, PyObject b, char op, bool anyIterable)
    {
        if (!anyIterable && b is not (PySet or PyDictView))
            return PyNotImplemented.Instance;
        switch (op)
        {
            case '|':
                {
                    var r = NewLike(a, a);
                    AddAll(r, b);
                    return r;
                }
            case '&':
                return Intersection(a, b);
            case '-':
                return Difference(a, b);
            default:
                {
                    // symmetric_difference: a copy of the other operand, updated with a.
                    var r = NewLike(a, b);
                    SymmetricDifferenceUpdate(r, a);
                    return r;
                }
        }
    }

    public static PySet Intersection(PySet a, PyObject b)
    {
        if (a == b)
            return NewLike(a, a);
        var r = NewLike(a);
        if (b is PySet bs)
        {
            // Iterate the smaller set, keeping its items.
            var (small, big) = bs.Count > a.Count ? (a, bs) : (bs, a);
            int pos = 0;
            while (small.Next(ref pos, out var k, out long h))
            {
                if (big.Contains(k, h))
                    r.AddEntry(k, h);
            }
            return r;
        }
        var it = Ops.GetIter(b);
        while (Ops.Next(it) is { } x)
        {
            long h = Ops.Hash(x);
            if (a.Contains(x, h))
                r.AddEntry(x, h);
        }
        return r;
    }

    public static PySet Difference(PySet a, PyObject b)
    {
        int otherSize;
        if (a.Count == 0)
            return NewLike(a, a);
        if (b is PySet bs)
            otherSize = bs.Count;
        else if (b.GetType() == typeof(PyDict))
            otherSize = ((PyDict)b).Count;
        else
            return CopyAndDifference(a, b);
        // A much larger a: copy it and remove b's items.
        if ((a.Count >> 2) > otherSize)
            return CopyAndDifference(a, b);
        var r = NewLike(a);
        int pos = 0;
        while (a.Next(ref pos, out var k, out long h))
        {
            bool present = b is PySet s2 ? s2.Contains(k, h) : ((PyDict)b).GetItem(k) != null;
            if (!present)
                r.AddEntry(k, h);
        }
        return r;
    }

    private static PySet CopyAndDifference(PySet a, PyObject b)
    {
        var r = NewLike(a, a);
        DifferenceUpdate(r, b);
        return r;
    }

    public static void DifferenceUpdate(PySet s, PyObject b)
    {
        if (s == b)
        {
            s.Clear();
            return;
        }
        if (b is PySet bs)
        {
            // A much larger other set: only its common part matters.
            if ((bs.Count >> 3) > s.Count)
                bs = Intersection(s, bs);
            int pos = 0;
            while (bs.Next(ref pos, out var k, out long h))
                s.Discard(k, h);
        }
        else
        {
            var it = Ops.GetIter(b);
            while (Ops.Next(it) is { } x)
                s.Discard(x, Ops.Hash(x));
        }
        s.ShrinkAfterRemovals();
    }

    public static void SymmetricDifferenceUpdate(PySet s, PyObject b)
    {
        if (s == b)
        {
            s.Clear();
            return;
        }
        if (b.GetType() == typeof(PyDict))
        {
            var d = (PyDict)b;
            int dpos = 0;
            while (d.Next(ref dpos, out var k, out _))
            {
                long h = d.HashAt(dpos - 1);
                if (!s.Discard(k, h))
                    s.AddEntry(k, h);
            }
            return;
        }
        var other = b as PySet ?? NewLike(s, b);
        int pos = 0;
        while (other.Next(ref pos, out var k, out long h))
        {
            if (!s.Discard(k, h))
                s.AddEntry(k, h);
        }
    }

    public static bool IsSubset(PySet a, PySet b)
    {
        if (a.Count > b.Count)
            return false;
        int pos = 0;
        while (a.Next(ref pos, out var k, out long h))
        {
            if (!b.Contains(k, h))
                return false;
        }
        return true;
    }

    public static bool Compare(PySet a, PySet b, CompareOp op) => op switch
    {
        CompareOp.Eq => Equal(a, b),
        CompareOp.Ne => !Equal(a, b),
        CompareOp.Le => IsSubset(a, b),
        CompareOp.Lt => a.Count < b.Count && IsSubset(a, b),
        CompareOp.Ge => IsSubset(b, a),
        _ => a.Count > b.Count && IsSubset(b, a),
    };

    private static bool Equal(PySet a, PySet b)
    {
        if (a.Count != b.Count)
            return false;
        if (a.CachedHash != 0 && b.CachedHash != 0 && a.CachedHash != b.CachedHash)
            return false;
        return IsSubset(a, b);
    }

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
            int pos = 0;
            while (s.Next(ref pos, out var x, out _))
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
        // Order-independent: the xor of each item's shuffled hash, then the size mixed in and the bits dispersed.
        ulong hash = s.HashXor();
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

    /// <summary>An unhashable set used as a key (x in s, s.remove(x)) stands for the equal frozenset.</summary>
    private static T WithSetKey<T>(PyObject key, Func<PyObject, T> f)
    {
        try
        {
            return f(key);
        }
        catch (PyException e) when (e.Is(TypeError) && key is PySet ks && !ks.IsFrozen)
        {
            return f(SetOps.FromIterable(ks, true));
        }
    }

    private static void DefineSets()
    {
        DefStatic(Set, "__new__", (args, kw) => (PyType)args[0] == Set ? new PySet(false) : new PySetSub((PyType)args[0], false));
        DefN(Set, "__init__", (args, kw) =>
        {
            if (kw is { Length: > 0 } && args[0].Type == Set)
                throw Err.Type("set() takes no keyword arguments");
            Args.Count("set", args.Length - 1 - (kw?.Length ?? 0), 0, 1);
            var s = AsSet(args[0]);
            if (s.Count > 0)
                s.Clear();
            if (args.Length > 1)
                SetOps.AddAll(s, args[1]);
            return PyNone.Instance;
        });
        DefStatic(FrozenSet, "__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            if (kw is { Length: > 0 } && cls == FrozenSet)
                throw Err.Type("frozenset() takes no keyword arguments");
            Args.Count("frozenset", args.Length - 1, 0, 1);
            if (cls == FrozenSet && args.Length > 1 && args[1].GetType() == typeof(PySet) && ((PySet)args[1]).IsFrozen)
                return args[1];
            var s = cls == FrozenSet ? new PySet(true) : new PySetSub(cls, true);
            if (args.Length > 1)
                SetOps.AddAll(s, args[1]);
            return s;
        });
        foreach (var t in new[] { Set, FrozenSet })
        {
            var tname = t.Name;
            Def(t, "__repr__", self => new PyStr(SetOps.Repr(AsSet(self))));
            Def(t, "__len__", self => PyInt.From(AsSet(self).Count));
            Def(t, "__contains__", (self, x) => PyBool.From(WithSetKey(x, AsSet(self).Contains)));
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
            DefN(t, "union", (args, kw) =>
            {
                Args.NoKeywords(tname + ".union", kw);
                var s = AsSet(args[0]);
                var r = new PySet(s.IsFrozen);
                SetOps.AddAll(r, s);
                for (int i = 1; i < args.Length; i++)
                {
                    if (args[i] != s)
                        SetOps.AddAll(r, args[i]);
                }
                return r;
            });
            DefN(t, "intersection", (args, kw) =>
            {
                Args.NoKeywords(tname + ".intersection", kw);
                var s = AsSet(args[0]);
                if (args.Length == 1)
                    return SetOps.FromIterable(s, s.IsFrozen);
                var r = s;
                for (int i = 1; i < args.Length; i++)
                    r = SetOps.Intersection(r, args[i]);
                return r;
            });
            DefN(t, "difference", (args, kw) =>
            {
                Args.NoKeywords(tname + ".difference", kw);
                var s = AsSet(args[0]);
                if (args.Length == 1)
                    return SetOps.FromIterable(s, s.IsFrozen);
                if (args.Length == 2)
                    return SetOps.Difference(s, args[1]);
                var r = SetOps.FromIterable(s, s.IsFrozen);
                for (int i = 1; i < args.Length; i++)
                    SetOps.DifferenceUpdate(r, args[i]);
                return r;
            });
            Def(t, "symmetric_difference", (a, b) => SetOps.Binary(AsSet(a), b, '^', true));
            Def(t, "issubset", (a, b) => PyBool.From(SetOps.IsSubset(AsSet(a), b as PySet ?? SetOps.FromIterable(b, false))));
            Def(t, "issuperset", (a, b) =>
            {
                var s = AsSet(a);
                if (b is PySet bs)
                    return PyBool.From(SetOps.IsSubset(bs, s));
                var it = Ops.GetIter(b);
                while (Ops.Next(it) is { } x)
                {
                    if (!s.Contains(x))
                        return PyBool.False;
                }
                return PyBool.True;
            });
            Def(t, "isdisjoint", (a, b) =>
            {
                var s = AsSet(a);
                if (s == b)
                    return PyBool.From(s.Count == 0);
                if (b is PySet bs)
                {
                    var (small, big) = bs.Count > s.Count ? (s, bs) : (bs, s);
                    int pos = 0;
                    while (small.Next(ref pos, out var k, out long h))
                    {
                        if (big.Contains(k, h))
                            return PyBool.False;
                    }
                    return PyBool.True;
                }
                var it = Ops.GetIter(b);
                while (Ops.Next(it) is { } x)
                {
                    if (s.Contains(x))
                        return PyBool.False;
                }
                return PyBool.True;
            });
            Def(t, "copy", self => self.GetType() == typeof(PySet) && AsSet(self).IsFrozen ? self : SetOps.FromIterable(AsSet(self), AsSet(self).IsFrozen));
            Def(t, "__reduce__", self => PyTuple.Of(self.Type, PyTuple.Of(new PyList([.. SetOps.Items(AsSet(self))], AsSet(self).Count)), self.Dict ?? (PyObject)PyNone.Instance));
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
        Def(Set, "remove", (self, x) => WithSetKey(x, AsSet(self).Remove) ? PyNone.Instance : throw Err.Key(x));
        Def(Set, "discard", (self, x) =>
        {
            WithSetKey(x, AsSet(self).Remove);
            return PyNone.Instance;
        });
        Def(Set, "pop", self => AsSet(self).Pop());
        Def(Set, "clear", self =>
        {
            AsSet(self).Clear();
            return PyNone.Instance;
        });
        DefN(Set, "update", (args, kw) =>
        {
            Args.NoKeywords("set.update", kw);
            for (int i = 1; i < args.Length; i++)
                SetOps.AddAll(AsSet(args[0]), args[i]);
            return PyNone.Instance;
        });
        DefN(Set, "intersection_update", (args, kw) =>
        {
            Args.NoKeywords("set.intersection_update", kw);
            var s = AsSet(args[0]);
            if (args.Length == 1)
                return PyNone.Instance;
            var r = s;
            for (int i = 1; i < args.Length; i++)
                r = SetOps.Intersection(r, args[i]);
            s.TakeContents(r == s ? SetOps.FromIterable(s, false) : r);
            return PyNone.Instance;
        });
        DefN(Set, "difference_update", (args, kw) =>
        {
            Args.NoKeywords("set.difference_update", kw);
            for (int i = 1; i < args.Length; i++)
                SetOps.DifferenceUpdate(AsSet(args[0]), args[i]);
            return PyNone.Instance;
        });
        Def(Set, "symmetric_difference_update", (self, b) =>
        {
            SetOps.SymmetricDifferenceUpdate(AsSet(self), b);
            return PyNone.Instance;
        });
        Def(Set, "__ior__", (a, b) =>
        {
            if (b is not PySet)
                return PyNotImplemented.Instance;
            SetOps.AddAll(AsSet(a), b);
            return a;
        });
        Def(Set, "__iand__", (a, b) =>
        {
            if (b is not PySet)
                return PyNotImplemented.Instance;
            var s = AsSet(a);
            s.TakeContents(SetOps.Intersection(s, b));
            return a;
        });
        Def(Set, "__isub__", (a, b) =>
        {
            if (b is not PySet)
                return PyNotImplemented.Instance;
            SetOps.DifferenceUpdate(AsSet(a), b);
            return a;
        });
        Def(Set, "__ixor__", (a, b) =>
        {
            if (b is not PySet)
                return PyNotImplemented.Instance;
            SetOps.SymmetricDifferenceUpdate(AsSet(a), b);
            return a;
        });
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
