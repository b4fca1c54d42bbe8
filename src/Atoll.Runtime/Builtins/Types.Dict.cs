using System;
using System.Text;
using Atoll.Runtime.Builtins;

namespace Atoll.Runtime.Objects;

/// <summary>A view of a dict's keys, values or items.</summary>
public sealed class PyDictView(PyDict dict, int kind) : PyObject
{
    internal readonly PyDict Dict_ = dict;
    internal readonly int Kind = kind;

    /// <inheritdoc/>
    public override PyType Type => Kind switch
    {
        0 => BuiltinTypes.DictKeys,
        1 => BuiltinTypes.DictValues,
        _ => BuiltinTypes.DictItems,
    };
}

public static partial class BuiltinTypes
{
    private static PyDict AsDict(PyObject o) => o as PyDict ?? throw Err.Type($"descriptor requires a 'dict' object but received a '{Ops.TypeName(o)}'");

    /// <summary>d[key] for dict subclasses: <c>__missing__</c> is consulted.</summary>
    internal static PyObject DictGetItem(PyDict d, PyObject key)
    {
        var v = d.GetItem(key);
        if (v != null)
            return v;
        if (d.GetType() != typeof(PyDict))
        {
            var missing = d.Type.Lookup("__missing__");
            if (missing != null)
                return Ops.CallMethod(d, missing, key);
        }
        throw Err.Key(key);
    }

    private static void DefineDict()
    {
        var t = Dict;
        DefStatic(t, "__new__", (args, kw) => (PyType)args[0] == Dict ? new PyDict() : new PyDictSub((PyType)args[0]));
        DefN(t, "__init__", (args, kw) =>
        {
            DictUpdate(AsDict(args[0]), args[1..], kw, "dict");
            return PyNone.Instance;
        });
        Def(t, "__repr__", self => new PyStr(DictOps.Repr(AsDict(self))));
        Def(t, "__len__", self => PyInt.From(AsDict(self).Count));
        Def(t, "__getitem__", (self, k) => DictGetItem(AsDict(self), k));
        Def(t, "__setitem__", (self, k, v) =>
        {
            AsDict(self).SetItem(k, v);
            return PyNone.Instance;
        });
        Def(t, "__delitem__", (self, k) => AsDict(self).Remove(k) != null ? PyNone.Instance : throw Err.Key(k));
        Def(t, "__contains__", (self, k) => PyBool.From(AsDict(self).GetItem(k) != null));
        Def(t, "__iter__", self => new DictIterator(AsDict(self), 0));
        Def(t, "__reversed__", self => new DictReverseIterator(AsDict(self), 0));
        t.Dict.SetStr("__hash__", PyNone.Instance);
        Def(t, "__eq__", (a, b) => b is PyDict bd ? PyBool.From(DictEquals(AsDict(a), bd)) : PyNotImplemented.Instance);
        Def(t, "__ne__", (a, b) => b is PyDict bd ? PyBool.From(!DictEquals(AsDict(a), bd)) : PyNotImplemented.Instance);
        Def(t, "__or__", (a, b) =>
        {
            if (b is not PyDict bd)
                return PyNotImplemented.Instance;
            var r = AsDict(a).Copy();
            DictOps.Update(r, bd, "");
            return r;
        });
        Def(t, "__ror__", (a, b) =>
        {
            if (b is not PyDict bd)
                return PyNotImplemented.Instance;
            var r = bd.Copy();
            DictOps.Update(r, AsDict(a), "");
            return r;
        });
        Def(t, "__ior__", (a, b) =>
        {
            DictOps.Update(AsDict(a), b, "");
            return a;
        });
        Def(t, "keys", self => new PyDictView(AsDict(self), 0));
        Def(t, "values", self => new PyDictView(AsDict(self), 1));
        Def(t, "items", self => new PyDictView(AsDict(self), 2));
        DefN(t, "get", (args, kw) =>
        {
            Args.NoKeywords("get", kw);
            Args.Count("get", args.Length - 1, 1, 2);
            return AsDict(args[0]).GetItem(args[1]) ?? (args.Length > 2 ? args[2] : PyNone.Instance);
        });
        DefN(t, "setdefault", (args, kw) =>
        {
            Args.NoKeywords("setdefault", kw);
            Args.Count("setdefault", args.Length - 1, 1, 2);
            var d = AsDict(args[0]);
            var v = d.GetItem(args[1]);
            if (v != null)
                return v;
            var dv = args.Length > 2 ? args[2] : PyNone.Instance;
            d.SetItem(args[1], dv);
            return dv;
        });
        DefN(t, "pop", (args, kw) =>
        {
            Args.NoKeywords("pop", kw);
            Args.Count("pop", args.Length - 1, 1, 2);
            var v = AsDict(args[0]).Remove(args[1]);
            if (v != null)
                return v;
            if (args.Length > 2)
                return args[2];
            throw Err.Key(args[1]);
        });
        Def(t, "popitem", self =>
        {
            var d = AsDict(self);
            int pos = int.MaxValue;
            if (!d.Prev(ref pos, out var k, out var v))
                throw Err.New(KeyError, "popitem(): dictionary is empty");
            d.Remove(k);
            return PyTuple.Of(k, v);
        });
        DefN(t, "update", (args, kw) =>
        {
            DictUpdate(AsDict(args[0]), args[1..], kw, "update");
            return PyNone.Instance;
        });
        Def(t, "clear", self =>
        {
            AsDict(self).Clear();
            return PyNone.Instance;
        });
        Def(t, "copy", self => AsDict(self).Copy());
        DefClass(t, "fromkeys", (args, kw) =>
        {
            Args.NoKeywords("fromkeys", kw);
            Args.Count("fromkeys", args.Length - 1, 1, 2);
            var v = args.Length > 2 ? args[2] : PyNone.Instance;
            var d = Ops.Call(args[0]);
            var it = Ops.GetIter(args[1]);
            while (Ops.Next(it) is { } k)
                Ops.SetItem(d, k, v);
            return d;
        });
        DefClass(t, "__class_getitem__", (args, kw) => GenericAliasOps.Create(args[0], args[1]));
        DefineDictViews();
    }

