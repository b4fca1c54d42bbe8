using System;
using System.Buffers;
using System.Globalization;
using System.Numerics;

namespace Atoll.Runtime.Numerics;

internal static partial class FloatMath
{
    /// <summary>Beyond this many digits after the point every double is already exact (CPython's NDIGITS_MAX).</summary>
    private const int NDigitsMax = 323;

    /// <summary>Below this every double rounds to zero (CPython's NDIGITS_MIN).</summary>
    private const int NDigitsMin = -308;

    /// <summary><c>round(x)</c> before the conversion to int: the nearest integer, ties to even.</summary>
    public static double RoundHalfEven(double x) => Math.Round(x, MidpointRounding.ToEven);

    /// <summary>
    /// <c>round(x, ndigits)</c>: the exact value of x rounded half to even at 10**-ndigits, then read back as the
    /// nearest float (so round(2.675, 2) is 2.67: the double 2.675 lies below the tie). A caller with an ndigits
    /// outside the range of long clamps it.
    /// </summary>
    public static double Round(double x, long ndigits)
    {
        if (!double.IsFinite(x))
            return x;
        if (ndigits > NDigitsMax)
            return x;
        if (ndigits < NDigitsMin)
            return 0.0 * x;
        if (x == 0)
            return x;
        double result = ndigits >= 0 ? RoundFixed(x, (int)ndigits) : RoundTens(Math.Abs(x), (int)-ndigits);
        if (double.IsInfinity(result))
            NumericError.ThrowOverflow("rounded value too large to represent");
        return x < 0 ? -Math.Abs(result) : result;
    }

    private static double RoundFixed(double x, int ndigits)
    {
        if (Math.Abs(x) >= 4503599627370496.0) // 2^52: already an integer
            return Math.Abs(x);
        int size = DoubleDigits.FixedBufferSize(x, ndigits);
        char[]? rented = null;
        Span<char> digits = size <= 512 ? stackalloc char[size] : (rented = ArrayPool<char>.Shared.Rent(size));
        int n = DoubleDigits.Fixed(x, ndigits, digits, out int decpt);
        double result = FromDigits(digits[..n], decpt);
        if (rented != null)
            ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>Rounds positive <paramref name="x"/> to a multiple of 10**k, k ≥ 1.</summary>
    private static double RoundTens(double x, int k)
    {
        // The exact decimal exponent of x: the shortest digits may have rounded up to a power of ten.
        Span<char> digits = stackalloc char[DoubleDigits.SignificantBufferSize(330)];
        int n = DoubleDigits.Shortest(x, digits, out int decpt);
        if (n == 1 && digits[0] == '1' && LessThanPowerOfTen(x, decpt - 1))
            decpt--;
        int keep = decpt - k; // significant digits left after rounding
        if (keep >= 1)
        {
            n = DoubleDigits.Significant(x, keep, digits, out decpt);
            return FromDigits(digits[..n], decpt);
        }
        if (keep < 0)
            return 0.0;
        // x lies in [10**(k-1), 10**k): it becomes 10**k above the half, 0 at or below it (0 is the even side).
        return CompareWithFiveTimesPowerOfTen(x, k - 1) > 0 ? FromDigits("1", k + 1) : 0.0;
    }

    /// <summary>Whether x &lt; 10**p exactly (p ≥ 0; x below 1 is below every such power).</summary>
    private static bool LessThanPowerOfTen(double x, int p)
    {
        if (p < 0)
            return false;
        if (p <= 22)
            return x < Pow10Exact(p);
        return new BigInteger(x) < BigInteger.Pow(10, p); // x ≥ 1e22 is an integer
    }

    /// <summary>Compares x ≥ 10**p with 5 × 10**p exactly.</summary>
    private static int CompareWithFiveTimesPowerOfTen(double x, int p)
    {
        if (p <= 15)
            return x.CompareTo(5 * Pow10Exact(p)); // 5e15 and below are exact doubles
        return new BigInteger(x).CompareTo(5 * BigInteger.Pow(10, p)); // x ≥ 1e16 is an integer
    }

    private static double Pow10Exact(int p)
    {
        double r = 1;
        for (int i = 0; i < p; i++)
            r *= 10; // exact up to 10^22
        return r;
    }

    /// <summary>The double nearest 0.d1d2...dn × 10^decpt.</summary>
    private static double FromDigits(ReadOnlySpan<char> digits, int decpt)
    {
        Span<char> text = digits.Length + 16 <= 512 ? stackalloc char[512] : new char[digits.Length + 16];
        digits.CopyTo(text);
        int len = digits.Length;
        text[len++] = 'e';
        (decpt - digits.Length).TryFormat(text[len..], out int w, default, CultureInfo.InvariantCulture);
        len += w;
        return double.Parse(text[..len], NumberStyles.AllowExponent | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }
}
