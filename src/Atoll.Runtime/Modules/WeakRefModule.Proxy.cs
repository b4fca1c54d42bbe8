using System;
using Atoll.Runtime.Objects;
using static Atoll.Runtime.Objects.BuiltinTypes;

namespace Atoll.Runtime.Modules;

/// <summary>
/// <c>weakref.ProxyType</c> and <c>CallableProxyType</c>: every operation is forwarded to the referent (proxies among
/// the operands are replaced by their referents first); once the referent is gone, every operation raises
/// ReferenceError. A proxy is not hashable.
/// </summary>
internal static partial class WeakRefTypes
{
    private static PyObject Referent(PyObject proxy)
    {
        var w = proxy as PyWeakRef ?? throw Err.Type($"descriptor requires a 'weakref.ProxyType' object but received '{Ops.TypeName(proxy)}'");
        return w.Target ?? throw Err.New(ReferenceError, "weakly-referenced object no longer exists");
    }

    // An operand: a proxy stands for its referent.
    private static PyObject Unwrap(PyObject o) => o is PyWeakRef w && w.IsProxy ? Referent(w) : o;

    private static PyObject Builtin(string name, PyObject arg)
    {
        var f = Current.BuiltinsDict.GetStr(PyStr.Intern(name)) ?? throw Err.System($"builtin {name} is missing");
        return Ops.Call(f, arg);
    }

    private static void DefineProxy(PyType t, bool callable)
    {
        DefStatic(t, "__new__", (args, kw) => throw Err.Type($"cannot create '{((PyType)args[0]).TpName}' instances"));
        Def(t, "__getattribute__", (self, name) => Ops.GetAttr(Referent(self), name as PyStr ?? throw Err.Type($"attribute name must be string, not '{Ops.TypeName(name)}'")));
        Def(t, "__setattr__", (self, name, value) =>
        {
            Ops.SetAttr(Referent(self), name as PyStr ?? throw Err.Type($"attribute name must be string, not '{Ops.TypeName(name)}'"), value);
            return PyNone.Instance;
        });
        Def(t, "__delattr__", (self, name) =>
        {
            Ops.DelAttr(Referent(self), name as PyStr ?? throw Err.Type($"attribute name must be string, not '{Ops.TypeName(name)}'"));
            return PyNone.Instance;
        });
        Def(t, "__repr__", self =>
        {
            var w = (PyWeakRef)self;
            var target = w.Target;
            return new PyStr(target == null
                ? $"<weakproxy at {Address(w)}; dead>"
                : $"<weakproxy at {Address(w)}; to '{Ops.TypeName(target)}' at {Address(target)}>");
        });
        Def(t, "__str__", self => Ops.StrObject(Referent(self)));
        Def(t, "__bytes__", self => Ops.Call(Bytes, Referent(self)));
        Def(t, "__hash__", self => throw Err.Type($"unhashable type: '{Ops.TypeName(self)}'"));
        Def(t, "__bool__", self => PyBool.From(Ops.IsTrue(Referent(self))));
        Def(t, "__len__", self => PyInt.From(Ops.Len(Referent(self))));
        Def(t, "__iter__", self => Ops.GetIter(Referent(self)));
        Def(t, "__next__", self =>
        {
            var o = Referent(self);
            if (o.Type.Lookup("__next__") == null)
                throw Err.Type($"Weakref proxy referenced a non-iterator '{Ops.TypeName(o)}' object");
            return Ops.Next(o) ?? throw Err.StopIteration(null);
        });
        Def(t, "__reversed__", self => Ops.Call(Reversed, Referent(self)));
        Def(t, "__contains__", (self, x) => PyBool.From(Ops.Contains(Referent(self), Unwrap(x))));
        Def(t, "__getitem__", (self, k) => Ops.GetItem(Referent(self), Unwrap(k)));
        Def(t, "__setitem__", (self, k, v) =>
        {
            Ops.SetItem(Referent(self), Unwrap(k), Unwrap(v));
            return PyNone.Instance;
        });
        Def(t, "__delitem__", (self, k) =>
        {
            Ops.DelItem(Referent(self), Unwrap(k));
            return PyNone.Instance;
        });
        Def(t, "__neg__", self => Ops.Neg(Referent(self)));
        Def(t, "__pos__", self => Ops.Pos(Referent(self)));
        Def(t, "__invert__", self => Ops.Invert(Referent(self)));
        Def(t, "__abs__", self => Builtin("abs", Referent(self)));
        Def(t, "__int__", self => Ops.Call(Int, Referent(self)));
        Def(t, "__float__", self => Ops.Call(Float, Referent(self)));
        Def(t, "__index__", self => Ops.Index(Referent(self)));
        foreach (var op in Enum.GetValues<BinOp>())
        {
            var bop = op;
            int i = (int)op;
            if (bop == BinOp.Pow)
            {
                DefN(t, "__pow__", (args, kw) => Pow(args, reflected: false));
                DefN(t, "__rpow__", (args, kw) => Pow(args, reflected: true));
            }
            else
            {
                Def(t, Ops.BinDunder[i], (self, other) => Ops.Binary(Referent(self), Unwrap(other), bop));
                Def(t, Ops.BinRDunder[i], (self, other) => Ops.Binary(Unwrap(other), Referent(self), bop));
            }
            Def(t, Ops.BinIDunder[i], (self, other) => Ops.Inplace(Referent(self), Unwrap(other), bop));
        }
        Def(t, "__divmod__", (self, other) => Divmod(Referent(self), Unwrap(other)));
        Def(t, "__rdivmod__", (self, other) => Divmod(Unwrap(other), Referent(self)));
        foreach (var op in new[] { CompareOp.Lt, CompareOp.Le, CompareOp.Eq, CompareOp.Ne, CompareOp.Gt, CompareOp.Ge })
        {
            var cmp = op;
            Def(t, CompareName(cmp), (self, other) => Ops.Compare(Referent(self), Unwrap(other), cmp));
        }
        if (callable)
            DefN(t, "__call__", (args, kw) => Ops.Call(Referent(args[0]), args[1..], kw));
    }

    private static PyObject Divmod(PyObject a, PyObject b)
    {
        var f = Current.BuiltinsDict.GetStr(PyStr.Intern("divmod")) ?? throw Err.System("builtin divmod is missing");
        return Ops.Call(f, a, b);
    }

    private static PyObject Pow(ReadOnlySpan<PyObject> args, bool reflected)
    {
        if (args.Length < 2 || args.Length > 3)
            throw Err.Type($"expected 1 or 2 arguments, got {args.Length - 1}");
        var self = Referent(args[0]);
        var other = Unwrap(args[1]);
        if (args.Length == 3 && args[2] != PyNone.Instance)
            return reflected ? Ops.Pow3(other, self, Unwrap(args[2])) : Ops.Pow3(self, other, Unwrap(args[2]));
        return reflected ? Ops.Binary(other, self, BinOp.Pow) : Ops.Binary(self, other, BinOp.Pow);
    }
}
