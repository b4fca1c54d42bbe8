using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using Atoll.Runtime.Numerics;

namespace Atoll.Runtime.Objects;

/// <summary>Arithmetic on <c>int</c> with CPython's semantics: long fast lanes, BigInteger when a result leaves them.</summary>
public static class IntOps
{
    /// <summary><c>hash(int)</c> (the value modulo 2**61 - 1, sign kept, -1 mapped to -2).</summary>
    public static long Hash(PyInt i) => i.IsBig ? NumericHash.Int(i.Big) : NumericHash.Int(i.Value);

    /// <summary>The decimal digits, under CPython's limit on int-to-str conversion.</summary>
    public static string ToDecimalString(PyInt i)
    {
        if (!i.IsBig)
            return IntText.ToDecimal(i.Value);
        try
        {
            return IntText.ToDecimal(i.Big, ThreadStateLimits.MaxStrDigits);
        }
        catch (NumericError e)
        {
            throw BuiltinTypes.ToPy(e);
        }
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
        try
        {
            return new PyFloat(!a.IsBig && !b.IsBig ? IntMath.TrueDivide(a.Value, b.Value) : IntMath.TrueDivide(a.Big, b.Big));
        }
        catch (NumericError e)
        {
            throw BuiltinTypes.ToPy(e);
        }
    }

    /// <summary>Converts to float (correctly rounded), with CPython's overflow error.</summary>
    public static double ToDouble(PyInt i)
    {
        if (!i.IsBig)
            return i.Value;
        try
        {
            return IntMath.ToDouble(i.Big);
        }
        catch (NumericError e)
        {
            throw BuiltinTypes.ToPy(e);
        }
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
        try
        {
            if (b.Sign < 0)
                return new PyFloat(IntMath.PowToFloat(a.Big, b.Big));
            return BuiltinTypes.FromIntValue(!a.IsBig && !b.IsBig ? IntMath.Pow(a.Value, b.Value) : IntMath.Pow(a.Big, b.Big));
        }
        catch (NumericError e)
        {
            throw BuiltinTypes.ToPy(e);
        }
    }

    /// <summary><c>pow(a, b, m)</c>.</summary>
    public static PyInt PowMod(PyInt a, PyInt b, PyInt m)
    {
        try
        {
            return PyInt.From(IntMath.ModPow(a.Big, b.Big, m.Big));
        }
        catch (NumericError e)
        {
            throw BuiltinTypes.ToPy(e);
        }
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
