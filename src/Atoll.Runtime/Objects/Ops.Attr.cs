using System;
using System.Runtime.CompilerServices;

namespace Atoll.Runtime.Objects;

public static partial class Ops
{
    /// <summary><c>getattr(o, name)</c>.</summary>
    public static PyObject GetAttr(PyObject o, PyStr name) => GetAttrOrNull(o, name, throwError: true)!;

    /// <summary><c>getattr(o, name)</c> with a .NET string name.</summary>
    public static PyObject GetAttr(PyObject o, string name) => GetAttrOrNull(o, PyStr.Intern(name), throwError: true)!;

    /// <summary><c>getattr(o, name, None)</c> semantics: null when the attribute does not exist (AttributeError).</summary>
    public static PyObject? GetAttrOrNull(PyObject o, string name) => GetAttrOrNull(o, PyStr.Intern(name), throwError: false);

    /// <summary>Attribute lookup; null (or AttributeError when <paramref name="throwError"/>) when absent.</summary>
    public static PyObject? GetAttrOrNull(PyObject o, PyStr name, bool throwError)
    {
        if (throwError)
            return GetAttrCore(o, name, throwError: true);
        try
        {
            return GetAttrCore(o, name, throwError: false);
        }
        catch (PyException e) when (e.Is(BuiltinTypes.AttributeError))
        {
            return null; // from a property getter, __getattribute__ or __getattr__: all mean "absent"
        }
    }

    /// <summary>Attribute lookup for nodes that raise without throwing: null when the attribute is simply absent, for
    /// the caller to raise <see cref="Err.NoAttribute"/>; a class with <c>__getattribute__</c> or <c>__getattr__</c>
    /// raises its own errors (thrown).</summary>
    internal static PyObject? GetAttrOrAbsent(PyObject o, PyStr name)
    {
        var type = o.Type;
        bool hooks = type.HasCustomGetAttribute || type.HasGetAttrHook || o is PySuper;
        return GetAttrCore(o, name, throwError: hooks);
    }

    private static PyObject? GetAttrCore(PyObject o, PyStr name, bool throwError)
    {
        if (o is PySuper sup)
            return SuperOps.GetAttr(sup, name, throwError);
        var type = o.Type;
        if (type.HasCustomGetAttribute)
            return CustomGetAttr(o, name, throwError);
        if (type.HasGetAttrHook)
            return GenericGetAttrWithHook(o, name, throwError);
        var r = o is PyType t ? TypeGetAttr(t, name) : GenericGetAttr(o, name);
        if (r != null)
            return r;
        // CPython's __weakref__ descriptor of classes that accept weak references: the first weak reference or None.
        if (type.WeakRefable && name.Value == "__weakref__")
            return Modules.WeakRefTypes.FirstWeakRef(o);
        if (throwError)
            throw Err.NoAttribute(o, name.Value);
        return null;
    }

    private static PyObject? CustomGetAttr(PyObject o, PyStr name, bool throwError)
    {
        var type = o.Type;
        var ga = type.Lookup("__getattribute__")!;
        try
        {
            return CallMethod(o, ga, name);
        }
        catch (PyException e) when (e.Is(BuiltinTypes.AttributeError))
        {
            if (type.HasGetAttrHook)
                return CallGetAttrHook(o, name, throwError);
            if (throwError)
                throw;
            return null;
        }
    }

    /// <summary>The standard lookup of a class with <c>__getattr__</c>: the hook runs when the lookup fails, including
    /// when a descriptor (a property's getter, say) raises AttributeError.</summary>
    private static PyObject? GenericGetAttrWithHook(PyObject o, PyStr name, bool throwError)
    {
        try
        {
            var r = o is PyType t ? TypeGetAttr(t, name) : GenericGetAttr(o, name);
            if (r != null)
                return r;
        }
        catch (PyException e) when (e.Is(BuiltinTypes.AttributeError))
        {
        }
        return CallGetAttrHook(o, name, throwError);
    }

    private static PyObject? CallGetAttrHook(PyObject o, PyStr name, bool throwError)
    {
        var hook = o.Type.Lookup("__getattr__")!;
        if (hook is PyFunction pf)
        {
            // A __getattr__ written in Python that raises AttributeError (hasattr, getattr with a default): no .NET throw.
            if (pf.Call2OrRaise(o, name) is { } value)
                return value;
            var raised = pf.Interp.CurrentThread.TakeRaised();
            if (!throwError && raised.Is(BuiltinTypes.AttributeError))
                return null;
            throw raised;
        }
        if (throwError)
            return CallMethod(o, hook, name);
        try
        {
            return CallMethod(o, hook, name);
        }
        catch (PyException e) when (e.Is(BuiltinTypes.AttributeError))
        {
            return null;
        }
    }

