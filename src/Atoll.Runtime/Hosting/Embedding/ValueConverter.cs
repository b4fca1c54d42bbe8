using System;
using System.Collections;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using Atoll.Runtime.Interpreters;
using Atoll.Runtime.Objects;

namespace Atoll.Hosting;

/// <summary>
/// Conversions between .NET values and Python values for the embedding API. Every conversion copies: a Python object
/// handed to .NET code could be changed behind its interpreter's back, and a .NET array handed to Python could be
/// changed behind Python's (a <c>bytes</c> must never change). The table is in <see cref="PythonInterpreter"/>'s
/// documentation.
/// </summary>
internal static class ValueConverter
{
    /// <summary>Containers nested deeper than this are refused (it also stops cycles: a list containing itself).</summary>
    private const int MaxDepth = 256;

    /// <summary>
    /// The Python value for <paramref name="value"/>. Only a dict is not shareable; converting one needs no
    /// interpreter either, but it must end up owned by one, so callers convert inside the interpreter that keeps the
    /// result. Throws ArgumentException for a type with no Python equivalent, naming it.
    /// </summary>
    public static PyObject ToPython(object? value) => ToPython(value, 0);

    private static PyObject ToPython(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return PyNone.Instance;
            case bool b:
                return PyBool.From(b);
            case string s:
                return new PyStr(s);
            case int i:
                return PyInt.From(i);
            case long l:
                return PyInt.From(l);
            case double d:
                return new PyFloat(d);
            case byte[] bytes:
                return new PyBytes((byte[])bytes.Clone());
            case PythonQueue q:
                return q.Handle;
            case char c:
                return PyStr.FromChar(c);
            case byte u8:
                return PyInt.From(u8);
            case sbyte i8:
                return PyInt.From(i8);
            case short i16:
                return PyInt.From(i16);
            case ushort u16:
                return PyInt.From(u16);
            case uint u32:
                return PyInt.From(u32);
            case ulong u64:
                return u64 <= long.MaxValue ? PyInt.From((long)u64) : PyInt.From(new BigInteger(u64));
            case nint n:
                return PyInt.From(n);
            case nuint un:
                return un <= long.MaxValue ? PyInt.From((long)un) : PyInt.From(new BigInteger(un));
            case Int128 i128:
                return PyInt.From((BigInteger)i128);
            case UInt128 u128:
                return PyInt.From((BigInteger)u128);
            case BigInteger big:
                return PyInt.From(big);
            case float f:
                return new PyFloat(f);
            case Half h:
                return new PyFloat((double)h);
            case decimal m:
                return new PyFloat((double)m); // Python's float: the nearest double, as float(Decimal(...)) gives
            case Complex z:
                return new PyComplex(z.Real, z.Imaginary);
            case ReadOnlyMemory<byte> rom:
                return new PyBytes(rom.ToArray());
            case Memory<byte> mem:
                return new PyBytes(mem.ToArray());
            case ArraySegment<byte> seg:
                return new PyBytes(seg.AsSpan().ToArray());
        }
        if (depth >= MaxDepth)
            throw new NoPythonEquivalentException($"The value is nested more than {MaxDepth} levels deep (or contains itself); it cannot be passed to Python.");
        switch (value)
        {
            case IDictionary dict:
            {
                var d = new PyDict(dict.Count);
                foreach (DictionaryEntry e in dict)
                {
                    var key = ToPython(e.Key, depth + 1);
                    try
                    {
                        d.SetItem(key, ToPython(e.Value, depth + 1));
                    }
                    catch (PyException ex)
                    {
                        throw new NoPythonEquivalentException($"The dictionary key {e.Key} cannot be a Python dict key: {ex.Message}", ex);
                    }
                }
                return d;
            }
            case ITuple tuple:
            {
                var items = new PyObject[tuple.Length];
                for (int i = 0; i < items.Length; i++)
                    items[i] = ToPython(tuple[i], depth + 1);
                return PyTuple.Of(items);
            }
            case Array array when array.Rank == 1:
            {
                var items = new PyObject[array.Length];
                int i = 0;
                foreach (var item in array)
                    items[i++] = ToPython(item, depth + 1);
                return PyTuple.Of(items);
            }
            case Array:
                throw Unsupported(value); // a multi-dimensional array: Python has no such value
            case IList list:
            {
                var items = new PyObject[list.Count];
                for (int i = 0; i < items.Length; i++)
                    items[i] = ToPython(list[i], depth + 1);
                return PyTuple.Of(items);
            }
            case IEnumerable set when IsSet(value.GetType()):
            {
                var s = new PySet(frozen: true);
                foreach (var item in set)
                {
                    try
                    {
                        s.Add(ToPython(item, depth + 1));
                    }
                    catch (PyException ex)
                    {
                        throw new NoPythonEquivalentException($"The set item {item} cannot be a Python set item: {ex.Message}", ex);
                    }
                }
                return s;
            }
        }
        throw Unsupported(value);
    }

    private static bool IsSet(Type t)
    {
        foreach (var i in t.GetInterfaces())
        {
            if (i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ISet<>) || i.GetGenericTypeDefinition() == typeof(IReadOnlySet<>)))
                return true;
        }
        return false;
    }

    private static NoPythonEquivalentException Unsupported(object value) => new(
        $"Values of type '{value.GetType().FullName}' cannot be passed to Python. Supported: null, bool, integer types, BigInteger, " +
        "float, double, decimal, Half, Complex, char, string, byte[] and byte memory, PythonQueue, and arrays, lists, tuples, " +
        "sets and dictionaries of these.");

    /// <summary>
    /// The .NET value for a Python value (run inside the interpreter that owns <paramref name="value"/>, or on a
    /// shareable value anywhere). Throws InvalidCastException for a type with no .NET equivalent, naming it.
    /// </summary>
    public static object? ToClr(PyObject value) => ToClr(value, 0);

    private static object? ToClr(PyObject value, int depth)
    {
        switch (value)
        {
            case PyNone:
                return null;
            case PyBool b:
                return b == PyBool.True;
            case PyInt i:
                return i.IsBig ? i.Big : (object)i.Value; // (object) on one side: a bare conditional would widen long to BigInteger
            case PyFloat f:
                return f.Value;
            case PyStr s:
                return s.Value;
            case PyBytes bytes:
                return (byte[])bytes.Value.Clone();
            case PyByteArray ba:
                return ba.AsSpan().ToArray();
            case PyComplex z:
                return new Complex(z.Real, z.Imag);
            case PyQueueHandle q:
                return new PythonQueue(q.Queue);
        }
        if (depth >= MaxDepth)
            throw new NoClrEquivalentException($"The Python value is nested more than {MaxDepth} levels deep (or contains itself); it has no .NET equivalent.");
        switch (value)
        {
            case PyTuple t:
            {
                var items = new object?[t.Items.Length];
                for (int i = 0; i < items.Length; i++)
                    items[i] = ToClr(t.Items[i], depth + 1);
                return items;
            }
            case PyList list:
            {
                var items = new object?[list.Count];
                for (int i = 0; i < items.Length && i < list.Count; i++)
                    items[i] = ToClr(list[i], depth + 1);
                return items;
            }
            case PyDict dict:
            {
                var d = new Dictionary<object, object?>(dict.Count, StructuralComparer.Create());
                foreach (var (k, v) in dict.Items())
                {
                    var key = ToClr(k, depth + 1) ?? throw new NoClrEquivalentException("A dict with the key None has no .NET equivalent (a Dictionary key cannot be null).");
                    d[key] = ToClr(v, depth + 1);
                }
                return d;
            }
            case PySet set:
            {
                var s = new HashSet<object?>(StructuralComparer.Create());
                int pos = 0;
                while (set.Next(ref pos, out var item, out _))
                    s.Add(ToClr(item, depth + 1));
                return s;
            }
        }
        throw new NoClrEquivalentException($"A Python value of type '{Ops.TypeName(value)}' has no .NET equivalent. Convertible: None, bool, int, " +
            "float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset and queues.");
    }
}

