using System;
using System.Numerics;
using Atoll.Runtime.Numerics;
using Xunit;
using static Atoll.Runtime.Tests.Numerics.NumericCases;

namespace Atoll.Runtime.Tests.Numerics;

/// <summary>float and int methods against CPython 3.13 (cases/methods.jsonl).</summary>
public class MethodCaseTests
{
    private static bool Fits(BigInteger v) => v >= long.MinValue && v <= long.MaxValue;

    [Fact]
    public void Float_as_integer_ratio() => Check("methods", "as_integer_ratio", c =>
    {
        var (n, d) = FloatMath.AsIntegerRatio(D(c.Args[0]));
        return new object[] { Str(n), Str(d) };
    });

    [Fact]
    public void Float_is_integer() => Check("methods", "is_integer", c => FloatMath.IsInteger(D(c.Args[0])));

    [Fact]
    public void Float_hex() => Check("methods", "float_hex", c => FloatHex.ToHex(D(c.Args[0])));

    [Fact]
    public void Float_fromhex() => Check("methods", "float_fromhex", c => FloatHex.FromHex(S(c.Args[0])));

    [Fact]
    public void Float_to_int() => Check("methods", "float_to_int", c => Str(FloatMath.ToInteger(D(c.Args[0]))));

    [Fact]
    public void Int_bit_length() => Check("methods", "bit_length", c =>
    {
        BigInteger v = I(c.Args[0]);
        long n = IntBits.BitLength(v);
        if (Fits(v))
            Assert.Equal(n, IntBits.BitLength((long)v));
        return n;
    });

    [Fact]
    public void Int_bit_count() => Check("methods", "bit_count", c =>
    {
        BigInteger v = I(c.Args[0]);
        long n = IntBits.BitCount(v);
        if (Fits(v))
            Assert.Equal(n, IntBits.BitCount((long)v));
        return n;
    });

    [Fact]
    public void Bin() => Check("methods", "bin", c => IntText.Bin(I(c.Args[0])));

    [Fact]
    public void Oct() => Check("methods", "oct", c => IntText.Oct(I(c.Args[0])));

    [Fact]
    public void Hex() => Check("methods", "hex", c => IntText.Hex(I(c.Args[0])));

    [Fact]
    public void Int_to_bytes() => Check("methods", "to_bytes", c =>
        Convert.ToHexStringLower(IntBits.ToBytes(I(c.Args[0]), c.Args[1].GetInt64(), IntBits.IsBigEndian(S(c.Args[2])), c.Args[3].GetBoolean())));

    [Fact]
    public void Int_from_bytes() => Check("methods", "from_bytes", c =>
        Str(IntBits.FromBytes(Convert.FromHexString(S(c.Args[0])), IntBits.IsBigEndian(S(c.Args[1])), c.Args[2].GetBoolean())));
}
