using System;

namespace Atoll.Runtime.Objects;

/// <summary>A native attribute of a builtin type (<c>getset_descriptor</c>).</summary>
public sealed class PyGetSetDescriptor : PyObject
{
    internal readonly string Name;
    internal readonly PyType Owner;
    internal readonly Func<PyObject, PyObject> Getter;
    internal readonly Action<PyObject, PyObject?>? Setter;

    internal PyGetSetDescriptor(string name, PyType owner, Func<PyObject, PyObject> getter, Action<PyObject, PyObject?>? setter)
    {
        Name = name;
        Owner = owner;
        Getter = getter;
        Setter = setter;
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.GetSetDescriptor;
}

/// <summary>A <c>__slots__</c> entry (<c>member_descriptor</c>).</summary>
public sealed class PyMemberDescriptor : PyObject
{
    internal readonly string Name;
    internal readonly PyType Owner;
    internal readonly int Index;

    internal PyMemberDescriptor(string name, PyType owner, int index)
    {
        Name = name;
        Owner = owner;
        Index = index;
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.MemberDescriptor;
}

/// <summary><c>property</c>.</summary>
public class PyProperty : PyObject
{
    internal PyObject? Get, Set, Delete;
    internal PyObject Doc = PyNone.Instance;
    internal PyObject? NameAttr;

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.Property;
}

/// <summary>An instance of a Python subclass of property.</summary>
internal sealed class PyPropertySub : PyProperty
{
    private readonly PyType _type;
    private readonly PyDict _dict = new();

    internal PyPropertySub(PyType type) => _type = type;

    public override PyType Type => _type;

    public override PyDict Dict => _dict;
}

/// <summary><c>classmethod</c>.</summary>
public sealed class PyClassMethod : PyObject
{
    internal PyObject Function;
    private PyDict? _dict;

    internal PyClassMethod(PyObject function) => Function = function;

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.ClassMethod;

    /// <inheritdoc/>
    public override PyDict Dict => _dict ??= new PyDict();
}

/// <summary><c>staticmethod</c>.</summary>
public sealed class PyStaticMethod : PyObject
{
    internal PyObject Function;
    private PyDict? _dict;

    internal PyStaticMethod(PyObject function) => Function = function;

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.StaticMethod;

    /// <inheritdoc/>
    public override PyDict Dict => _dict ??= new PyDict();
}

/// <summary><c>super()</c>.</summary>
public sealed class PySuper : PyObject
{
    internal readonly PyType ThisType;
    internal readonly PyObject? Obj;
    internal readonly PyType? ObjType;

    internal PySuper(PyType thisType, PyObject? obj, PyType? objType)
    {
        ThisType = thisType;
        Obj = obj;
        ObjType = objType;
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.Super;
}