    /// <summary><c>object.__getattribute__</c>: data descriptors, then the instance dict, then other class attributes.</summary>
    public static PyObject? GenericGetAttr(PyObject o, PyStr name)
    {
        var type = o.Type;
        var descr = type.Lookup(name.Value);
        if (descr != null && IsDataDescriptor(descr))
            return DescriptorGet(descr, o, type);
        var dict = o.Dict;
        if (dict != null)
        {
            var v = dict.GetStr(name);
            if (v != null)
                return v;
        }
        if (descr != null)
            return DescriptorGet(descr, o, type);
        return null;
    }

    /// <summary><c>type.__getattribute__</c>: the metatype's data descriptors, then the class's MRO, then the metatype.</summary>
    public static PyObject? TypeGetAttr(PyType t, PyStr name)
    {
        var meta = t.Type;
        var metaAttr = meta.Lookup(name.Value);
        if (metaAttr != null && IsDataDescriptor(metaAttr))
            return DescriptorGet(metaAttr, t, meta);
        var attr = t.Lookup(name.Value);
        if (attr != null)
            return DescriptorGet(attr, null, t);
        if (metaAttr != null)
            return DescriptorGet(metaAttr, t, meta);
        return null;
    }

    /// <summary>True when <paramref name="d"/> is a data descriptor that takes precedence on reads: it defines
    /// <c>__get__</c> and <c>__set__</c> or <c>__delete__</c> (one without <c>__get__</c> lets the instance dict show through).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsDataDescriptor(PyObject d)
    {
        switch (d)
        {
            case PyFunction or PyBuiltinFunction or PyStr or PyInt or PyClassMethod or PyStaticMethod or PyNone or PyType:
                return false;
            case PyGetSetDescriptor or PyMemberDescriptor:
                return true;
        }
        if (d.GetType() == typeof(PyProperty))
            return true;
        var t = d.Type;
        if (t.IsBuiltin && t != BuiltinTypes.Property)
            return false;
        return t.Lookup("__get__") != null && (t.Lookup("__set__") != null || t.Lookup("__delete__") != null);
    }

    /// <summary>True when assigning through <paramref name="d"/> runs a descriptor (it defines <c>__set__</c> or
    /// <c>__delete__</c>, with or without <c>__get__</c>).</summary>
    internal static bool HasDescriptorSet(PyObject d)
    {
        switch (d)
        {
            case PyFunction or PyBuiltinFunction or PyStr or PyInt or PyClassMethod or PyStaticMethod or PyNone or PyType:
                return false;
            case PyGetSetDescriptor or PyMemberDescriptor or PyProperty:
                return true;
        }
        var t = d.Type;
        if (t.IsBuiltin)
            return false;
        return t.Lookup("__set__") != null || t.Lookup("__delete__") != null;
    }

    /// <summary>Applies <c>__get__</c> of a class attribute for an instance (or for the class when <paramref name="obj"/> is null).</summary>
    public static PyObject DescriptorGet(PyObject d, PyObject? obj, PyType type)
    {
        switch (d)
        {
            case PyFunction:
                return obj == null ? d : new PyMethod(d, obj);
            case PyBuiltinFunction bf:
                if (bf.Owner == null || bf.Self != null || bf.IsStatic)
                    return d;
                if (bf.IsClassMethod)
                    return bf.Bind(type);
                return obj == null ? d : bf.Bind(obj);
            case PyClassMethod cm:
                return BindClassMethod(cm.Function, type);
            case PyStaticMethod sm:
                return sm.Function;
            case PyGetSetDescriptor gs:
                if (obj == null)
                    return d;
                if (!obj.Type.IsSubtypeOf(gs.Owner))
                    throw Err.Type($"descriptor '{gs.Name}' for '{gs.Owner.Name}' objects doesn't apply to a '{TypeName(obj)}' object");
                return gs.Getter(obj);
            case PyMemberDescriptor md:
                if (obj == null)
                    return d;
                return (obj as PyInstance)?.Slots?[md.Index] ?? throw Err.NoAttribute(obj, md.Name);
            case PyStr or PyInt or PyNone or PyTuple or PyType or PyDict or PyList:
                return d;
        }
        if (d.GetType() == typeof(PyProperty) || d is PyProperty)
        {
            if (obj == null)
                return d;
            var p = (PyProperty)d;
            if (p.Get == null || p.Get == PyNone.Instance)
                throw Err.Attribute(obj, PropertyName(p), $"property {PropertyNameRepr(p, obj)}has no getter");
            return Call(p.Get, obj);
        }
        var dt = d.Type;
        if (dt.IsBuiltin && dt.Lookup("__get__") == null)
            return d;
        var get = dt.Lookup("__get__");
        if (get == null)
            return d;
        return CallMethod(d, get, obj ?? PyNone.Instance, type);
    }

    private static PyObject BindClassMethod(PyObject f, PyType type)
    {
        // Since 3.9 a classmethod wraps descriptors too (classmethod(property) chains); functions are the usual case.
        return new PyMethod(f, type);
    }

    private static string PropertyName(PyProperty p) => p.NameAttr is PyStr s ? s.Value : "?";

    private static string PropertyNameRepr(PyProperty p, PyObject obj) => p.NameAttr is PyStr s ? $"'{s.Value}' of '{TypeName(obj)}' object " : "";