/// <summary>A .NET value with no Python equivalent. Its own class inside the runtime, so that the embedding API tells
/// it from an ArgumentException a runtime bug might throw; callers get a plain ArgumentException
/// (<see cref="ToPublic"/>).</summary>
internal sealed class NoPythonEquivalentException : ArgumentException
{
    public NoPythonEquivalentException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>The exception the public API throws: a plain ArgumentException with the same message.</summary>
    public ArgumentException ToPublic() => new(Message, InnerException);
}

/// <summary>A Python value with no .NET equivalent. Its own class inside the runtime, so that the embedding API tells
/// it from a failed cast inside the runtime (a bug); callers get a plain InvalidCastException, as .NET throws for a
/// conversion it does not support (<see cref="ToPublic"/>).</summary>
internal sealed class NoClrEquivalentException : InvalidCastException
{
    public NoClrEquivalentException(string message)
        : base(message)
    {
    }

    /// <summary>The exception the public API throws: a plain InvalidCastException with the same message.</summary>
    public InvalidCastException ToPublic() => new(Message);
}

/// <summary>
/// Key equality for dictionaries and sets converted from Python: Python compares tuple and bytes keys by value, so
/// their .NET forms (<c>object?[]</c> and <c>byte[]</c>) are compared element by element; everything else uses
/// <see cref="object.Equals(object?)"/>.
/// </summary>
internal sealed class StructuralComparer : IEqualityComparer<object?>
{
    private StructuralComparer()
    {
    }

    // A new instance each time: the comparer is stateless, and a static one would be a static field of a mutable type
    // in the eyes of the invariant test, which cannot tell.
    public static StructuralComparer Create() => new();

    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
            return true;
        if (x is object?[] xa && y is object?[] ya)
        {
            if (xa.Length != ya.Length)
                return false;
            for (int i = 0; i < xa.Length; i++)
            {
                if (!Equals(xa[i], ya[i]))
                    return false;
            }
            return true;
        }
        if (x is byte[] xb && y is byte[] yb)
            return xb.AsSpan().SequenceEqual(yb);
        return x != null && x.Equals(y);
    }

    public int GetHashCode(object? obj)
    {
        switch (obj)
        {
            case null:
                return 0;
            case object?[] a:
            {
                var h = new HashCode();
                foreach (var item in a)
                    h.Add(GetHashCode(item));
                return h.ToHashCode();
            }
            case byte[] b:
            {
                var h = new HashCode();
                h.AddBytes(b);
                return h.ToHashCode();
            }
            default:
                return obj.GetHashCode();
        }
    }
}
