using System;
using Atoll.Runtime.Builtins;

namespace Atoll.Runtime.Objects;

public static partial class BuiltinTypes
{
    private static PyList AsList(PyObject o) => o as PyList ?? throw Err.Type($"descriptor requires a 'list' object but received a '{Ops.TypeName(o)}'");

    private static PyTuple AsTuple(PyObject o) => o as PyTuple ?? throw Err.Type($"descriptor requires a 'tuple' object but received a '{Ops.TypeName(o)}'");

    private static void DefineList()
    {
        var t = List;
        DefStatic(t, "__new__", (args, kw) => (PyType)args[0] == List ? new PyList() : new PyListSub((PyType)args[0]));
        DefN(t, "__init__", (args, kw) =>
        {
            var self = AsList(args[0]);
            Args.NoKeywords("list", kw);
            Args.Count("list", args.Length - 1, 0, 1);
            self.Clear();
            if (args.Length > 1)
                ListOps.Extend(self, args[1]);
            return PyNone.Instance;
        });
        Def(t, "__repr__", self => new PyStr(ListOps.Repr(AsList(self))));
        Def(t, "__len__", self => PyInt.From(AsList(self).Count));
        Def(t, "__getitem__", (self, k) => ListOps.GetItem(AsList(self), k));
        Def(t, "__setitem__", (self, k, v) =>
        {
            ListOps.SetItem(AsList(self), k, v);
            return PyNone.Instance;
        });
        Def(t, "__delitem__", (self, k) =>
        {
            ListOps.DelItem(AsList(self), k);
            return PyNone.Instance;
        });
        Def(t, "__contains__", (self, x) =>
        {
            var l = AsList(self);
            for (int i = 0; i < l.Count; i++)
            {
                if (Ops.Eq(l[i], x))
                    return PyBool.True;
            }
            return PyBool.False;
        });
        Def(t, "__iter__", self => new ListIterator(AsList(self)));
        Def(t, "__reversed__", self => new ListReverseIterator(AsList(self)));
        Def(t, "__add__", (self, o) => o is PyList ol ? ListOps.Concat(AsList(self), ol) : throw Err.Type($"can only concatenate list (not \"{Ops.TypeName(o)}\") to list"));
        Def(t, "__iadd__", (self, o) =>
        {
            ListOps.Extend(AsList(self), o);
            return self;
        });
        Def(t, "__mul__", (self, n) => n is PyInt ni ? ListOps.Repeat(AsList(self), ni) : n.Type.Lookup("__index__") != null ? ListOps.Repeat(AsList(self), Ops.Index(n)) : PyNotImplemented.Instance);
        Def(t, "__rmul__", (self, n) => n is PyInt ni ? ListOps.Repeat(AsList(self), ni) : n.Type.Lookup("__index__") != null ? ListOps.Repeat(AsList(self), Ops.Index(n)) : PyNotImplemented.Instance);
        Def(t, "__imul__", (self, n) => ListOps.InplaceRepeat(AsList(self), n));
        Def(t, "__hash__", self => throw Err.Type("unhashable type: 'list'"));
        t.Dict.SetStr("__hash__", PyNone.Instance);
        DefineSeqComparisons(t, o => o is PyList l ? l.ToArray() : null);
        Def(t, "append", (self, x) =>
        {
            AsList(self).Append(x);
            return PyNone.Instance;
        });
        Def(t, "extend", (self, x) =>
        {
            ListOps.Extend(AsList(self), x);
            return PyNone.Instance;
        });
        Def(t, "insert", (self, i, x) =>
        {
            var l = AsList(self);
            long idx = Ops.AsLong(i);
            if (idx < 0)
                idx = Math.Max(0, idx + l.Count);
            if (idx > l.Count)
                idx = l.Count;
            l.Insert((int)idx, x);
            return PyNone.Instance;
        });
        DefN(t, "pop", (args, kw) =>
        {
            Args.NoKeywords("pop", kw);
            Args.Count("pop", args.Length - 1, 0, 1);
            var l = AsList(args[0]);
            if (l.Count == 0)
                throw Err.Index("pop from empty list");
            long idx = args.Length > 1 ? Ops.AsLong(args[1]) : -1;
            if (idx < 0)
                idx += l.Count;
            if (idx < 0 || idx >= l.Count)
                throw Err.Index("pop index out of range");
            return l.RemoveAt((int)idx);
        });
        Def(t, "remove", (self, x) =>
        {
            var l = AsList(self);
            for (int i = 0; i < l.Count; i++)
            {
                if (Ops.Eq(l[i], x))
                {
                    l.RemoveAt(i);
                    return PyNone.Instance;
                }
            }
            throw Err.Value("list.remove(x): x not in list");
        });
        DefN(t, "index", (args, kw) =>
        {
            Args.NoKeywords("index", kw);
            Args.Count("index", args.Length - 1, 1, 3);
            var l = AsList(args[0]);
            var (start, stop) = SearchRange(args, 2, l.Count);
            for (long i = start; i < stop && i < l.Count; i++)
            {
                if (Ops.Eq(l[(int)i], args[1]))
                    return PyInt.From(i);
            }
            throw Err.Value($"{Ops.Repr(args[1])} is not in list");
        });
        Def(t, "count", (self, x) =>
        {
            var l = AsList(self);
            long n = 0;
            for (int i = 0; i < l.Count; i++)
            {
                if (Ops.Eq(l[i], x))
                    n++;
            }
            return PyInt.From(n);
        });
        Def(t, "clear", self =>
        {
            AsList(self).Clear();
            return PyNone.Instance;
        });
        Def(t, "copy", self => new PyList(AsList(self).ToArray(), AsList(self).Count));
        Def(t, "reverse", self =>
        {
            AsList(self).AsSpan().Reverse();
            return PyNone.Instance;
        });
        DefN(t, "sort", (args, kw) =>
        {
            int npos = args.Length - (kw?.Length ?? 0);
            if (npos > 1)
                throw Err.Type("sort() takes no positional arguments");
            PyObject? key = null;
            bool reverse = false;
            for (int i = 0; i < (kw?.Length ?? 0); i++)
            {
                switch (kw![i])
                {
                    case "key": key = args[npos + i]; break;
                    case "reverse": reverse = Ops.IsTrue(args[npos + i]); break;
                    default: throw Err.Type($"sort() got an unexpected keyword argument '{kw[i]}'");
                }
            }
            ListOps.Sort(AsList(args[0]), key == PyNone.Instance ? null : key, reverse);
            return PyNone.Instance;
        });
        DefClass(t, "__class_getitem__", (args, kw) => GenericAliasOps.Create(args[0], args[1]));
    }

