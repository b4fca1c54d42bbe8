using System;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Nodes;

/// <summary>What an attribute cache learnt about one type version: the class attribute for the name (if any),
/// whether it is a data descriptor (which wins over the instance dict), and for a <c>__slots__</c> member, its index
/// in the instance's slots (-1 otherwise).</summary>
internal sealed class AttrCacheEntry(object typeTag, PyObject? classAttr, bool isData)
{
    public readonly object TypeTag = typeTag;
    public readonly PyObject? ClassAttr = classAttr;
    public readonly bool IsData = isData;
    public readonly int SlotIndex = classAttr is PyMemberDescriptor md ? md.Index : -1;
}

/// <summary>
/// A polymorphic inline cache: up to four entries, one per type version seen at the site. The entry array is
/// replaced, never mutated, so a racing reader on another interpreter sees either the old or the new array.
/// </summary>
internal struct AttrCache
{
    private AttrCacheEntry[]? _entries;

    public readonly AttrCacheEntry? Find(object tag)
    {
        var e = _entries;
        if (e == null)
            return null;
        for (int i = 0; i < e.Length; i++)
        {
            if (e[i].TypeTag == tag)
                return e[i];
        }
        return null;
    }

    public void Add(AttrCacheEntry entry)
    {
        var e = _entries;
        if (e == null)
        {
            _entries = [entry];
            return;
        }
        var n = new AttrCacheEntry[Math.Min(e.Length + 1, 4)];
        n[0] = entry;
        Array.Copy(e, 0, n, 1, n.Length - 1);
        _entries = n;
    }
}

/// <summary><c>obj.name</c> with an inline cache for instances of Python classes.</summary>
internal sealed class AttrLoad(Expr obj, PyStr name) : Expr
{
    private AttrCache _cache;

    public override PyObject Eval(Frame f) => EvalOrRaise(f) ?? throw f.Thread.TakeRaised();

    public override PyObject? EvalOrRaise(Frame f) => CachedAttr.Load(f, obj.Eval(f), name, ref _cache);
}

/// <summary>Attribute loads and stores through an inline cache (<see cref="AttrCache"/>), shared by the nodes that
/// read (<c>obj.name</c>), write (<c>obj.name = v</c>) or do both (<c>obj.name += v</c>).</summary>
internal static class CachedAttr
{
    /// <summary><c>o.name</c>; null with the AttributeError raised (not thrown) when it is simply absent.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static PyObject? Load(Frame f, PyObject o, PyStr name, ref AttrCache cache)
    {
        if (o.GetType() == typeof(PyInstance))
        {
            var inst = System.Runtime.CompilerServices.Unsafe.As<PyInstance>(o);
            var type = inst.TypeField;
            var c = cache.Find(type.VersionTag);
            if (c == null)
            {
                if (type.HasCustomGetAttribute)
                    return Ops.GetAttr(o, name);
                var attr = type.Lookup(name.Value);
                c = new AttrCacheEntry(type.VersionTag, attr, attr != null && Ops.IsDataDescriptor(attr));
                cache.Add(c);
            }
            if (!c.IsData)
            {
                var d = inst.DictField;
                if (d != null)
                {
                    var v = d.GetStr(name);
                    if (v != null)
                        return v;
                }
                if (c.ClassAttr == null)
                    return Missing(f, o, name); // __getattr__ hook or AttributeError
            }
            if (type.HasGetAttrHook)
                return Ops.GetAttr(o, name); // an AttributeError from the descriptor must reach __getattr__
            if (c.SlotIndex >= 0 && inst.Slots is { } slots && (uint)c.SlotIndex < (uint)slots.Length && slots[c.SlotIndex] is { } member)
                return member; // a __slots__ member that is set
            return Ops.DescriptorGet(c.ClassAttr!, o, type);
        }
        if (o is PyModule m)
        {
            var v = m.Dict.GetStr(name);
            if (v != null)
                return v;
        }
        return Missing(f, o, name);
    }

    /// <summary>The general lookup, raising AttributeError without throwing it when the attribute is absent.</summary>
    private static PyObject? Missing(Frame f, PyObject o, PyStr name) =>
        Ops.GetAttrOrAbsent(o, name) ?? f.Thread.RaiseNull(Err.NoAttribute(o, name.Value));

    /// <summary><c>o.name = value</c>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Store(PyObject o, PyStr name, PyObject value, ref AttrCache cache)
    {
        if (o.GetType() == typeof(PyInstance))
        {
            // Instances of Python classes: without a data descriptor or __setattr__ on the class, the value goes
            // straight into the instance dict.
            var inst = System.Runtime.CompilerServices.Unsafe.As<PyInstance>(o);
            var type = inst.TypeField;
            var c = cache.Find(type.VersionTag);
            if (c == null)
            {
                var attr = type.Lookup(name.Value);
                c = new AttrCacheEntry(type.VersionTag, attr, type.HasCustomSetAttr || (attr != null && Ops.HasDescriptorSet(attr)));
                cache.Add(c);
            }
            var d = inst.DictField;
            if (!c.IsData && d != null)
            {
                d.SetItem(name, name.Hash, value);
                return;
            }
            if (c.SlotIndex >= 0 && !type.HasCustomSetAttr && inst.Slots is { } slots && (uint)c.SlotIndex < (uint)slots.Length)
            {
                ArrayStore.Set(slots, c.SlotIndex, value); // a __slots__ member
                return;
            }
        }
        Ops.SetAttr(o, name, value);
    }
}

/// <summary>Finds the callable for <c>obj.name(...)</c> without making a bound method when the attribute is a plain
/// function on the class (the common method call).</summary>
internal static class MethodLookup
{
    /// <summary>Returns the function to call and sets <paramref name="self"/> when it must be passed first.</summary>
    public static PyObject Find(PyObject o, PyStr name, ref AttrCache cache, out PyObject? self)
    {
        self = null;
        if (o is PyModule m)
        {
            var v = m.Dict.GetStr(name);
            return v ?? Ops.GetAttr(o, name);
        }
        if (o is PyType)
            return Ops.GetAttr(o, name);
        var type = o.Type;
        var c = cache.Find(type.VersionTag);
        if (c == null)
        {
            if (type.HasCustomGetAttribute)
                return Ops.GetAttr(o, name);
            var attr = type.Lookup(name.Value);
            c = new AttrCacheEntry(type.VersionTag, attr, attr != null && Ops.IsDataDescriptor(attr));
            cache.Add(c);
        }
        var ca = c.ClassAttr;
        if (ca is PyFunction || ca is PyBuiltinFunction { Self: null, IsStatic: false, IsClassMethod: false, Owner: not null })
        {
            var d = o.Dict;
            if (d == null || d.GetStr(name) == null)
            {
                self = o;
                return ca;
            }
        }
        return Ops.GetAttr(o, name);
    }
}
