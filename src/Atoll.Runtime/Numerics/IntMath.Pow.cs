using System;
using System.Numerics;

namespace Atoll.Runtime.Numerics;

internal static partial class IntMath
{
    /// <summary>Results above this many bits raise MemoryError instead of exhausting the process.</summary>
    private const long MaxResultBits = int.MaxValue;

    /// <summary><c>b ** e</c> for <paramref name="e"/> ≥ 0 (a negative exponent gives a float: <see cref="PowToFloat"/>).</summary>
    public static IntValue Pow(long b, long e)
    {
        if (e < 0)
            throw new ArgumentOutOfRangeException(nameof(e), "negative exponent: use PowToFloat");
        long result = 1, factor = b;
        long n = e;
        while (true)
        {
            if ((n & 1) != 0)
            {
                long hi = Math.BigMul(result, factor, out long lo);
                if (hi != (lo >> 63))
                    return PowBig(b, e);
                result = lo;
            }
            n >>= 1;
            if (n == 0)
                return IntValue.FromLong(result);
            long fhi = Math.BigMul(factor, factor, out long flo);
            if (fhi != (flo >> 63))
                return PowBig(b, e);
            factor = flo;
        }
    }

    /// <summary><c>b ** e</c> for <paramref name="e"/> ≥ 0.</summary>
    public static IntValue Pow(BigInteger b, BigInteger e)
    {
        if (e.Sign < 0)
            throw new ArgumentOutOfRangeException(nameof(e), "negative exponent: use PowToFloat");
        if (b >= long.MinValue && b <= long.MaxValue && e <= long.MaxValue)
            return Pow((long)b, (long)e);
        return PowBig(b, e);
    }

    /// <summary><c>b ** e</c> for a negative <paramref name="e"/>: Python converts both to float first.</summary>
    public static double PowToFloat(BigInteger b, BigInteger e) => FloatMath.Pow(ToDouble(b), ToDouble(e), out _);

    private static IntValue PowBig(BigInteger b, BigInteger e)
    {
        if (e.IsZero || b.IsOne)
            return IntValue.FromLong(1);
        if (b.IsZero)
            return IntValue.FromLong(0);
        if (b == BigInteger.MinusOne)
            return IntValue.FromLong(e.IsEven ? 1 : -1);
        long bits = (long)BigInteger.Abs(b).GetBitLength();
        if (e > MaxResultBits || (long)e > MaxResultBits / (bits - 1))
            NumericError.ThrowMemory();
        int n = (int)e;
        if (BigInteger.IsPow2(BigInteger.Abs(b)))
        {
            BigInteger p = BigInteger.One << (int)((bits - 1) * n);
            return IntValue.FromBig(b.Sign < 0 && !e.IsEven ? -p : p);
        }
        return IntValue.FromBig(BigInteger.Pow(b, n));
    }

    /// <summary>
    /// <c>pow(b, e, m)</c>: the result has the sign of <paramref name="m"/>; a negative exponent uses the modular
    /// inverse of <paramref name="b"/>.
    /// </summary>
    public static BigInteger ModPow(BigInteger b, BigInteger e, BigInteger m)
    {
        if (m.IsZero)
            NumericError.ThrowValue("pow() 3rd argument cannot be 0");
        bool negativeModulus = m.Sign < 0;
        if (negativeModulus)
            m = -m;
        if (m.IsOne)
            return BigInteger.Zero;
        b = BigInteger.Remainder(b, m);
        if (b.Sign < 0)
            b += m;
        if (e.Sign < 0)
        {
            b = ModInverse(b, m);
            e = -e;
        }
        var r = BigInteger.ModPow(b, e, m);
        if (negativeModulus && !r.IsZero)
            r -= m;
        return r;
    }

    /// <summary>The inverse of <paramref name="a"/> (0 ≤ a &lt; m) modulo <paramref name="m"/> &gt; 1.</summary>
    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        // Extended Euclid on (a, m), tracking only a's coefficient.
        BigInteger r0 = a, r1 = m, s0 = BigInteger.One, s1 = BigInteger.Zero;
        while (!r1.IsZero)
        {
            var q = BigInteger.DivRem(r0, r1, out BigInteger r2);
            (r0, r1) = (r1, r2);
            (s0, s1) = (s1, s0 - q * s1);
        }
        if (!r0.IsOne)
            NumericError.ThrowValue("base is not invertible for the given modulus");
        s0 %= m;
        return s0.Sign < 0 ? s0 + m : s0;
    }

    /// <summary><c>round(x, ndigits)</c> for an int: unchanged for ndigits ≥ 0, else to a multiple of 10**-ndigits, half to even.</summary>
    public static BigInteger Round(BigInteger x, BigInteger ndigits)
    {
        if (ndigits.Sign >= 0 || x.IsZero)
            return x;
        // |x| < 10**k / 2 certainly when k exceeds the digit count of x by one: the result is 0.
        long bits = (long)BigInteger.Abs(x).GetBitLength();
        if (-ndigits > (long)(bits * 0.30103) + 2)
            return BigInteger.Zero;
        var scale = BigInteger.Pow(10, (int)-ndigits);
        var q = DivMod(x, scale, out BigInteger r);
        int c = (r << 1).CompareTo(scale);
        if (c > 0 || (c == 0 && !q.IsEven))
            q += BigInteger.One;
        return q * scale;
    }
}
