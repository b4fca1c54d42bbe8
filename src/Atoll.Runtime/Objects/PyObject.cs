using System.Diagnostics;

namespace Atoll.Runtime.Objects;

/// <summary>
/// The base of every Python value. A value's Python type is <see cref="Type"/>; hot paths test the .NET class
/// (an exact-class compare, which the JIT turns into one pointer comparison) before they fall back to the type's
/// attributes, so builtin values pay no dictionary lookups for everyday operations.
/// </summary>
[DebuggerDisplay("{DebugRepr,nq}")]
public abstract class PyObject
{
    /// <summary>The object's Python type (<c>type(obj)</c>).</summary>
    public abstract PyType Type { get; }

    /// <summary>The instance dictionary (<c>__dict__</c>) when the object has one.</summary>
    public virtual PyDict? Dict => null;

    internal string DebugRepr => GetType().Name;
}

/// <summary>Objects of user classes, and of user subclasses of <c>object</c>-based builtins that need no payload.</summary>
public class PyInstance : PyObject
{
    private PyType _type;
    private PyDict? _dict;

    /// <summary>Slot storage for classes that declare <c>__slots__</c>.</summary>
    internal PyObject?[]? Slots;

    internal PyInstance(PyType type)
    {
        _type = type;
        if (type.HasInstanceDict)
            _dict = new PyDict();
        if (type.SlotCount > 0)
            Slots = new PyObject?[type.SlotCount];
    }

    /// <inheritdoc/>
    public override PyType Type => _type;

    /// <inheritdoc/>
    public override PyDict? Dict => _dict;

    /// <summary>The type, read without a virtual call (hot attribute paths check the exact class first).</summary>
    internal PyType TypeField => _type;

    /// <summary>The instance dict, read without a virtual call.</summary>
    internal PyDict? DictField => _dict;

    internal void SetType(PyType t) => _type = t;

    internal void SetDict(PyDict d) => _dict = d;
}

/// <summary><c>None</c>.</summary>
public sealed class PyNone : PyObject
{
    /// <summary>The one <c>None</c> (process-wide: immutable, so shareable between interpreters).</summary>
    public static readonly PyNone Instance = new();

    private PyNone()
    {
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.NoneType;
}

/// <summary><c>NotImplemented</c>.</summary>
public sealed class PyNotImplemented : PyObject
{
    /// <summary>The one <c>NotImplemented</c>.</summary>
    public static readonly PyNotImplemented Instance = new();

    private PyNotImplemented()
    {
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.NotImplementedType;
}

/// <summary><c>Ellipsis</c> (<c>...</c>).</summary>
public sealed class PyEllipsis : PyObject
{
    /// <summary>The one <c>Ellipsis</c>.</summary>
    public static readonly PyEllipsis Instance = new();

    private PyEllipsis()
    {
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.EllipsisType;
}
