using System;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Atoll.Runtime.Objects;

/// <summary>Arithmetic on <c>int</c> with CPython's semantics: long fast lanes, BigInteger when a result leaves them.</summary>
public static class IntOps
{
    private const long HashModulus = (1L << 61) - 1;

    /// <summary><c>hash(int)</c>: the value modulo 2**61 - 1 with the sign kept, and -1 mapped to -2.</summary>
    public static long Hash(PyInt i)
    {
        if (!i.IsBig)
        {
            long v = i.Value;
            if ((ulong)v < HashModulus)
                return v;
            long h = v == long.MinValue ? -(long)(unchecked((ulong)long.MinValue) % HashModulus) : (v < 0 ? -((-v) % HashModulus) : v % HashModulus);
            return h == -1 ? -2 : h;
        }
        var b = i.Big;
        var m = (long)(BigInteger.Abs(b) % HashModulus);
        if (b.Sign < 0)
            m = -m;
        return m == -1 ? -2 : m;
    }

    /// <summary>The decimal digits (CPython limits conversions of huge ints to 4300 digits).</summary>
    public static string ToDecimalString(PyInt i)
    {
        if (!i.IsBig)
            return i.Value.ToString(CultureInfo.InvariantCulture);
        var b = i.Big;
        // Quick bound: a number below 10**4300 has at most 4300 digits; only then pay for the conversion.
        if (b.GetBitLength() > 14284)
        {
            var s = BigInteger.Abs(b).ToString(CultureInfo.InvariantCulture);
            if (s.Length > ThreadStateLimits.MaxStrDigits)
                throw Err.Value($"Exceeds the limit ({ThreadStateLimits.MaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
            return b.Sign < 0 ? "-" + s : s;
        }
        return b.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary><c>a + b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt Add(PyInt a, PyInt b)
    {
        if (!a.IsBig && !b.IsBig)
        {
            long x = a.Value, y = b.Value, r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0)
                return PyInt.From(r);
        }
        return PyInt.From(a.Big + b.Big);
    }

    /// <summary><c>a - b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt Sub(PyInt a, PyInt b)
    {
        if (!a.IsBig && !b.IsBig)
        {
            long x = a.Value, y = b.Value, r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0)
                return PyInt.From(r);
        }
        return PyInt.From(a.Big - b.Big);
    }