    /// <summary>The optional start/end arguments of index()/count()-like methods, clamped to the length.</summary>
    internal static (long Start, long Stop) SearchRange(ReadOnlySpan<PyObject> args, int first, long length)
    {
        long start = 0, stop = length;
        if (args.Length > first && args[first] != PyNone.Instance)
        {
            start = Ops.IndexValue(args[first], "slice");
            if (start < 0)
                start = Math.Max(0, start + length);
        }
        if (args.Length > first + 1 && args[first + 1] != PyNone.Instance)
        {
            stop = Ops.IndexValue(args[first + 1], "slice");
            if (stop < 0)
                stop = Math.Max(0, stop + length);
        }
        return (start, Math.Min(stop, length));
    }

    /// <summary>Lexicographic comparisons for a sequence type.</summary>
    internal static void DefineSeqComparisons(PyType t, Func<PyObject, PyObject[]?> items)
    {
        foreach (CompareOp op in Enum.GetValues<CompareOp>())
        {
            var o = op;
            string[] names = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
            Def(t, names[(int)o], (a, b) =>
            {
                var x = items(a);
                var y = items(b);
                if (x == null || y == null || !b.Type.IsSubtypeOf(t) && !a.Type.IsSubtypeOf(b.Type))
                    return PyNotImplemented.Instance;
                if (o is CompareOp.Eq or CompareOp.Ne && x.Length != y.Length)
                    return PyBool.From(o == CompareOp.Ne);
                return PyBool.From(Ops.SequenceCompare(x, y, o));
            });
        }
    }

    private static void DefineTuple()
    {
        var t = Tuple;
        DefStatic(t, "__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            Args.NoKeywords("tuple", kw);
            Args.Count("tuple", args.Length - 1, 0, 1);
            PyObject[] items = [];
            if (args.Length > 1)
            {
                if (args[1].GetType() == typeof(PyTuple) && cls == Tuple)
                    return args[1];
                items = ListOps.FromIterable(args[1]).ToArray();
            }
            if (cls == Tuple)
                return items.Length == 0 ? PyTuple.Empty : new PyTuple(items);
            return new PyTupleSub(cls, items);
        });
        Def(t, "__repr__", self => new PyStr(TupleOps.Repr(AsTuple(self))));
        Def(t, "__len__", self => PyInt.From(AsTuple(self).Count));
        Def(t, "__getitem__", (self, k) => TupleOps.GetItem(AsTuple(self), k));
        Def(t, "__contains__", (self, x) =>
        {
            foreach (var item in AsTuple(self).Items)
            {
                if (Ops.Eq(item, x))
                    return PyBool.True;
            }
            return PyBool.False;
        });
        Def(t, "__iter__", self => new TupleIterator(AsTuple(self)));
        Def(t, "__hash__", self =>
        {
            var items = AsTuple(self).Items;
            Span<long> hashes = items.Length <= 32 ? stackalloc long[items.Length] : new long[items.Length];
            for (int i = 0; i < items.Length; i++)
                hashes[i] = Ops.Hash(items[i]);
            return PyInt.From(Numerics.NumericHash.Tuple(hashes));
        });
        Def(t, "__add__", (self, o) => o is PyTuple ot ? TupleOps.Concat(AsTuple(self), ot) : throw Err.Type($"can only concatenate tuple (not \"{Ops.TypeName(o)}\") to tuple"));
        Def(t, "__mul__", (self, n) => n is PyInt ni ? TupleOps.Repeat(AsTuple(self), ni) : PyNotImplemented.Instance);
        Def(t, "__rmul__", (self, n) => n is PyInt ni ? TupleOps.Repeat(AsTuple(self), ni) : PyNotImplemented.Instance);
        Def(t, "__getnewargs__", self => PyTuple.Of(new PyTuple(AsTuple(self).Items)));
        DefineSeqComparisons(t, o => o is PyTuple tu ? tu.Items : null);
        DefN(t, "index", (args, kw) =>
        {
            Args.NoKeywords("index", kw);
            Args.Count("index", args.Length - 1, 1, 3);
            var tu = AsTuple(args[0]);
            var (start, stop) = SearchRange(args, 2, tu.Count);
            for (long i = start; i < stop; i++)
            {
                if (Ops.Eq(tu.Items[i], args[1]))
                    return PyInt.From(i);
            }
            throw Err.Value("tuple.index(x): x not in tuple");
        });
        Def(t, "count", (self, x) =>
        {
            long n = 0;
            foreach (var item in AsTuple(self).Items)
            {
                if (Ops.Eq(item, x))
                    n++;
            }
            return PyInt.From(n);
        });
        DefClass(t, "__class_getitem__", (args, kw) => GenericAliasOps.Create(args[0], args[1]));
    }
}