    private static void DictUpdate(PyDict d, ReadOnlySpan<PyObject> args, string[]? kw, string fname)
    {
        int npos = args.Length - (kw?.Length ?? 0);
        if (npos > 1)
            throw Err.Type($"{fname} expected at most 1 argument, got {npos}");
        if (npos == 1)
        {
            var o = args[0];
            if (o is PyDict || Ops.GetAttrOrNull(o, "keys") != null)
                DictOps.Update(d, o, "");
            else
                DictOps.UpdateFromPairs(d, o);
        }
        for (int i = 0; i < (kw?.Length ?? 0); i++)
            d.SetStr(kw![i], args[npos + i]);
    }

    private static bool DictEquals(PyDict a, PyDict b)
    {
        if (a.Count != b.Count)
            return false;
        int pos = 0;
        while (a.Next(ref pos, out var k, out var v))
        {
            var bv = b.GetItem(k);
            if (bv == null || !Ops.Eq(v, bv))
                return false;
        }
        return true;
    }

    private static PyDictView AsView(PyObject o) => o as PyDictView ?? throw Err.Type("bad view");

    private static void DefineDictViews()
    {
        foreach (var (vt, kind) in new[] { (DictKeys, 0), (DictValues, 1), (DictItems, 2) })
        {
            int k = kind;
            Def(vt, "__len__", self => PyInt.From(AsView(self).Dict_.Count));
            Def(vt, "__iter__", self => new DictIterator(AsView(self).Dict_, k));
            Def(vt, "__reversed__", self => new DictReverseIterator(AsView(self).Dict_, k));
            Def(vt, "__repr__", self =>
            {
                var v = AsView(self);
                var sb = new StringBuilder(vt.Name).Append("([");
                int pos = 0;
                bool first = true;
                while (v.Dict_.Next(ref pos, out var key, out var val))
                {
                    if (!first)
                        sb.Append(", ");
                    first = false;
                    sb.Append(k switch
                    {
                        0 => Ops.Repr(key),
                        1 => Ops.Repr(val),
                        _ => "(" + Ops.Repr(key) + ", " + Ops.Repr(val) + ")",
                    });
                }
                return new PyStr(sb.Append("])").ToString());
            });
            if (k != 1)
            {
                Def(vt, "__contains__", (self, x) =>
                {
                    var d = AsView(self).Dict_;
                    if (k == 0)
                        return PyBool.From(d.GetItem(x) != null);
                    if (x is not PyTuple tu || tu.Count != 2)
                        return PyBool.False;
                    var v = d.GetItem(tu.Items[0]);
                    return PyBool.From(v != null && Ops.Eq(v, tu.Items[1]));
                });
                Def(vt, "__eq__", (a, b) => SetLikeCompare(a, b, CompareOp.Eq));
                Def(vt, "__ne__", (a, b) => SetLikeCompare(a, b, CompareOp.Ne));
                Def(vt, "__le__", (a, b) => SetLikeCompare(a, b, CompareOp.Le));
                Def(vt, "__lt__", (a, b) => SetLikeCompare(a, b, CompareOp.Lt));
                Def(vt, "__ge__", (a, b) => SetLikeCompare(a, b, CompareOp.Ge));
                Def(vt, "__gt__", (a, b) => SetLikeCompare(a, b, CompareOp.Gt));
                Def(vt, "__and__", (a, b) => SetOps.Binary(SetOps.FromIterable(a, false), b, '&', false));
                Def(vt, "__or__", (a, b) => SetOps.Binary(SetOps.FromIterable(a, false), b, '|', false));
                Def(vt, "__sub__", (a, b) => SetOps.Binary(SetOps.FromIterable(a, false), b, '-', false));
                Def(vt, "__xor__", (a, b) => SetOps.Binary(SetOps.FromIterable(a, false), b, '^', false));
                Def(vt, "__rand__", (a, b) => SetOps.Binary(SetOps.FromIterable(b, false), a, '&', false));
                Def(vt, "__ror__", (a, b) => SetOps.Binary(SetOps.FromIterable(b, false), a, '|', false));
                Def(vt, "__rsub__", (a, b) => SetOps.Binary(SetOps.FromIterable(b, false), a, '-', false));
                Def(vt, "__rxor__", (a, b) => SetOps.Binary(SetOps.FromIterable(b, false), a, '^', false));
                Def(vt, "isdisjoint", (a, b) =>
                {
                    var s = SetOps.FromIterable(a, false);
                    var it = Ops.GetIter(b);
                    while (Ops.Next(it) is { } x)
                    {
                        if (s.Contains(x))
                            return PyBool.False;
                    }
                    return PyBool.True;
                });
                vt.Dict.SetStr("__hash__", PyNone.Instance);
            }
            Prop(vt, "mapping", self => new PyMappingProxy(AsView(self).Dict_));
        }
    }

    private static PyObject SetLikeCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (b is not (PySet or PyDictView { Kind: not 1 }))
            return PyNotImplemented.Instance;
        var x = SetOps.FromIterable(a, false);
        var y = SetOps.FromIterable(b, false);
        return PyBool.From(SetOps.Compare(x, y, op));
    }
}

/// <summary>Iterates a dict backwards (<c>reversed(d)</c>).</summary>
internal sealed class DictReverseIterator(PyDict dict, int kind) : PyIterator
{
    private PyDict? _dict = dict;
    private int _pos = int.MaxValue;
    private readonly int _count = dict.Count;

    public override PyType Type => kind switch
    {
        0 => BuiltinTypes.DictKeyIterator,
        1 => BuiltinTypes.DictValueIterator,
        _ => BuiltinTypes.DictItemIterator,
    };

    public override PyObject? Next()
    {
        var d = _dict;
        if (d == null)
            return null;
        if (d.Count != _count)
        {
            _dict = null;
            throw Err.Runtime("dictionary changed size during iteration");
        }
        if (!d.Prev(ref _pos, out var k, out var v))
        {
            _dict = null;
            return null;
        }
        return kind switch
        {
            0 => k,
            1 => v,
            _ => new PyTuple([k, v]),
        };
    }
}
