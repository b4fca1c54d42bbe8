using System.Numerics;
using System.Runtime.CompilerServices;

namespace Atoll.Runtime.Objects;

/// <summary>
/// <c>int</c>: a <c>long</c> with promotion to <see cref="BigInteger"/> when a result leaves the machine range.
/// A big value is always outside the long range, so "fits in a long" and "is small" are the same test.
/// Small values are cached process-wide (immutable, hence shareable).
/// </summary>
public class PyInt : PyObject
{
    /// <summary>The value when <see cref="IsBig"/> is false.</summary>
    public readonly long Value;
    private readonly object? _big; // boxed BigInteger, only for values outside the long range

    private const int CacheLow = -5;
    private const int CacheHigh = 1024;
    private static readonly PyInt[] Cache = MakeCache();

    private static PyInt[] MakeCache()
    {
        var a = new PyInt[CacheHigh - CacheLow + 1];
        for (int i = 0; i < a.Length; i++)
            a[i] = new PyInt(i + CacheLow);
        return a;
    }

    /// <summary>Zero.</summary>
    public static PyInt Zero => Cache[-CacheLow];

    /// <summary>One.</summary>
    public static PyInt One => Cache[1 - CacheLow];

    private protected PyInt(long value) => Value = value;

    /// <summary>A copy of another int's value (for instances of int subclasses).</summary>
    private protected PyInt(PyInt value)
    {
        Value = value.Value;
        _big = value._big;
    }

    private protected PyInt(BigInteger big)
    {
        _big = big;
        Value = big.Sign;
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.Int;

    /// <summary>True when the value lies outside the long range.</summary>
    public bool IsBig
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _big != null;
    }

    /// <summary>The value as a BigInteger.</summary>
    public BigInteger Big => _big != null ? (BigInteger)_big : Value;

    /// <summary>An int object for a long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt From(long v)
    {
        if ((ulong)(v - CacheLow) <= CacheHigh - CacheLow)
            return Cache[v - CacheLow];
        return new PyInt(v);
    }

    /// <summary>An int object for any integer.</summary>
    public static PyInt From(BigInteger v)
    {
        if (v >= long.MinValue && v <= long.MaxValue)
            return From((long)v);
        return new PyInt(v);
    }

    /// <summary>The sign: -1, 0 or 1.</summary>
    public int Sign => _big != null ? ((BigInteger)_big).Sign : Value.CompareTo(0);

    /// <summary>True when the value fits an Int32.</summary>
    public bool FitsInt => _big == null && Value is >= int.MinValue and <= int.MaxValue;

    /// <inheritdoc/>
    public override string ToString() => _big != null ? ((BigInteger)_big).ToString() : Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary><c>bool</c>: a subclass of int with exactly two instances.</summary>
public sealed class PyBool : PyInt
{
    /// <summary><c>True</c>.</summary>
    public static readonly PyBool True = new(1);

    /// <summary><c>False</c>.</summary>
    public static readonly PyBool False = new(0);

    private PyBool(long v) : base(v)
    {
    }

    /// <summary>The bool for a .NET bool.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyBool From(bool b) => b ? True : False;

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.Bool;
}

/// <summary>An instance of a Python subclass of int.</summary>
internal sealed class PyIntSub : PyInt
{
    private readonly PyType _type;
    private readonly PyDict? _dict;

    internal PyIntSub(PyType type, PyInt value) : base(value)
    {
        _type = type;
        if (type.HasInstanceDict)
            _dict = new PyDict();
    }

    public override PyType Type => _type;

    public override PyDict? Dict => _dict;
}

/// <summary><c>float</c>.</summary>
public class PyFloat : PyObject
{
    /// <summary>The value.</summary>
    public readonly double Value;

    /// <summary>Wraps a double.</summary>
    public PyFloat(double value) => Value = value;

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.Float;

    /// <inheritdoc/>
    public override string ToString() => Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>An instance of a Python subclass of float.</summary>
internal sealed class PyFloatSub : PyFloat
{
    private readonly PyType _type;
    private readonly PyDict? _dict;

    internal PyFloatSub(PyType type, double value) : base(value)
    {
        _type = type;
        if (type.HasInstanceDict)
            _dict = new PyDict();
    }

    public override PyType Type => _type;

    public override PyDict? Dict => _dict;
}

/// <summary><c>complex</c>.</summary>
public class PyComplex : PyObject
{
    /// <summary>Real part.</summary>
    public readonly double Real;

    /// <summary>Imaginary part.</summary>
    public readonly double Imag;

    /// <summary>Creates a complex.</summary>
    public PyComplex(double real, double imag)
    {
        Real = real;
        Imag = imag;
    }

    /// <inheritdoc/>
    public override PyType Type => BuiltinTypes.Complex;
}

/// <summary>An instance of a Python subclass of complex.</summary>
internal sealed class PyComplexSub : PyComplex
{
    private readonly PyType _type;
    private readonly PyDict? _dict;

    internal PyComplexSub(PyType type, double real, double imag) : base(real, imag)
    {
        _type = type;
        if (type.HasInstanceDict)
            _dict = new PyDict();
    }

    public override PyType Type => _type;

    public override PyDict? Dict => _dict;
}
