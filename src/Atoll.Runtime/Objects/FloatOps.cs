using System;
using Atoll.Runtime.Numerics;

namespace Atoll.Runtime.Objects;

/// <summary>Arithmetic on <c>float</c> with CPython's semantics (the rules live in <see cref="FloatMath"/>).</summary>
public static class FloatOps
{
    /// <summary><c>repr(float)</c>: the shortest string that round-trips, laid out as CPython does.</summary>
    public static string Repr(double d) => FloatFormat.Repr(d);

    /// <summary><c>hash(float)</c>: equal to the hash of an equal int; NaN hashes by identity.</summary>
    public static long Hash(double d, PyObject self) => NumericHash.Float(d, double.IsNaN(d) ? Ops.IdentityHash(self) : 0);

    /// <summary><c>a // b</c>.</summary>
    public static double FloorDiv(double a, double b)
    {
        if (b == 0)
            throw Err.ZeroDivision("float floor division by zero");
        return FloatMath.FloorDivide(a, b);
    }

    /// <summary><c>a % b</c>.</summary>
    public static double Mod(double a, double b)
    {
        if (b == 0)
            throw Err.ZeroDivision("float modulo by zero");
        return FloatMath.Modulo(a, b);
    }

    /// <summary><c>divmod(a, b)</c> for floats.</summary>
    public static (double Div, double Mod) DivMod(double a, double b)
    {
        if (b == 0)
            throw Err.ZeroDivision("float divmod()");
        double d = FloatMath.DivMod(a, b, out double m);
        return (d, m);
    }

    /// <summary><c>a ** b</c> for floats; a negative base with a fractional exponent gives a complex result.</summary>
    public static PyObject Pow(double a, double b)
    {
        double r;
        bool needsComplex;
        try
        {
            r = FloatMath.Pow(a, b, out needsComplex);
        }
        catch (NumericError e)
        {
            throw BuiltinTypes.ToPy(e);
        }
        if (needsComplex)
            return ComplexOps.Pow(new PyComplex(a, 0), new PyComplex(b, 0));
        return new PyFloat(r);
    }
}

/// <summary>Arithmetic on <c>complex</c>, computed as CPython 3.13 computes it so results match to the bit.</summary>
public static class ComplexOps
{
    /// <summary><c>repr(complex)</c>.</summary>
    public static string Repr(PyComplex c) => FloatFormat.ReprComplex(c.Real, c.Imag);

    /// <summary>The product, by the textbook formula (CPython 3.13 has no mixed-mode real*complex rule).</summary>
    public static (double Re, double Im) Mul(double ar, double ai, double br, double bi) => (ar * br - ai * bi, ar * bi + ai * br);

    /// <summary>
    /// The quotient by Smith's method (scale by the larger divisor component), as CPython's complex division does;
    /// false when the divisor is zero.
    /// </summary>
    public static bool TryDiv(double ar, double ai, double br, double bi, out double re, out double im)
    {
        double absBr = Math.Abs(br), absBi = Math.Abs(bi);
        if (absBr >= absBi)
        {
            if (absBr == 0)
            {
                re = im = 0;
                return false;
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            re = (ar + ai * ratio) / denom;
            im = (ai - ar * ratio) / denom;
        }
        else if (absBi >= absBr)
        {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            re = (ar * ratio + ai) / denom;
            im = (ai * ratio - ar) / denom;
        }
        else
        {
            // A NaN component: neither comparison holds.
            re = im = double.NaN;
        }
        return true;
    }

    /// <summary><c>a / b</c>.</summary>
    public static PyComplex Div(PyComplex a, PyComplex b)
    {
        if (!TryDiv(a.Real, a.Imag, b.Real, b.Imag, out double re, out double im))
            throw Err.ZeroDivision("complex division by zero");
        return new PyComplex(re, im);
    }

    /// <summary><c>abs(z)</c>: hypot with C99's rules (an infinite part wins over NaN); OverflowError when finite parts overflow.</summary>
    public static double Abs(double re, double im)
    {
        if (!double.IsFinite(re) || !double.IsFinite(im))
        {
            if (double.IsInfinity(re) || double.IsInfinity(im))
                return double.PositiveInfinity;
            return double.NaN;
        }
        double r = double.Hypot(re, im);
        if (double.IsInfinity(r))
            throw Err.Overflow("absolute value too large");
        return r;
    }

    /// <summary>
    /// <c>a ** b</c>. Integral exponents up to 100 in size use repeated squaring (then one division for a negative
    /// exponent); others the polar form. Errors as CPython: a zero base with a negative or complex exponent, or an
    /// infinite result.
    /// </summary>
    public static PyComplex Pow(PyComplex a, PyComplex b)
    {
        double re, im;
        bool domainError = false;
        if (b.Imag == 0 && b.Real == Math.Floor(b.Real) && Math.Abs(b.Real) <= 100)
        {
            long n = (long)b.Real;
            (re, im) = PowUnsigned(a.Real, a.Imag, n < 0 ? -n : n);
            if (n < 0 && !TryDiv(1, 0, re, im, out re, out im))
                domainError = true;
        }
        else if (b.Real == 0 && b.Imag == 0)
        {
            (re, im) = (1, 0);
        }
        else if (a.Real == 0 && a.Imag == 0)
        {
            if (b.Imag != 0 || b.Real < 0)
                domainError = true;
            (re, im) = (0, 0);
        }
        else
        {
            double vabs = double.Hypot(a.Real, a.Imag);
            double len = Math.Pow(vabs, b.Real);
            double at = Math.Atan2(a.Imag, a.Real);
            double phase = at * b.Real;
            if (b.Imag != 0)
            {
                len /= Math.Exp(at * b.Imag);
                phase += b.Imag * Math.Log(vabs);
            }
            re = len * Math.Cos(phase);
            im = len * Math.Sin(phase);
        }
        if (domainError)
            throw Err.ZeroDivision("0.0 to a negative or complex power");
        if (double.IsInfinity(re) || double.IsInfinity(im))
            throw Err.Overflow("complex exponentiation");
        return new PyComplex(re, im);
    }

    private static (double Re, double Im) PowUnsigned(double xr, double xi, long n)
    {
        double rr = 1, ri = 0, pr = xr, pi = xi;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1)
        {
            if ((n & mask) != 0)
                (rr, ri) = Mul(rr, ri, pr, pi);
            (pr, pi) = Mul(pr, pi, pr, pi);
        }
        return (rr, ri);
    }
}
