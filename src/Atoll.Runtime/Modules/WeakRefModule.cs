using System;
using System.Runtime.CompilerServices;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Objects;
using static Atoll.Runtime.Objects.BuiltinTypes;

namespace Atoll.Runtime.Modules;

/// <summary>
/// The <c>_weakref</c> module: <c>ref</c> (<c>weakref.ReferenceType</c>), <c>proxy</c> and the proxy types,
/// <c>getweakrefcount</c>, <c>getweakrefs</c>, <c>_remove_dead_weakref</c>. The Python-level <c>weakref</c> module
/// (Lib/weakref.py) builds the dictionaries, sets, <c>WeakMethod</c> and <c>finalize</c> on it.
/// See docs.python.org/3/library/weakref.html.
/// </summary>
internal static class WeakRefModule
{
    public static readonly NativeModuleDef Def = new("_weakref", m =>
    {
        m.Value("ref", WeakRefTypes.Ref);
        m.Value("ReferenceType", WeakRefTypes.Ref);
        m.Value("ProxyType", WeakRefTypes.Proxy);
        m.Value("CallableProxyType", WeakRefTypes.CallableProxy);
        m.Fn("proxy", (args, kw) =>
        {
            if (kw is { Length: > 0 })
                throw Err.Type("proxy() takes no keyword arguments");
            CheckCount("proxy", args.Length);
            var callback = args.Length > 1 && args[1] != PyNone.Instance ? args[1] : null;
            return WeakRefTypes.NewProxy(args[0], callback);
        });
        m.Fn1("getweakrefcount", o => PyInt.From(WeakRefTypes.CellOrNull(o)?.LiveCount() ?? 0));
        m.Fn1("getweakrefs", o =>
        {
            var list = new PyList();
            if (WeakRefTypes.CellOrNull(o) is { } cell)
            {
                foreach (var w in cell.Live())
                    list.Append(w);
            }
            return list;
        });
        m.Fn2("_remove_dead_weakref", (d, key) =>
        {
            // Deletes d[key] if it is a dead weak reference: WeakValueDictionary's callback, which must not remove
            // a live value stored under the same key meanwhile.
            var dict = d as PyDict ?? throw Err.Type($"_remove_dead_weakref() argument 1 must be dict, not {Ops.TypeName(d)}");
            if (dict.GetItem(key) is PyWeakRef w && w.Target == null)
                dict.Remove(key);
            return PyNone.Instance;
        });
    });

    /// <summary>Checks the positional count of <c>ref()</c>/<c>proxy()</c> (1 or 2), with CPython's messages.</summary>
    internal static void CheckCount(string name, int n)
    {
        if (n < 1)
            throw Err.Type($"{name} expected at least 1 argument, got {n}");
        if (n > 2)
            throw Err.Type($"{name} expected at most 2 arguments, got {n}");
    }
}

/// <summary>The weak reference types: shared by every interpreter like the builtin types.</summary>
internal static partial class WeakRefTypes
{
    public static readonly PyType Ref = NewNativeType("ReferenceType", "weakref", DefineRef, final: false, weakRefable: false);
    public static readonly PyType Proxy = NewNativeType("ProxyType", "weakref", t => DefineProxy(t, callable: false), weakRefable: false);
    public static readonly PyType CallableProxy = NewNativeType("CallableProxyType", "weakref", t => DefineProxy(t, callable: true), weakRefable: false);

    private static Interpreter Current => ThreadState.Current.Interp;

    /// <summary>The referent's cell in the calling interpreter, or null when it has none (no weak reference yet).</summary>
    internal static WeakCell? CellOrNull(PyObject o) => Current.WeakCells is { } t && t.TryGetValue(o, out var s) ? s.Cell : null;

    /// <summary><c>o.__weakref__</c>: the first weak reference to <paramref name="o"/> in this interpreter, or None.</summary>
    internal static PyObject FirstWeakRef(PyObject o)
    {
        if (CellOrNull(o) is { } cell && cell.Live() is { Count: > 0 } live)
            return live[0];
        return PyNone.Instance;
    }

    private static WeakCell CellFor(PyObject o)
    {
        if (!o.Type.WeakRefable)
            throw Err.Type($"cannot create weak reference to '{Ops.TypeName(o)}' object");
        var interp = Current;
        return WeakCell.Of(o, interp.WeakCells ??= new ConditionalWeakTable<PyObject, WeakCell.Sentinel>(), interp.PendingCalls);
    }

    /// <summary><c>ref(o, callback)</c> for <paramref name="type"/> (ref or a subclass).</summary>
    internal static PyWeakRef NewRef(PyType type, PyObject o, PyObject? callback)
    {
        var cell = CellFor(o);
        if (callback == null && type == Ref && cell.FindBasic(proxy: false) is { } basic)
            return basic;
        var w = new PyWeakRef(type, cell, callback);
        cell.Add(w);
        return w;
    }

