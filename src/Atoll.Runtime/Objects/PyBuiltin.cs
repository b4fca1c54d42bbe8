using System;

namespace Atoll.Runtime.Objects;

/// <summary>The general shape of a native callable: positional arguments then keyword values named by
/// <paramref name="kwNames"/> (the vectorcall convention). For methods, <c>args[0]</c> is self.</summary>
public delegate PyObject NativeFunction(ReadOnlySpan<PyObject> args, string[]? kwNames);

/// <summary>How a native function is called: fixed arity lanes avoid building argument spans.</summary>
internal enum NativeKind
{
    Fn0,
    Fn1,
    Fn2,
    Fn3,
    General,
}

/// <summary>
/// A native function or method defined by the runtime. In a type's namespace it is a method descriptor (binding
/// gives a bound copy); elsewhere it is a plain builtin function. Definitions are immutable and shared process-wide;
/// bound copies belong to whoever made them.
/// </summary>
public sealed class PyBuiltinFunction : PyObject
{
    internal readonly string Name;
    internal readonly string QualName;
    internal readonly NativeKind Kind;
    internal readonly Func<PyObject>? F0;
    internal readonly Func<PyObject, PyObject>? F1;
    internal readonly Func<PyObject, PyObject, PyObject>? F2;
    internal readonly Func<PyObject, PyObject, PyObject, PyObject>? F3;
    internal readonly NativeFunction? FN;

    /// <summary>The bound instance (<c>__self__</c>) of a bound method; null for unbound ones and functions.</summary>
    internal readonly PyObject? Self;

    /// <summary>The type whose namespace defines this method, or null for module functions.</summary>
    internal readonly PyType? Owner;

    /// <summary>A classmethod-like native (dict.fromkeys, int.from_bytes): binds to the class.</summary>
    internal bool IsClassMethod { get; init; }

    /// <summary>A staticmethod-like native (str.maketrans, __new__): never binds.</summary>
    internal bool IsStatic { get; init; }

    internal PyObject Doc { get; init; } = PyNone.Instance;

    private PyBuiltinFunction(string name, string qualName, NativeKind kind, Delegate fn, PyType? owner, PyObject? self)
    {
        Name = name;
        QualName = qualName;
        Kind = kind;
        Owner = owner;
        Self = self;
        switch (kind)
        {
            case NativeKind.Fn0: F0 = (Func<PyObject>)fn; break;
            case NativeKind.Fn1: F1 = (Func<PyObject, PyObject>)fn; break;
            case NativeKind.Fn2: F2 = (Func<PyObject, PyObject, PyObject>)fn; break;
            case NativeKind.Fn3: F3 = (Func<PyObject, PyObject, PyObject, PyObject>)fn; break;
            default: FN = (NativeFunction)fn; break;
        }
    }

    private PyBuiltinFunction(PyBuiltinFunction unbound, PyObject self)
        : this(unbound.Name, unbound.QualName, unbound.Kind, unbound.Delegate, unbound.Owner, self)
    {
        IsClassMethod = unbound.IsClassMethod;
        IsStatic = unbound.IsStatic;
        Doc = unbound.Doc;
    }

    private Delegate Delegate => (Delegate?)F0 ?? (Delegate?)F1 ?? (Delegate?)F2 ?? (Delegate?)F3 ?? FN!;

    internal static PyBuiltinFunction Create(string name, Func<PyObject> f, PyType? owner = null) => new(name, Qual(name, owner), NativeKind.Fn0, f, owner, null);

    internal static PyBuiltinFunction Create(string name, Func<PyObject, PyObject> f, PyType? owner = null) => new(name, Qual(name, owner), NativeKind.Fn1, f, owner, null);

    internal static PyBuiltinFunction Create(string name, Func<PyObject, PyObject, PyObject> f, PyType? owner = null) => new(name, Qual(name, owner), NativeKind.Fn2, f, owner, null);

    internal static PyBuiltinFunction Create(string name, Func<PyObject, PyObject, PyObject, PyObject> f, PyType? owner = null) => new(name, Qual(name, owner), NativeKind.Fn3, f, owner, null);

    internal static PyBuiltinFunction Create(string name, NativeFunction f, PyType? owner = null, bool classMethod = false, bool isStatic = false)
        => new(name, Qual(name, owner), NativeKind.General, f, owner, null) { IsClassMethod = classMethod, IsStatic = isStatic };

    private static string Qual(string name, PyType? owner) => owner == null ? name : owner.Name + "." + name;

    /// <summary>This method bound to <paramref name="self"/>.</summary>
    internal PyBuiltinFunction Bind(PyObject self) => new(this, self);

    /// <inheritdoc/>
    public override PyType Type => Owner != null && Self == null && !IsStatic ? (IsClassMethod ? BuiltinTypes.ClassMethodDescriptor : BuiltinTypes.MethodDescriptor) : BuiltinTypes.BuiltinFunction;

    /// <summary>Number of positional arguments a fixed-arity lane takes (self included), or -1.</summary>
    internal int FixedArity => Kind switch
    {
        NativeKind.Fn0 => 0,
        NativeKind.Fn1 => 1,
        NativeKind.Fn2 => 2,
        NativeKind.Fn3 => 3,
        _ => -1,
    };

    /// <summary>Calls with explicit arguments (self is prepended when bound).</summary>
    internal PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        if (Self != null)
        {
            var full = new PyObject[args.Length + 1];
            full[0] = Self;
            args.CopyTo(full.AsSpan(1));
            return CallUnbound(full, kwNames);
        }
        if (Owner != null && !IsStatic && !IsClassMethod)
            CheckUnboundSelf(args, kwNames);
        return CallUnbound(args, kwNames);
    }

    /// <summary>A method called through its type (<c>set.union(x)</c>): self must be given and be an instance of the owner.</summary>
    private void CheckUnboundSelf(ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        if (args.Length - (kwNames?.Length ?? 0) == 0)
            throw Err.Type($"unbound method {QualName}() needs an argument");
        var t = args[0].Type;
        if (t != Owner && !t.IsSubtypeOf(Owner!))
            throw Err.Type($"descriptor '{Name}' for '{Owner!.Name}' objects doesn't apply to a '{t.Name}' object");
    }

    /// <summary>Calls the underlying definition with self (if any) already in <paramref name="args"/>.</summary>
    internal PyObject CallUnbound(ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        if (Kind == NativeKind.General)
            return FN!(args, kwNames);
        if (kwNames != null && kwNames.Length > 0)
            throw Err.Type($"{DisplayName}() takes no keyword arguments");
        int n = args.Length;
        switch (Kind)
        {
            case NativeKind.Fn0 when n == 0: return F0!();
            case NativeKind.Fn1 when n == 1: return F1!(args[0]);
            case NativeKind.Fn2 when n == 2: return F2!(args[0], args[1]);
            case NativeKind.Fn3 when n == 3: return F3!(args[0], args[1], args[2]);
        }
        throw ArityError(n);
    }

    internal string DisplayName => QualName;

    private PyException ArityError(int given)
    {
        int expected = FixedArity;
        if (Owner != null && !IsStatic)
        {
            // Methods: self is not counted in CPython's message; missing self means an unbound call.
            if (given == 0)
                return Err.Type($"unbound method {QualName}() needs an argument");
            expected--;
            given--;
        }
        return expected switch
        {
            0 => Err.Type($"{DisplayName}() takes no arguments ({given} given)"),
            1 => Err.Type($"{DisplayName}() takes exactly one argument ({given} given)"),
            _ => Err.Type($"{DisplayName} expected {expected} arguments, got {given}"),
        };
    }
}