    /// <summary><c>setattr(o, name, value)</c>.</summary>
    public static void SetAttr(PyObject o, PyStr name, PyObject value)
    {
        var type = o.Type;
        if (type.HasCustomSetAttr)
        {
            var f = type.Lookup("__setattr__")!;
            CallMethod(o, f, name, value);
            return;
        }
        if (o is PyType t)
        {
            TypeSetAttr(t, name, value);
            return;
        }
        GenericSetAttr(o, name, value);
    }

    /// <summary><c>object.__setattr__</c>.</summary>
    public static void GenericSetAttr(PyObject o, PyStr name, PyObject? value)
    {
        var type = o.Type;
        var descr = type.Lookup(name.Value);
        if (descr != null && DescriptorSet(descr, o, value))
            return;
        var dict = o.Dict;
        if (dict == null)
        {
            if (descr != null)
                throw Err.Attribute(o, name.Value, $"'{TypeName(o)}' object attribute '{name.Value}' is read-only");
            throw Err.Attribute(o, name.Value, $"'{TypeName(o)}' object has no attribute '{name.Value}' and no __dict__ for setting new attributes");
        }
        if (value == null)
        {
            if (dict.Remove(name) == null)
                throw Err.NoAttribute(o, name.Value);
            return;
        }
        dict.SetItem(name, name.Hash, value);
    }

    /// <summary>Runs a data descriptor's <c>__set__</c>/<c>__delete__</c>; false when <paramref name="d"/> is not one.</summary>
    internal static bool DescriptorSet(PyObject d, PyObject obj, PyObject? value)
    {
        switch (d)
        {
            case PyFunction or PyBuiltinFunction or PyStr or PyInt or PyClassMethod or PyStaticMethod or PyNone or PyType:
                return false;
            case PyGetSetDescriptor gs:
                if (gs.Setter == null)
                    throw Err.Attribute(obj, gs.Name, $"attribute '{gs.Name}' of '{(obj.Type.IsBuiltin ? obj.Type.FullName : TypeName(obj))}' objects is not writable");
                gs.Setter(obj, value);
                return true;
            case PyMemberDescriptor md:
                var slots = ((PyInstance)obj).Slots!;
                if (value == null && slots[md.Index] == null)
                    throw Err.Attribute(obj, md.Name, md.Name); // CPython's message is the bare name here
                slots[md.Index] = value;
                return true;
            case PyProperty p:
                if (value == null)
                {
                    if (p.Delete == null || p.Delete == PyNone.Instance)
                        throw Err.Attribute(obj, PropertyName(p), $"property {PropertyNameRepr(p, obj)}has no deleter");
                    Call(p.Delete, obj);
                }
                else
                {
                    if (p.Set == null || p.Set == PyNone.Instance)
                        throw Err.Attribute(obj, PropertyName(p), $"property {PropertyNameRepr(p, obj)}has no setter");
                    Call(p.Set, obj, value);
                }
                return true;
        }
        var dt = d.Type;
        if (dt.IsBuiltin)
            return false;
        if (value == null)
        {
            var del = dt.Lookup("__delete__");
            if (del == null)
            {
                if (dt.Lookup("__set__") != null)
                    throw Err.Attribute(obj, "__delete__", "__delete__");
                return false;
            }
            CallMethod(d, del, obj);
            return true;
        }
        var set = dt.Lookup("__set__");
        if (set == null)
        {
            if (dt.Lookup("__delete__") != null)
                throw Err.Attribute(obj, "__set__", "__set__");
            return false;
        }
        CallMethod(d, set, obj, value);
        return true;
    }

    /// <summary><c>type.__setattr__</c>: builtin types are immutable; a class's caches are dropped.</summary>
    public static void TypeSetAttr(PyType t, PyStr name, PyObject? value)
    {
        if (t.IsBuiltin)
            throw Err.Type($"cannot set '{name.Value}' attribute of immutable type '{t.Name}'");
        var meta = t.Type;
        var metaAttr = meta.Lookup(name.Value);
        if (metaAttr != null && DescriptorSet(metaAttr, t, value))
            return;
        if (value == null)
        {
            if (t.Dict.Remove(name) == null)
                throw Err.Attribute(t, name.Value, $"type object '{t.Name}' has no attribute '{name.Value}'");
        }
        else
        {
            t.Dict.SetItem(name, name.Hash, value);
        }
        t.Modified();
    }

    /// <summary><c>delattr(o, name)</c>.</summary>
    public static void DelAttr(PyObject o, PyStr name)
    {
        var type = o.Type;
        if (type.HasCustomSetAttr)
        {
            var f = type.Lookup("__delattr__")!;
            CallMethod(o, f, name);
            return;
        }
        if (o is PyType t)
        {
            TypeSetAttr(t, name, null);
            return;
        }
        GenericSetAttr(o, name, null);
    }

    /// <summary><c>hasattr</c>: true unless lookup raises AttributeError.</summary>
    public static bool HasAttr(PyObject o, PyStr name) => GetAttrOrNull(o, name, throwError: false) != null;
}
