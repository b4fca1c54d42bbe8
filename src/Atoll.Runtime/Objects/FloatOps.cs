using System;
using System.Numerics;

namespace Atoll.Runtime.Objects;

/// <summary>Arithmetic on <c>float</c> with CPython's semantics.</summary>
public static class FloatOps
{
    private const long HashModulus = (1L << 61) - 1;

    /// <summary><c>repr(float)</c>: the shortest string that round-trips, laid out as CPython does.</summary>
    public static string Repr(double d) => Atoll.Syntax.PyRepr.Float(d);

    /// <summary><c>hash(float)</c>: equal to the hash of an equal int; NaN hashes by identity.</summary>
    public static long Hash(double d, PyObject self)
    {
        if (double.IsNaN(d))
            return Ops.IdentityHash(self);
        if (double.IsInfinity(d))
            return d > 0 ? 314159 : -314159;
        if (d == Math.Floor(d) && Math.Abs(d) < 9.2e18)
        {
            long v = (long)d;
            return IntOps.Hash(PyInt.From(v));
        }
        // x = m * 2**e with m an odd integer: hash = m * 2**e mod P, computed with modular arithmetic.
        long bits = BitConverter.DoubleToInt64Bits(d);
        bool neg = bits < 0;
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0)
            exp = 1;
        else
            mant |= 1L << 52;
        int e = exp - 1075;
        var m = new BigInteger(mant) % HashModulus;
        // 2**e mod P for negative e: 2 has order 61 modulo P, so 2**e = 2**(e mod 61).
        int ee = ((e % 61) + 61) % 61;
        var h = (long)((m * BigInteger.ModPow(2, ee, HashModulus)) % HashModulus);
        if (neg)
            h = -h;
        return h == -1 ? -2 : h;
    }

    /// <summary><c>a // b</c>.</summary>
    public static double FloorDiv(double a, double b)
    {
        if (b == 0)
            throw Err.ZeroDivision("float floor division by zero");
        return DivMod(a, b).Div;
    }

    /// <summary><c>a % b</c>.</summary>
    public static double Mod(double a, double b)
    {
        if (b == 0)
            throw Err.ZeroDivision("float modulo by zero");
        double m = a % b;
        if (m != 0)
        {
            if ((b < 0) != (m < 0))
                m += b;
        }
        else
        {
            m = Math.CopySign(0.0, b);
        }
        return m;
    }

    /// <summary><c>divmod(a, b)</c> for floats.</summary>
    public static (double Div, double Mod) DivMod(double a, double b)
    {
        if (b == 0)
            throw Err.ZeroDivision("float divmod()");
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0)
        {
            if ((b < 0) != (mod < 0))
            {
                mod += b;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, b);
        }
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5)
                floordiv += 1.0;
        }
        else
        {
            floordiv = Math.CopySign(0.0, a / b);
        }
        return (floordiv, mod);
    }

    /// <summary><c>a ** b</c> for floats; null when the result is complex (negative base, fractional exponent).</summary>
    public static PyObject Pow(double a, double b)
    {
        if (b == 0)
            return new PyFloat(1.0);
        if (a == 0 && b < 0 && !double.IsInfinity(b))
            throw Err.ZeroDivision("zero to a negative power");
        if (a < 0 && b != Math.Floor(b) && !double.IsInfinity(b) && !double.IsNaN(b))
            return ComplexOps.Pow(new PyComplex(a, 0), new PyComplex(b, 0));
        double r = Math.Pow(a, b);
        if (double.IsInfinity(r) && !double.IsInfinity(a) && !double.IsInfinity(b))
            throw Err.Overflow("(34, 'Numerical result out of range')");
        return new PyFloat(r);
    }
}

/// <summary>Arithmetic on <c>complex</c>.</summary>
public static class ComplexOps
{
    /// <summary><c>repr(complex)</c>.</summary>
    public static string Repr(PyComplex c) => Atoll.Syntax.PyRepr.Complex(new Complex(c.Real, c.Imag));

    /// <summary><c>a ** b</c>.</summary>
    public static PyComplex Pow(PyComplex a, PyComplex b)
    {
        if (b.Real == 0 && b.Imag == 0)
            return new PyComplex(1, 0);
        if (a.Real == 0 && a.Imag == 0)
        {
            if (b.Imag != 0 || b.Real < 0)
                throw Err.ZeroDivision("zero to a negative or complex power");
            return new PyComplex(0, 0);
        }
        var r = Complex.Pow(new Complex(a.Real, a.Imag), new Complex(b.Real, b.Imag));
        return new PyComplex(r.Real, r.Imaginary);
    }
}
