using System;
using System.Numerics;

namespace Atoll.Runtime.Numerics;

/// <summary>
/// float arithmetic with CPython 3.13's semantics: floor division and modulo whose remainder takes the divisor's sign
/// (and signed zeros where CPython gives them), <c>**</c> with its special cases, <c>round()</c> correctly rounded
/// from the exact binary value, and the conversions <c>as_integer_ratio</c>, <c>is_integer</c> and <c>int(x)</c>.
/// </summary>
internal static partial class FloatMath
{
    /// <summary><c>a / b</c>.</summary>
    public static double TrueDivide(double a, double b)
    {
        if (b == 0)
            NumericError.ThrowZeroDivision("float division by zero");
        return a / b;
    }

    /// <summary><c>a // b</c>.</summary>
    public static double FloorDivide(double a, double b)
    {
        if (b == 0)
            NumericError.ThrowZeroDivision("float floor division by zero");
        return DivModCore(a, b, out _);
    }

    /// <summary><c>a % b</c>: the result has the sign of <paramref name="b"/> (a zero result too).</summary>
    public static double Modulo(double a, double b)
    {
        if (b == 0)
            NumericError.ThrowZeroDivision("float modulo by zero");
        double mod = CRemainder(a, b);
        if (mod != 0)
        {
            if ((b < 0) != (mod < 0))
                mod += b;
        }
        else
        {
            mod = Math.CopySign(0.0, b);
        }
        return mod;
    }

    /// <summary><c>divmod(a, b)</c>.</summary>
    public static double DivMod(double a, double b, out double remainder)
    {
        if (b == 0)
            NumericError.ThrowZeroDivision("float divmod()");
        return DivModCore(a, b, out remainder);
    }

    /// <summary>
    /// The floor quotient and remainder, computed as CPython does so that every bit matches: the remainder from
    /// fmod, the quotient from (a - mod) / b, which is exact or nearly so, then snapped to the nearest integer.
    /// </summary>
    private static double DivModCore(double a, double b, out double remainder)
    {
        double mod = CRemainder(a, b);
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
        double floorDiv;
        if (div != 0)
        {
            floorDiv = Math.Floor(div);
            if (div - floorDiv > 0.5)
                floorDiv += 1.0;
        }
        else
        {
            floorDiv = Math.CopySign(0.0, a / b);
        }
        remainder = mod;
        return floorDiv;
    }

    /// <summary>C's fmod: the exact remainder with the sign of <paramref name="a"/> (.NET's % is the same operation).</summary>
    private static double CRemainder(double a, double b) => a % b;

    /// <summary><c>x.is_integer()</c>.</summary>
    public static bool IsInteger(double x) => double.IsFinite(x) && Math.Floor(x) == x;

    /// <summary><c>int(x)</c>: truncation toward zero; OverflowError for infinity, ValueError for NaN.</summary>
    public static IntValue ToInteger(double x)
    {
        if (double.IsNaN(x))
            NumericError.ThrowValue("cannot convert float NaN to integer");
        if (double.IsInfinity(x))
            NumericError.ThrowOverflow("cannot convert float infinity to integer");
        double t = Math.Truncate(x);
        if (t >= -9.2233720368547758e18 && t < 9.2233720368547758e18)
            return IntValue.FromLong((long)t);
        return IntValue.FromBig(new BigInteger(t)); // exact for integral doubles
    }

    /// <summary><c>x.as_integer_ratio()</c>: the lowest-terms fraction equal to x, with a positive denominator.</summary>
    public static (IntValue Numerator, IntValue Denominator) AsIntegerRatio(double x)
    {
        if (double.IsInfinity(x))
            NumericError.ThrowOverflow("cannot convert Infinity to integer ratio");
        if (double.IsNaN(x))
            NumericError.ThrowValue("cannot convert NaN to integer ratio");
        if (x == 0)
            return (IntValue.FromLong(0), IntValue.FromLong(1));
        Decompose(x, out long mantissa, out int exponent);
        // Reduce: the denominator is a power of two, so only the mantissa's trailing zeros cancel.
        int tz = BitOperations.TrailingZeroCount(mantissa);
        mantissa >>= tz;
        exponent += tz;
        if (x < 0)
            mantissa = -mantissa;
        if (exponent >= 0)
        {
            BigInteger num = (BigInteger)mantissa << exponent;
            return (IntValue.FromBig(num), IntValue.FromLong(1));
        }
        return (IntValue.FromLong(mantissa), IntValue.FromBig(BigInteger.One << -exponent));
    }

    /// <summary>|x| = mantissa × 2^exponent with an integer mantissa below 2^53 (x finite, nonzero).</summary>
    internal static void Decompose(double x, out long mantissa, out int exponent)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int biased = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xF_FFFF_FFFF_FFFF;
        if (biased == 0)
        {
            mantissa = fraction;
            exponent = -1074;
        }
        else
        {
            mantissa = fraction | (1L << 52);
            exponent = biased - 1075;
        }
    }
}