    /// <summary><c>a * b</c>.</summary>
    public static PyInt Mul(PyInt a, PyInt b)
    {
        if (!a.IsBig && !b.IsBig)
        {
            long x = a.Value, y = b.Value;
            long hi = Math.BigMul(x, y, out long lo);
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))
                return PyInt.From(lo);
        }
        return PyInt.From(a.Big * b.Big);
    }

    /// <summary><c>a // b</c>.</summary>
    public static PyInt FloorDiv(PyInt a, PyInt b)
    {
        if (b.Sign == 0)
            throw Err.ZeroDivision("integer division or modulo by zero");
        if (!a.IsBig && !b.IsBig && !(a.Value == long.MinValue && b.Value == -1))
        {
            long x = a.Value, y = b.Value;
            long q = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0)))
                q--;
            return PyInt.From(q);
        }
        var bq = BigInteger.DivRem(a.Big, b.Big, out var rem);
        if (!rem.IsZero && (rem.Sign < 0) != (b.Sign < 0))
            bq -= 1;
        return PyInt.From(bq);
    }

    /// <summary><c>a % b</c>.</summary>
    public static PyInt Mod(PyInt a, PyInt b)
    {
        if (b.Sign == 0)
            throw Err.ZeroDivision("integer modulo by zero");
        if (!a.IsBig && !b.IsBig)
        {
            long y = b.Value;
            if (y == -1)
                return PyInt.Zero;
            long r = a.Value % y;
            if (r != 0 && ((r < 0) != (y < 0)))
                r += y;
            return PyInt.From(r);
        }
        var br = BigInteger.Remainder(a.Big, b.Big);
        if (!br.IsZero && (br.Sign < 0) != (b.Sign < 0))
            br += b.Big;
        return PyInt.From(br);
    }

    /// <summary><c>a / b</c> (true division, correctly rounded).</summary>
    public static PyFloat TrueDiv(PyInt a, PyInt b)
    {
        if (b.Sign == 0)
            throw Err.ZeroDivision("division by zero");
        if (!a.IsBig && !b.IsBig && Math.Abs(a.Value) < (1L << 53) && Math.Abs(b.Value) < (1L << 53))
            return new PyFloat((double)a.Value / b.Value);
        return new PyFloat(BigTrueDiv(a.Big, b.Big));
    }

    private static double BigTrueDiv(BigInteger a, BigInteger b)
    {
        bool negative = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        // Scale so the quotient has 55+ significant bits, then round half-even on the remainder.
        long shift = (long)a.GetBitLength() - (long)b.GetBitLength() - 55;
        BigInteger num = shift < 0 ? a << (int)-shift : a;
        BigInteger den = shift > 0 ? b << (int)shift : b;
        var q = BigInteger.DivRem(num, den, out var rem);
        // q has 55 or 56 bits; keep 53 with correct rounding via the sticky bit.
        int extra = (int)q.GetBitLength() - 53;
        var kept = q >> extra;
        var dropped = q - (kept << extra);
        var half = BigInteger.One << (extra - 1);
        if (dropped > half || (dropped == half && (!rem.IsZero || !kept.IsEven)) || (dropped == half && rem.IsZero && !kept.IsEven))
            kept += 1;
        else if (dropped == half && !rem.IsZero)
            kept += 1;
        long exp = shift + extra;
        if (exp + (long)kept.GetBitLength() > 1024)
            throw Err.Overflow("integer division result too large for a float");
        double r = Math.ScaleB((double)kept, (int)Math.Max(exp, -1100));
        return negative ? -r : r;
    }

    /// <summary>Converts to float, with CPython's overflow error.</summary>
    public static double ToDouble(PyInt i)
    {
        if (!i.IsBig)
            return i.Value;
        double d = (double)i.Big;
        if (double.IsInfinity(d))
            throw Err.Overflow("int too large to convert to float");
        return d;
    }

    /// <summary><c>-a</c>.</summary>
    public static PyInt Neg(PyInt a) => !a.IsBig && a.Value != long.MinValue ? PyInt.From(-a.Value) : PyInt.From(-a.Big);

    /// <summary><c>abs(a)</c>.</summary>
    public static PyInt Abs(PyInt a) => a.Sign < 0 ? Neg(a) : (a.GetType() == typeof(PyInt) ? a : PyInt.From(a.Big));

    /// <summary><c>~a</c>.</summary>
    public static PyInt Invert(PyInt a) => !a.IsBig ? PyInt.From(~a.Value) : PyInt.From(-(a.Big + 1));

    /// <summary><c>a &lt;&lt; b</c>.</summary>
    public static PyInt LShift(PyInt a, PyInt b)
    {
        if (b.Sign < 0)
            throw Err.Value("negative shift count");
        if (a.Sign == 0)
            return PyInt.Zero;
        if (b.IsBig || b.Value > int.MaxValue)
            throw Err.New(BuiltinTypes.MemoryError, "");
        int s = (int)b.Value;
        if (!a.IsBig && s < 63)
        {
            long x = a.Value;
            long r = x << s;
            if (r >> s == x)
                return PyInt.From(r);
        }
        return PyInt.From(a.Big << s);
    }

    /// <summary><c>a &gt;&gt; b</c>.</summary>
    public static PyInt RShift(PyInt a, PyInt b)
    {
        if (b.Sign < 0)
            throw Err.Value("negative shift count");
        if (b.IsBig || b.Value > int.MaxValue)
            return a.Sign < 0 ? PyInt.From(-1) : PyInt.Zero;
        int s = (int)b.Value;
        if (!a.IsBig)
            return PyInt.From(s >= 64 ? (a.Value < 0 ? -1 : 0) : a.Value >> s);
        return PyInt.From(a.Big >> s);
    }

    /// <summary><c>a &amp; b</c>.</summary>
    public static PyInt And(PyInt a, PyInt b) => !a.IsBig && !b.IsBig ? PyInt.From(a.Value & b.Value) : PyInt.From(a.Big & b.Big);

    /// <summary><c>a | b</c>.</summary>
    public static PyInt Or(PyInt a, PyInt b) => !a.IsBig && !b.IsBig ? PyInt.From(a.Value | b.Value) : PyInt.From(a.Big | b.Big);

    /// <summary><c>a ^ b</c>.</summary>
    public static PyInt Xor(PyInt a, PyInt b) => !a.IsBig && !b.IsBig ? PyInt.From(a.Value ^ b.Value) : PyInt.From(a.Big ^ b.Big);

    /// <summary><c>a ** b</c> (a negative exponent gives a float).</summary>
    public static PyObject Pow(PyInt a, PyInt b)
    {
        if (b.Sign < 0)
        {
            double x = ToDouble(a);
            if (x == 0)
                throw Err.ZeroDivision("0.0 cannot be raised to a negative power");
            return new PyFloat(Math.Pow(x, ToDouble(b)));
        }
        if (b.IsBig)
        {
            if (!a.IsBig && a.Value is 0 or 1)
                return a;
            if (!a.IsBig && a.Value == -1)
                return b.Big.IsEven ? PyInt.One : a;
            throw Err.New(BuiltinTypes.MemoryError, "");
        }
        long e = b.Value;
        if (!a.IsBig)
        {
            long result = 1, bs = a.Value;
            long ee = e;
            bool overflow = false;
            while (ee > 0)
            {
                if ((ee & 1) != 0)
                {
                    long hi = Math.BigMul(result, bs, out long lo);
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)))
                    {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                ee >>= 1;
                if (ee > 0)
                {
                    long hi2 = Math.BigMul(bs, bs, out long lo2);
                    if (!((hi2 == 0 && lo2 >= 0) || (hi2 == -1 && lo2 < 0)))
                    {
                        overflow = true;
                        break;
                    }
                    bs = lo2;
                }
            }
            if (!overflow)
                return PyInt.From(result);
        }
        if (e > int.MaxValue)
            throw Err.New(BuiltinTypes.MemoryError, "");
        return PyInt.From(BigInteger.Pow(a.Big, (int)e));
    }

    /// <summary><c>pow(a, b, m)</c>.</summary>
    public static PyInt PowMod(PyInt a, PyInt b, PyInt m)
    {
        if (m.Sign == 0)
            throw Err.Value("pow() 3rd argument cannot be 0");
        var mod = m.Big;
        var absMod = BigInteger.Abs(mod);
        var bs = a.Big;
        var ex = b.Big;
        if (ex.Sign < 0)
        {
            bs = ModInverse(bs, absMod) ?? throw Err.Value("base is not invertible for the given modulus");
            ex = -ex;
        }
        var r = BigInteger.ModPow(((bs % absMod) + absMod) % absMod, ex, absMod);
        if (mod.Sign < 0 && !r.IsZero)
            r += mod;
        return PyInt.From(r);
    }

    private static BigInteger? ModInverse(BigInteger a, BigInteger m)
    {
        if (m.IsOne)
            return BigInteger.Zero;
        BigInteger g = m, x = 0, x1 = 1, a1 = ((a % m) + m) % m;
        while (!a1.IsZero)
        {
            var q = g / a1;
            (g, a1) = (a1, g - q * a1);
            (x, x1) = (x1, x - q * x1);
        }
        if (!g.IsOne)
            return null;
        return ((x % m) + m) % m;
    }

    /// <summary>Compares two ints: negative, zero or positive.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(PyInt a, PyInt b)
    {
        if (!a.IsBig && !b.IsBig)
            return a.Value.CompareTo(b.Value);
        return a.Big.CompareTo(b.Big);
    }

    /// <summary>Compares an int with a float exactly (no rounding of the int).</summary>
    public static int CompareWithFloat(PyInt a, double b)
    {
        if (double.IsNaN(b))
            return 2; // unordered
        if (double.IsPositiveInfinity(b))
            return -1;
        if (double.IsNegativeInfinity(b))
            return 1;
        if (!a.IsBig && Math.Abs(a.Value) < (1L << 53))
            return ((double)a.Value).CompareTo(b);
        double fl = Math.Floor(b);
        var bi = new BigInteger(fl);
        int c = a.Big.CompareTo(bi);
        if (c != 0)
            return c;
        return fl == b ? 0 : -1;
    }
}

/// <summary>Process-wide limits that CPython makes configurable per interpreter (kept constant here for now).</summary>
internal static class ThreadStateLimits
{
    /// <summary>sys.get_int_max_str_digits() default.</summary>
    public const int MaxStrDigits = 4300;
}