    /// <summary><c>proxy(o, callback)</c>: a callable proxy when the referent is callable.</summary>
    internal static PyWeakRef NewProxy(PyObject o, PyObject? callback)
    {
        var cell = CellFor(o);
        if (callback == null && cell.FindBasic(proxy: true) is { } basic)
            return basic;
        var w = new PyWeakRef(Ops.IsCallable(o) ? CallableProxy : Proxy, cell, callback);
        cell.Add(w);
        return w;
    }

    private static PyWeakRef AsRef(PyObject o) => o as PyWeakRef ?? throw Err.Type($"descriptor requires a 'weakref.ReferenceType' object but received '{Ops.TypeName(o)}'");

    private static string Address(PyObject o) => $"0x{Current.IdOf(o):x}";

    private static void DefineRef(PyType t)
    {
        DefStatic(t, "__new__", (args, kw) =>
        {
            if (args.Length == 0 || args[0] is not PyType cls)
                throw Err.Type("ReferenceType.__new__(X): X is not a type object");
            if (!cls.IsSubtypeOf(Ref))
                throw Err.Type($"ReferenceType.__new__({cls.Name}): {cls.Name} is not a subtype of ReferenceType");
            // Keywords go to a subclass's __init__; ref itself takes none (checked by __init__).
            int n = args.Length - 1 - (kw?.Length ?? 0);
            WeakRefModule.CheckCount("__new__", n);
            var callback = n > 1 && args[2] != PyNone.Instance ? args[2] : null;
            return NewRef(cls, args[1], callback);
        });
        DefN(t, "__init__", (args, kw) =>
        {
            if (kw is { Length: > 0 } && args[0].Type == Ref)
                throw Err.Type("ref() takes no keyword arguments");
            int n = args.Length - 1 - (kw?.Length ?? 0);
            WeakRefModule.CheckCount("__init__", n);
            return PyNone.Instance;
        });
        DefN(t, "__call__", (args, kw) =>
        {
            var self = AsRef(args[0]);
            if (kw is { Length: > 0 })
                throw Err.Type("weakref() takes no keyword arguments");
            if (args.Length > 1)
                throw Err.Type($"weakref expected 0 arguments, got {args.Length - 1}");
            return self.Target ?? PyNone.Instance;
        });
        Prop(t, "__callback__", self => AsRef(self).Callback ?? PyNone.Instance);
        Def(t, "__hash__", self =>
        {
            var w = AsRef(self);
            if (!w.HasHash)
            {
                var target = w.Target ?? throw Err.Type("weak object has gone away");
                w.Hash = Ops.Hash(target);
                w.HasHash = true;
            }
            return PyInt.From(w.Hash);
        });
        foreach (var op in new[] { CompareOp.Lt, CompareOp.Le, CompareOp.Eq, CompareOp.Ne, CompareOp.Gt, CompareOp.Ge })
        {
            var cmp = op;
            Def(t, CompareName(cmp), (self, other) => RefCompare(AsRef(self), other, cmp));
        }
        Def(t, "__repr__", self =>
        {
            var w = AsRef(self);
            var target = w.Target;
            if (target == null)
                return new PyStr($"<weakref at {Address(w)}; dead>");
            var name = Ops.GetAttrOrNull(target, "__name__");
            string suffix = name is PyStr ns ? $" ({ns.Value})" : "";
            return new PyStr($"<weakref at {Address(w)}; to '{Ops.TypeName(target)}' at {Address(target)}{suffix}>");
        });
        DefClass(t, "__class_getitem__", (args, kw) => GenericAliasOps.Create(args[0], args[1]));
    }

    private static string CompareName(CompareOp op) => op switch
    {
        CompareOp.Lt => "__lt__",
        CompareOp.Le => "__le__",
        CompareOp.Eq => "__eq__",
        CompareOp.Ne => "__ne__",
        CompareOp.Gt => "__gt__",
        _ => "__ge__",
    };

    // Two live references compare as their referents; otherwise only identity counts (docs: "If either referent has
    // been deleted, the references are equal only if the reference objects are the same object").
    private static PyObject RefCompare(PyWeakRef self, PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyWeakRef o || o.IsProxy || !o.Type.IsSubtypeOf(Ref))
            return PyNotImplemented.Instance;
        var a = self.Target;
        var b = o.Target;
        if (a == null || b == null)
        {
            bool same = ReferenceEquals(self, o);
            return PyBool.From(op == CompareOp.Eq ? same : !same);
        }
        return Ops.Compare(a, b, op);
    }
}
