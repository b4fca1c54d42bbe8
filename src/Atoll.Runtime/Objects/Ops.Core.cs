using System;
using System.Runtime.CompilerServices;

namespace Atoll.Runtime.Objects;

/// <summary>
/// The object protocols (truth, repr, hash, comparison, arithmetic, attributes, calls, items, iteration) with
/// fast lanes for exact builtin types and the general dunder-based path for everything else.
/// </summary>
public static partial class Ops
{
    /// <summary>The Python name of an object's type, as messages show it.</summary>
    public static string TypeName(PyObject o) => o.Type.TpName ?? o.Type.Name;

    /// <summary><c>bool(o)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(PyObject o)
    {
        if (o == PyBool.True)
            return true;
        if (o == PyBool.False || o == PyNone.Instance)
            return false;
        return IsTrueSlow(o);
    }

    private static bool IsTrueSlow(PyObject o)
    {
        if (o.GetType() == typeof(PyInt))
            return ((PyInt)o).Sign != 0;
        if (o.GetType() == typeof(PyStr))
            return ((PyStr)o).Value.Length != 0;
        if (o.GetType() == typeof(PyList))
            return ((PyList)o).Count != 0;
        if (o.GetType() == typeof(PyTuple))
            return ((PyTuple)o).Count != 0;
        if (o.GetType() == typeof(PyDict))
            return ((PyDict)o).Count != 0;
        if (o.GetType() == typeof(PyFloat))
            return ((PyFloat)o).Value != 0;
        if (o is PyFunction or PyType or PyModule or PyBuiltinFunction or PyMethod)
            return true;
        var type = o.Type;
        var b = type.Lookup("__bool__");
        if (b != null)
        {
            var r = CallMethod(o, b);
            if (r is PyBool pb)
                return pb == PyBool.True;
            throw Err.Type($"__bool__ should return bool, returned {TypeName(r)}");
        }
        var l = type.Lookup("__len__");
        if (l != null)
            return LenResult(CallMethod(o, l)) != 0;
        return true;
    }

    /// <summary><c>not o</c>.</summary>
    public static PyBool Not(PyObject o) => IsTrue(o) ? PyBool.False : PyBool.True;

    /// <summary><c>repr(o)</c> as a .NET string.</summary>
    public static string Repr(PyObject o)
    {
        if (o.GetType() == typeof(PyStr))
            return StrRepr(((PyStr)o).Value);
        if (o.GetType() == typeof(PyInt))
            return IntOps.ToDecimalString((PyInt)o);
        if (o.GetType() == typeof(PyFloat))
            return FloatOps.Repr(((PyFloat)o).Value);
        if (o == PyNone.Instance)
            return "None";
        if (o is PyBool b)
            return b == PyBool.True ? "True" : "False";
        var ts = ThreadState.EnterNative("maximum recursion depth exceeded while getting the repr of an object");
        PyObject r;
        try
        {
            r = CallMethod(o, o.Type.Lookup("__repr__")!);
        }
        finally
        {
            if (ts != null)
                ts.NativeDepth--;
        }
        if (r is PyStr s)
            return s.Value;
        throw Err.Type($"__repr__ returned non-string (type {TypeName(r)})");
    }

    /// <summary><c>str(o)</c> as a .NET string.</summary>
    public static string Str(PyObject o)
    {
        if (o.GetType() == typeof(PyStr))
            return ((PyStr)o).Value;
        if (o.GetType() == typeof(PyInt))
            return IntOps.ToDecimalString((PyInt)o);
        if (o.GetType() == typeof(PyFloat))
            return FloatOps.Repr(((PyFloat)o).Value);
        var f = o.Type.Lookup("__str__");
        if (f == null || f == BuiltinTypes.ObjectStr)
            return Repr(o);
        var r = CallMethod(o, f);
        if (r is PyStr s)
            return s.Value;
        throw Err.Type($"__str__ returned non-string (type {TypeName(r)})");
    }

    /// <summary><c>str(o)</c> as a str object (the same object for an exact str).</summary>
    public static PyStr StrObject(PyObject o) => o.GetType() == typeof(PyStr) ? (PyStr)o : new PyStr(Str(o));

