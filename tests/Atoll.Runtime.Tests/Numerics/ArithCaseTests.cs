using System;
using System.Numerics;
using Atoll.Runtime.Numerics;
using Xunit;
using static Atoll.Runtime.Tests.Numerics.NumericCases;

namespace Atoll.Runtime.Tests.Numerics;

/// <summary>Arithmetic and hashing against CPython 3.13 (cases/arith.jsonl, cases/hash.jsonl).</summary>
public class ArithCaseTests
{
    private static bool Fits(BigInteger v) => v >= long.MinValue && v <= long.MaxValue;

    [Fact]
    public void Int_floor_division() => Check("arith", "floordiv_int", c =>
    {
        BigInteger a = I(c.Args[0]), b = I(c.Args[1]);
        string big = Str(IntMath.FloorDivide(a, b));
        if (Fits(a) && Fits(b))
            Assert.Equal(big, Str(IntMath.FloorDivide((long)a, (long)b)));
        return big;
    });

    [Fact]
    public void Int_modulo() => Check("arith", "mod_int", c =>
    {
        BigInteger a = I(c.Args[0]), b = I(c.Args[1]);
        string big = Str(IntMath.Modulo(a, b));
        if (Fits(a) && Fits(b))
            Assert.Equal(big, Str(IntMath.Modulo((long)a, (long)b)));
        return big;
    });

    [Fact]
    public void Int_divmod() => Check("arith", "divmod_int", c =>
    {
        BigInteger a = I(c.Args[0]), b = I(c.Args[1]);
        BigInteger q = IntMath.DivMod(a, b, out BigInteger r);
        if (Fits(a) && Fits(b))
        {
            bool ok = IntMath.TryDivMod((long)a, (long)b, out long lq, out long lr);
            Assert.Equal(r, lr);
            if (ok)
                Assert.Equal(q, lq);
            else
                Assert.True(a == long.MinValue && b == -1);
        }
        return new object[] { Str(q), Str(r) };
    });

    [Fact]
    public void Int_true_division() => Check("arith", "truediv_int", c =>
    {
        BigInteger a = I(c.Args[0]), b = I(c.Args[1]);
        double big = IntMath.TrueDivide(a, b);
        if (Fits(a) && Fits(b))
            Assert.Equal(BitConverter.DoubleToInt64Bits(big), BitConverter.DoubleToInt64Bits(IntMath.TrueDivide((long)a, (long)b)));
        return big;
    });

    [Fact]
    public void Int_to_float() => Check("arith", "int_to_double", c => IntMath.ToDouble(I(c.Args[0])));

    [Fact]
    public void Float_floor_division() => Check("arith", "floordiv_float", c => FloatMath.FloorDivide(D(c.Args[0]), D(c.Args[1])));

    [Fact]
    public void Float_modulo() => Check("arith", "mod_float", c => FloatMath.Modulo(D(c.Args[0]), D(c.Args[1])));

    [Fact]
    public void Float_divmod() => Check("arith", "divmod_float", c =>
    {
        double q = FloatMath.DivMod(D(c.Args[0]), D(c.Args[1]), out double r);
        return new object[] { q, r };
    });

    [Fact]
    public void Float_true_division() => Check("arith", "truediv_float", c => FloatMath.TrueDivide(D(c.Args[0]), D(c.Args[1])));

    [Fact]
    public void Float_pow() => Check("arith", "pow_float", c =>
    {
        double r = FloatMath.Pow(D(c.Args[0]), D(c.Args[1]), out bool complex);
        return complex ? "complex" : r;
    });

    [Fact]
    public void Int_pow() => Check("arith", "pow_int", c =>
    {
        BigInteger a = I(c.Args[0]), b = I(c.Args[1]);
        if (b.Sign < 0)
            return IntMath.PowToFloat(a, b);
        string big = Str(IntMath.Pow(a, b));
        if (Fits(a) && Fits(b))
            Assert.Equal(big, Str(IntMath.Pow((long)a, (long)b)));
        return big;
    });

    [Fact]
    public void Int_pow_modulo() => Check("arith", "powmod", c => Str(IntMath.ModPow(I(c.Args[0]), I(c.Args[1]), I(c.Args[2]))));

    [Fact]
    public void Float_round() => Check("arith", "round_float", c =>
    {
        double x = D(c.Args[0]);
        if (c.Args[1].ValueKind == System.Text.Json.JsonValueKind.Null)
            return Str(FloatMath.ToInteger(FloatMath.RoundHalfEven(x)));
        return FloatMath.Round(x, c.Args[1].GetInt64());
    });

    [Fact]
    public void Int_round() => Check("arith", "round_int", c => Str(IntMath.Round(I(c.Args[0]), c.Args[1].GetInt64())));

    [Fact]
    public void Hash_int() => Check("hash", "hash_int", c =>
    {
        BigInteger v = I(c.Args[0]);
        long h = NumericHash.Int(v);
        if (Fits(v))
            Assert.Equal(h, NumericHash.Int((long)v));
        return h;
    });

    [Fact]
    public void Hash_float() => Check("hash", "hash_float", c => NumericHash.Float(D(c.Args[0]), 0));

    [Fact]
    public void Hash_complex() => Check("hash", "hash_complex", c => NumericHash.Complex(D(c.Args[0]), D(c.Args[1]), 0));

    [Fact]
    public void Hash_tuple() => Check("hash", "hash_tuple", c =>
    {
        var items = c.Args[0];
        long[] hashes = new long[items.GetArrayLength()];
        for (int i = 0; i < hashes.Length; i++)
            hashes[i] = long.Parse(S(items[i]), System.Globalization.CultureInfo.InvariantCulture);
        return NumericHash.Tuple(hashes);
    });
}
