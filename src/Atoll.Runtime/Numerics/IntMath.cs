using System;
using System.Numerics;

namespace Atoll.Runtime.Numerics;

/// <summary>
/// int arithmetic with Python's semantics (docs.python.org/3/reference/expressions.html#binary-arithmetic-operations):
/// floor division and modulo round toward negative infinity (the remainder takes the divisor's sign), true division
/// is correctly rounded, and results leave the 64-bit range as BigInteger instead of wrapping.
/// </summary>
internal static partial class IntMath
{
    /// <summary><c>a // b</c>. Returns false (with no quotient) for the one overflow: long.MinValue // -1 = 2**63.</summary>
    public static bool TryFloorDivide(long a, long b, out long quotient)
    {
        if (b == 0)
            NumericError.ThrowZeroDivision("integer division or modulo by zero");
        if (b == -1)
        {
            quotient = unchecked(-a);
            return a != long.MinValue;
        }
        long q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0)))
            q--;
        quotient = q;
        return true;
    }

    /// <summary><c>a // b</c> as an int of any size.</summary>
    public static IntValue FloorDivide(long a, long b) =>
        TryFloorDivide(a, b, out long q) ? IntValue.FromLong(q) : IntValue.FromBig(-(BigInteger)a);

    /// <summary><c>a % b</c> (never overflows).</summary>
    public static long Modulo(long a, long b)
    {
        if (b == 0)
            NumericError.ThrowZeroDivision("integer modulo by zero");
        if (b == -1)
            return 0;
        long r = a % b;
        if (r != 0 && ((r < 0) != (b < 0)))
            r += b;
        return r;
    }

    /// <summary><c>divmod(a, b)</c>; false for long.MinValue, -1 (quotient 2**63, remainder 0).</summary>
    public static bool TryDivMod(long a, long b, out long quotient, out long remainder)
    {
        if (b == 0)
            NumericError.ThrowZeroDivision("integer division or modulo by zero");
        remainder = Modulo(a, b);
        return TryFloorDivide(a, b, out quotient);
    }

    public static BigInteger FloorDivide(BigInteger a, BigInteger b)
    {
        if (b.IsZero)
            NumericError.ThrowZeroDivision("integer division or modulo by zero");
        var q = BigInteger.DivRem(a, b, out BigInteger r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0))
            q -= BigInteger.One;
        return q;
    }

    public static BigInteger Modulo(BigInteger a, BigInteger b)
    {
        if (b.IsZero)
            NumericError.ThrowZeroDivision("integer modulo by zero");
        var r = BigInteger.Remainder(a, b);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0))
            r += b;
        return r;
    }

    public static BigInteger DivMod(BigInteger a, BigInteger b, out BigInteger remainder)
    {
        if (b.IsZero)
            NumericError.ThrowZeroDivision("integer division or modulo by zero");
        var q = BigInteger.DivRem(a, b, out BigInteger r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0))
        {
            q -= BigInteger.One;
            r += b;
        }
        remainder = r;
        return q;
    }

    /// <summary><c>a / b</c> for ints: the exact quotient correctly rounded to a float.</summary>
    public static double TrueDivide(long a, long b)
    {
        if (b == 0)
            NumericError.ThrowZeroDivision("division by zero");
        const long Exact = 1L << 53;
        if (a >= -Exact && a <= Exact && b >= -Exact && b <= Exact)
            return (double)a / b; // both exact, so one IEEE division rounds once
        return TrueDivide((BigInteger)a, b);
    }

    /// <summary>
    /// <c>a / b</c> for ints: the exact quotient correctly rounded (half to even) to a float, subnormals included;
    /// OverflowError when it is too large for a float.
    /// </summary>
    public static double TrueDivide(BigInteger a, BigInteger b)
    {
        if (b.IsZero)
            NumericError.ThrowZeroDivision("division by zero");
        bool negative = (a.Sign < 0) != (b.Sign < 0);
        if (a.IsZero)
            return negative ? -0.0 : 0.0;
        var na = BigInteger.Abs(a);
        var nb = BigInteger.Abs(b);
        long la = (long)na.GetBitLength(), lb = (long)nb.GetBitLength();
        if (la <= 53 && lb <= 53)
        {
            double q = (double)(long)na / (long)nb;
            return negative ? -q : q;
        }
        // e: the quotient lies in [2^(e-1), 2^e).
        long e = la - lb;
        if (e > 1025)
            NumericError.ThrowOverflow("integer division result too large for a float");
        if (e < -1080)
            return negative ? -0.0 : 0.0;
        if (ShiftCompare(na, nb, e) >= 0)
            e++;
        // Round at ulp 2^u: 53 significant bits, or fewer where the result is subnormal.
        long u = Math.Max(e - 53, -1074);
        // x = floor(a / (b * 2^(u-2))), two bits below the ulp, and a sticky bit for any remainder.
        long s = u - 2;
        BigInteger x = s >= 0
            ? BigInteger.DivRem(na, nb << (int)s, out BigInteger rem)
            : BigInteger.DivRem(na << (int)-s, nb, out rem);
        ulong bits = (ulong)x;
        if (!rem.IsZero)
            bits |= 1;
        ulong mantissa = RoundShift2(bits);
        double result = Math.ScaleB(mantissa, (int)u);
        if (double.IsInfinity(result))
            NumericError.ThrowOverflow("integer division result too large for a float");
        return negative ? -result : result;
    }

    /// <summary><c>float(v)</c>: correctly rounded (half to even); OverflowError beyond the float range.</summary>
    public static double ToDouble(BigInteger v)
    {
        if (v >= long.MinValue && v <= long.MaxValue)
            return (long)v; // the hardware conversion rounds to nearest, ties to even
        bool negative = v.Sign < 0;
        var abs = BigInteger.Abs(v);
        long length = (long)abs.GetBitLength();
        if (length > 1024)
            NumericError.ThrowOverflow("int too large to convert to float");
        // Keep 55 bits (53 + guard + one more), with a sticky bit for everything shifted out.
        int shift = (int)(length - 55);
        ulong bits = (ulong)(abs >> shift);
        if ((long)BigInteger.TrailingZeroCount(abs) < shift)
            bits |= 1;
        double result = Math.ScaleB(RoundShift2(bits), shift + 2);
        if (double.IsInfinity(result))
            NumericError.ThrowOverflow("int too large to convert to float");
        return negative ? -result : result;
    }

    /// <summary>Drops the two low bits of <paramref name="bits"/>, rounding half to even (the lowest bit is sticky).</summary>
    private static ulong RoundShift2(ulong bits)
    {
        ulong low = bits & 3;
        ulong kept = bits >> 2;
        if (low > 2 || (low == 2 && (kept & 1) != 0))
            kept++;
        return kept;
    }

    /// <summary>Compares a with b * 2^shift.</summary>
    private static int ShiftCompare(BigInteger a, BigInteger b, long shift) =>
        shift >= 0 ? a.CompareTo(b << (int)shift) : (a << (int)-shift).CompareTo(b);
}
