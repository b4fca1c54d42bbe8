using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Nodes;

/// <summary>What an attribute cache learnt about one type version: the class attribute for the name (if any)
/// and whether it is a data descriptor (which wins over the instance dict).</summary>
internal sealed class AttrCacheEntry(object typeTag, PyObject? classAttr, bool isData)
{
    public readonly object TypeTag = typeTag;
    public readonly PyObject? ClassAttr = classAttr;
    public readonly bool IsData = isData;
}

/// <summary><c>obj.name</c> with an inline cache for instances of Python classes.</summary>
internal sealed class AttrLoad(Expr obj, PyStr name) : Expr
{
    private AttrCacheEntry? _cache;

    public override PyObject Eval(Frame f)
    {
        var o = obj.Eval(f);
        if (o.GetType() == typeof(PyInstance))
        {
            var type = o.Type;
            var c = _cache;
            if (c == null || c.TypeTag != type.VersionTag)
            {
                if (type.HasCustomGetAttribute)
                    return Ops.GetAttr(o, name);
                var attr = type.Lookup(name.Value);
                c = new AttrCacheEntry(type.VersionTag, attr, attr != null && Ops.IsDataDescriptor(attr));
                _cache = c;
            }
            if (!c.IsData)
            {
                var d = o.Dict;
                if (d != null)
                {
                    var v = d.GetStr(name);
                    if (v != null)
                        return v;
                }
                if (c.ClassAttr == null)
                    return Ops.GetAttr(o, name); // __getattr__ hook or AttributeError
            }
            return Ops.DescriptorGet(c.ClassAttr!, o, type);
        }
        if (o is PyModule m)
        {
            var v = m.Dict.GetStr(name);
            if (v != null)
                return v;
        }
        return Ops.GetAttr(o, name);
    }
}

/// <summary>Finds the callable for <c>obj.name(...)</c> without making a bound method when the attribute is a plain
/// function on the class (the common method call).</summary>
internal static class MethodLookup
{
    /// <summary>Returns the function to call and sets <paramref name="self"/> when it must be passed first.</summary>
    public static PyObject Find(PyObject o, PyStr name, ref AttrCacheEntry? cache, out PyObject? self)
    {
        self = null;
        var kind = o.GetType();
        if (kind == typeof(PyInstance))
        {
            var type = o.Type;
            var c = cache;
            if (c == null || c.TypeTag != type.VersionTag)
            {
                if (type.HasCustomGetAttribute)
                    return Ops.GetAttr(o, name);
                var attr = type.Lookup(name.Value);
                c = new AttrCacheEntry(type.VersionTag, attr, attr != null && Ops.IsDataDescriptor(attr));
                cache = c;
            }
            if (c.ClassAttr is PyFunction fn)
            {
                var d = o.Dict;
                if (d == null || d.GetStr(name) == null)
                {
                    self = o;
                    return fn;
                }
            }
            return Ops.GetAttr(o, name);
        }
        if (o is PyModule m)
        {
            var v = m.Dict.GetStr(name);
            if (v != null)
                return v;
            return Ops.GetAttr(o, name);
        }
        if (o is not PyType && o is not PySuper && !o.Type.HasCustomGetAttribute)
        {
            var attr = o.Type.Lookup(name.Value);
            if (attr is PyBuiltinFunction { Self: null, IsStatic: false, IsClassMethod: false, Owner: not null } bf)
            {
                var d = o.Dict;
                if (d == null || d.GetStr(name) == null)
                {
                    self = o;
                    return bf;
                }
            }
            else if (attr is PyFunction pf && o.Dict is not { } && o is not PyModule)
            {
                self = o;
                return pf;
            }
        }
        return Ops.GetAttr(o, name);
    }
}
