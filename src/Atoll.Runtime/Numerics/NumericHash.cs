using System;
using System.Numerics;

namespace Atoll.Runtime.Numerics;

/// <summary>
/// <c>hash()</c> of int, float, complex and tuple exactly as 64-bit CPython 3.13 computes them
/// (docs.python.org/3/library/stdtypes.html#hashing-of-numeric-types): numbers hash by their value modulo the
/// prime 2**61 - 1, so equal ints, floats and complexes hash alike; a tuple combines its items' hashes with the
/// xxHash64 round; and -1 is never a hash (it becomes -2).
/// </summary>
internal static class NumericHash
{
    /// <summary>2**61 - 1, the modulus of numeric hashes.</summary>
    public const long Modulus = (1L << 61) - 1;

    /// <summary>hash(inf); hash(-inf) is its negation.</summary>
    public const long Infinity = 314159;

    /// <summary>The multiplier of the imaginary part in a complex hash.</summary>
    public const long ImaginaryMultiplier = 1000003;

    private const ulong Prime1 = 11400714785074694791UL;
    private const ulong Prime2 = 14029467366897019727UL;
    private const ulong Prime5 = 2870177450012600261UL;

    /// <summary>hash(v) for an int.</summary>
    public static long Int(long v)
    {
        long h;
        if (v >= 0)
            h = v < Modulus ? v : (long)((ulong)v % Modulus);
        else
            h = -(long)(((ulong)-(v + 1) + 1) % Modulus);
        return h == -1 ? -2 : h;
    }

    public static long Int(BigInteger v)
    {
        if (v >= long.MinValue && v <= long.MaxValue)
            return Int((long)v);
        long h = (long)BigInteger.Remainder(v, Modulus); // sign of v: -(|v| mod P) for negatives
        return h == -1 ? -2 : h;
    }

    /// <summary>
    /// hash(x) for a float. NaN hashes by object identity in 3.13 (<paramref name="identity"/>, as for
    /// <see cref="Identity"/>), so two NaN objects rarely collide in a dict.
    /// </summary>
    public static long Float(double x, long identity)
    {
        if (double.IsNaN(x))
            return Identity(identity);
        if (double.IsInfinity(x))
            return x > 0 ? Infinity : -Infinity;
        if (x == 0)
            return 0;
        FloatMath.Decompose(x, out long mantissa, out int exponent);
        // mantissa × 2^exponent mod P: the mantissa is below P, and 2^61 ≡ 1, so multiplying by 2^k is a 61-bit rotation.
        int k = exponent % 61;
        if (k < 0)
            k += 61;
        ulong m = (ulong)mantissa;
        ulong h = k == 0 ? m : ((m << k) & Modulus) | (m >> (61 - k));
        long result = x < 0 ? -(long)h : (long)h;
        return result == -1 ? -2 : result;
    }

    /// <summary>hash(complex(re, im)): hash(re) + 1000003 × hash(im), wrapping.</summary>
    public static long Complex(double re, double im, long identity)
    {
        ulong h = unchecked((ulong)Float(re, identity) + ImaginaryMultiplier * (ulong)Float(im, identity));
        long result = (long)h;
        return result == -1 ? -2 : result;
    }

    /// <summary>The default hash of an object from its identity (CPython rotates the address right by 4 bits).</summary>
    public static long Identity(long identity)
    {
        long h = (long)BitOperations.RotateRight((ulong)identity, 4);
        return h == -1 ? -2 : h;
    }

    /// <summary>hash(t) of a tuple from its items' hashes.</summary>
    public static long Tuple(ReadOnlySpan<long> itemHashes)
    {
        ulong acc = Prime5;
        foreach (long lane in itemHashes)
        {
            acc += unchecked((ulong)lane * Prime2);
            acc = BitOperations.RotateLeft(acc, 31);
            acc *= Prime1;
        }
        acc += (ulong)itemHashes.Length ^ (Prime5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    /// <summary>hash(slice): the tuple hash of (start, stop, step) without the final length term (CPython 3.12+).</summary>
    public static long Slice(long start, long stop, long step)
    {
        ulong acc = Prime5;
        foreach (long lane in (ReadOnlySpan<long>)[start, stop, step])
        {
            acc += unchecked((ulong)lane * Prime2);
            acc = BitOperations.RotateLeft(acc, 31);
            acc *= Prime1;
        }
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }
}
