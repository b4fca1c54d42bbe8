using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Atoll.Runtime.Objects;

/// <summary>
/// A Python type. Builtin types are process-wide and immutable (their attributes cannot be set), so every
/// interpreter shares them; classes created by Python code belong to the interpreter that ran the class statement.
/// </summary>
public sealed partial class PyType : PyObject
{
    private PyType _metatype;
    private readonly PyDict _dict;
    private Dictionary<string, PyObject?>? _lookupCache;
    private List<WeakReference<PyType>>? _subclasses;

    /// <summary>The type's <c>__name__</c>.</summary>
    public string Name { get; internal set; }

    /// <summary>For a native type of a module other than builtins, <c>module.name</c> (CPython's <c>tp_name</c>), which
    /// messages show; null otherwise. Set before the type is frozen.</summary>
    internal string? TpName { get; set; }

    /// <summary>The type's <c>__qualname__</c>.</summary>
    public string QualName { get; internal set; }

    /// <summary>The direct bases (<c>__bases__</c>).</summary>
    public PyType[] Bases { get; internal set; }

    /// <summary>The method resolution order (<c>__mro__</c>), starting with this type.</summary>
    public PyType[] Mro { get; internal set; }

    /// <summary>The first base (<c>__base__</c>), or null for <c>object</c>.</summary>
    public PyType? Base => Bases.Length > 0 ? Bases[0] : null;

    /// <summary>True for builtin types: shared by all interpreters and closed to attribute assignment.</summary>
    public bool IsBuiltin { get; }

    /// <summary>The builtin type whose .NET class holds the instances of this type (int for a subclass of int).</summary>
    internal PyType Layout { get; private set; }

    /// <summary>True when instances get a <c>__dict__</c>.</summary>
    internal bool HasInstanceDict { get; set; }

    /// <summary>Number of <c>__slots__</c> entries of this type and its bases (instance slot array length).</summary>
    internal int SlotCount { get; set; }

    /// <summary>Instances accept weak references (CPython: a nonzero <c>tp_weaklistoffset</c>). Set once, before the
    /// type is used.</summary>
    internal bool WeakRefable { get; set; }

    /// <summary>False for types whose classes cannot be subclassed (bool, NoneType, function...).</summary>
    internal bool IsBaseType { get; init; } = true;

    /// <summary>A token replaced whenever this type or one of its bases changes: inline caches compare it by reference.
    /// It identifies type and version at once and keeps nothing else alive.</summary>
    internal object VersionTag { get; private set; } = new();

    /// <summary>Cached: the type (or a base) defines <c>__getattribute__</c> other than object's.</summary>
    internal bool HasCustomGetAttribute { get; private set; }

    /// <summary>Cached: the type (or a base) defines <c>__getattr__</c>.</summary>
    internal bool HasGetAttrHook { get; private set; }

    /// <summary>Cached: a class made by Python code (or a base) defines <c>__del__</c>: its instances are registered for
    /// finalization when they are made (<see cref="Interpreter.RegisterFinalizer"/>).</summary>
    internal bool HasDel { get; private set; }

    /// <summary>Cached: the type (or a base) defines <c>__setattr__</c> or <c>__delattr__</c> other than object's.</summary>
    internal bool HasCustomSetAttr { get; private set; }

    internal PyType(string name, PyType[] bases, PyType? metatype, PyDict dict, bool builtin)
    {
        Name = name;
        QualName = name;
        Bases = bases;
        _dict = dict;
        _metatype = metatype!; // null only while bootstrapping 'type' itself
        IsBuiltin = builtin;
        Mro = [this];
        Layout = this;
    }

    /// <inheritdoc/>
    public override PyType Type => _metatype;

    /// <summary>The type's namespace. Do not mutate builtin types' dictionaries after start-up.</summary>
    public override PyDict Dict => _dict;

    internal void SetMetatype(PyType t) => _metatype = t;

    /// <summary>Computes the MRO and derived facts; called once the bases are known.</summary>
    internal void Ready(PyType[] mro)
    {
        Mro = mro;
        Layout = this;
        if (!IsBuiltin)
        {
            foreach (var b in mro)
            {
                if (b.IsBuiltin && b != BuiltinTypes.Object)
                {
                    Layout = b.Layout;
                    break;
                }
            }
            if (Layout == this)
                Layout = BuiltinTypes.Object;
            foreach (var b in Bases)
                b.AddSubclass(this);
        }
        RefreshFlags();
    }

    private void AddSubclass(PyType t)
    {
        if (IsBuiltin)
            return; // builtin types are shared: they never point at an interpreter's classes
        (_subclasses ??= []).Add(new WeakReference<PyType>(t));
    }