    /// <summary>str() that never throws (for .NET-side messages).</summary>
    internal static string SafeStr(PyObject o)
    {
        try
        {
            return Str(o);
        }
        catch (PyException)
        {
            return "<exception str() failed>";
        }
        catch (InvalidOperationException)
        {
            return "<" + o.Type.Name + ">";
        }
    }

    /// <summary>The repr of a str: single quotes unless the text has a single quote and no double quote.</summary>
    public static string StrRepr(string s) => Atoll.Syntax.PyRepr.Str(s);

    /// <summary><c>hash(o)</c>.</summary>
    public static long Hash(PyObject o)
    {
        if (o.GetType() == typeof(PyStr))
            return ((PyStr)o).Hash;
        if (o.GetType() == typeof(PyInt) || o.GetType() == typeof(PyBool))
            return IntOps.Hash((PyInt)o);
        if (o.GetType() == typeof(PyFloat))
            return FloatOps.Hash(((PyFloat)o).Value, o);
        if (o.GetType() == typeof(PyTuple))
            return TupleHash((PyTuple)o);
        if (o == PyNone.Instance)
            return BuiltinTypes.NoneHash;
        var f = o.Type.Lookup("__hash__");
        if (f == null || f == PyNone.Instance)
            throw Err.Type($"unhashable type: '{TypeName(o)}'");
        if (f == BuiltinTypes.ObjectHash)
            return IdentityHash(o);
        var r = CallMethod(o, f);
        if (r is PyInt i)
            return i.IsBig ? IntOps.Hash(i) : (i.Value == -1 ? -2 : i.Value);
        throw Err.Type("__hash__ method should return an integer");
    }

    /// <summary>The default hash: derived from identity, as object.__hash__.</summary>
    internal static long IdentityHash(PyObject o)
    {
        long h = RuntimeHelpers.GetHashCode(o);
        return h == -1 ? -2 : h;
    }

    private static long TupleHash(PyTuple t)
    {
        long cached = t.CachedHash;
        if (cached != 0)
            return cached;
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Err.New(BuiltinTypes.RecursionError, "maximum recursion depth exceeded");
        var items = t.Items;
        Span<long> hashes = items.Length <= 32 ? stackalloc long[items.Length] : new long[items.Length];
        bool cacheable = true;
        for (int i = 0; i < items.Length; i++)
        {
            var item = items[i];
            hashes[i] = Hash(item);
            if (!(item.GetType() == typeof(PyStr) || item.GetType() == typeof(PyInt) || item.GetType() == typeof(PyBool) || item.GetType() == typeof(PyFloat) || item == PyNone.Instance || (item.GetType() == typeof(PyTuple) && ((PyTuple)item).CachedHash != 0)))
                cacheable = false;
        }
        long h = Numerics.NumericHash.Tuple(hashes);
        // Only tuples of builtin immutable values keep their hash: a user __hash__ may (wrongly) change.
        if (cacheable)
            t.CachedHash = h;
        return h;
    }

    /// <summary>The length result of <c>__len__</c>, checked as <c>len()</c> checks it.</summary>
    internal static long LenResult(PyObject r)
    {
        if (r is PyInt i)
        {
            if (i.Sign < 0)
                throw Err.Value("__len__() should return >= 0");
            if (i.IsBig)
                throw Err.Overflow("cannot fit 'int' into an index-sized integer");
            return i.Value;
        }
        var idx = r.Type.Lookup("__index__");
        if (idx != null)
            return LenResult(CallMethod(r, idx));
        throw Err.Type($"'{TypeName(r)}' object cannot be interpreted as an integer");
    }

    /// <summary><c>len(o)</c>.</summary>
    public static long Len(PyObject o)
    {
        switch (o)
        {
            case PyStr s when o.GetType() == typeof(PyStr): return s.Length;
            case PyList l when o.GetType() == typeof(PyList): return l.Count;
            case PyTuple t when o.GetType() == typeof(PyTuple): return t.Count;
            case PyDict d when o.GetType() == typeof(PyDict): return d.Count;
        }
        var f = o.Type.Lookup("__len__") ?? throw Err.Type($"object of type '{TypeName(o)}' has no len()");
        return LenResult(CallMethod(o, f));
    }
}