    /// <summary>The live subclasses defined by Python code (<c>__subclasses__()</c>).</summary>
    internal List<PyType> Subclasses()
    {
        var list = new List<PyType>();
        if (_subclasses != null)
        {
            foreach (var w in _subclasses)
            {
                if (w.TryGetTarget(out var t))
                    list.Add(t);
            }
        }
        return list;
    }

    // Special-method lookups by slot number (binary, reflected, in-place operators and comparisons): an array indexed
    // by slot avoids hashing the dunder name on every operator. Dropped when the type changes. On shared builtin types
    // racing threads can only write the same values.
    private object?[]? _slotCache;
    private static readonly object Missing = new();

    /// <summary>Slot numbers: 0-12 binary, 13-25 reflected, 26-38 in-place (by BinOp), 39-44 comparisons (by CompareOp).</summary>
    internal const int SpecialSlotCount = 49;

    /// <summary>Slots of <c>__new__</c> and <c>__init__</c> (instance creation), <c>__class__</c> (isinstance) and <c>__next__</c> (iteration).</summary>
    internal const int SlotNew = 45, SlotInit = 46, SlotClass = 47, SlotNext = 48;

    /// <summary>Looks up a special method through the slot cache.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal PyObject? LookupSlot(int slot, string name)
    {
        var cache = _slotCache;
        if (cache != null)
        {
            var v = cache[slot];
            if (v != null)
                return v == Missing ? null : (PyObject)v;
        }
        return LookupSlotSlow(slot, name);
    }

    private PyObject? LookupSlotSlow(int slot, string name)
    {
        var found = Lookup(name);
        var cache = _slotCache ??= new object?[SpecialSlotCount];
        cache[slot] = (object?)found ?? Missing;
        return found;
    }

    /// <summary>Finds <paramref name="name"/> along the MRO without invoking descriptors; null when absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject? Lookup(string name)
    {
        var cache = _lookupCache;
        if (cache != null && cache.TryGetValue(name, out var hit))
            return hit;
        return LookupSlow(name);
    }

    private PyObject? LookupSlow(string name)
    {
        PyObject? found = null;
        foreach (var t in Mro)
        {
            if (t._dict.TryGetStr(name, out var v))
            {
                found = v;
                break;
            }
        }
        // Builtin types are shared by interpreters running on other threads: their caches are filled once, when
        // the type is frozen at start-up, and only read afterwards.
        if (!IsBuiltin)
            (_lookupCache ??= new Dictionary<string, PyObject?>(StringComparer.Ordinal))[name] = found;
        return found;
    }

    /// <summary>Builds the complete lookup table of a builtin type; afterwards it is only read.</summary>
    internal void Freeze()
    {
        var cache = new Dictionary<string, PyObject?>(StringComparer.Ordinal);
        for (int i = Mro.Length - 1; i >= 0; i--)
        {
            foreach (var (k, v) in Mro[i]._dict.StrItems())
                cache[k] = v;
        }
        _lookupCache = cache;
        RefreshFlags();
    }

    /// <summary>Called after this type's namespace changed: drops caches here and in every subclass.</summary>
    internal void Modified()
    {
        _lookupCache = null;
        _slotCache = null;
        VersionTag = new object();
        RefreshFlags();
        if (_subclasses != null)
        {
            foreach (var w in _subclasses)
            {
                if (w.TryGetTarget(out var sub))
                    sub.Modified();
            }
        }
    }

    private void RefreshFlags()
    {
        var ga = Lookup("__getattribute__");
        HasCustomGetAttribute = ga != null && ga != BuiltinTypes.ObjectGetAttribute && ga != BuiltinTypes.TypeGetAttribute;
        HasGetAttrHook = Lookup("__getattr__") != null;
        HasDel = !IsBuiltin && Lookup("__del__") != null;
        var sa = Lookup("__setattr__");
        var da = Lookup("__delattr__");
        HasCustomSetAttr = (sa != null && sa != BuiltinTypes.ObjectSetAttr && sa != BuiltinTypes.TypeSetAttr)
            || (da != null && da != BuiltinTypes.ObjectDelAttr && da != BuiltinTypes.TypeDelAttr);
    }

    /// <summary>True when this type is <paramref name="other"/> or derives from it.</summary>
    public bool IsSubtypeOf(PyType other)
    {
        if (this == other)
            return true;
        foreach (var t in Mro)
        {
            if (t == other)
                return true;
        }
        return false;
    }

    /// <summary>The name Python shows for the type in messages: <c>module.qualname</c> except for builtins.</summary>
    internal string FullName
    {
        get
        {
            string? module = null;
            if (_dict.TryGetStr("__module__", out var m) && m is PyStr ms)
                module = ms.Value;
            return module is null or "builtins" ? QualName : module + "." + QualName;
        }
    }
}
