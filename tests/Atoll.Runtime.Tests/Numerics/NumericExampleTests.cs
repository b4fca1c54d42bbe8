using System.Numerics;
using Atoll.Runtime.Numerics;
using Xunit;

namespace Atoll.Runtime.Tests.Numerics;

/// <summary>
/// Readable examples of the CPython 3.13 behaviours the numeric helpers reproduce (the case files hold thousands more).
/// </summary>
public class NumericExampleTests
{
    [Theory]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(123456789012345.0, "123456789012345.0")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.NaN, "nan")]
    public void Repr(double x, string expected) => Assert.Equal(expected, FloatFormat.Repr(x));

    [Theory]
    [InlineData(1e16, "", "1e+16")]
    [InlineData(1.0, ".3", "1.0")]
    [InlineData(1.5, "", "1.5")]
    [InlineData(100.0, ".3", "1e+02")]
    [InlineData(1234.5, "012,.1f", "00,001,234.5")]
    [InlineData(-0.0001, "z.2f", "0.00")]
    [InlineData(1.5, "#.0%", "150.%")]
    public void Format_float(double x, string spec, string expected) => Assert.Equal(expected, Formatter.FormatFloat(x, spec));

    [Theory]
    [InlineData(1234, "08,", "0,001,234")]
    [InlineData(0x12345, "#012_x", "0x0_0001_2345")]
    [InlineData(-5, "#b", "-0b101")]
    [InlineData(12, "=^+#08_x", "==+0xc==")]
    [InlineData(65, "05c", "0000A")]
    public void Format_int(long v, string spec, string expected) => Assert.Equal(expected, Formatter.FormatInt(v, spec));

    [Theory]
    [InlineData("abc", "x^7.2", "xxabxxx")]
    [InlineData("\U0001F600x", "*^5", "*\U0001F600x**")]
    [InlineData("ab", "05", "ab000")]
    public void Format_str(string s, string spec, string expected) => Assert.Equal(expected, Formatter.FormatString(s, spec));

    [Theory]
    [InlineData(1, "s", "ValueError", "Unknown format code 's' for object of type 'int'")]
    [InlineData(1, ".", "ValueError", "Format specifier missing precision")]
    [InlineData(1, ",s", "ValueError", "Cannot specify ',' with 's'.")]
    [InlineData(1, "abc", "ValueError", "Invalid format specifier 'abc' for object of type 'int'")]
    [InlineData(-1, "c", "OverflowError", "%c arg not in range(0x110000)")]
    public void Format_int_errors(long v, string spec, string type, string message)
    {
        var e = Assert.Throws<NumericError>(() => Formatter.FormatInt(v, spec));
        Assert.Equal((type, message), (e.PythonType, e.Message));
    }

    [Fact]
    public void Printf()
    {
        Assert.Equal("1.23e+06", Atoll.Runtime.Numerics.Printf.FormatFloat(1234567, PrintfFlags.None, -1, 3, 'g'));
        Assert.Equal("0xff", Atoll.Runtime.Numerics.Printf.FormatInt(255L, PrintfFlags.Alternate, -1, -1, 'x'));
        Assert.Equal("+0003", Atoll.Runtime.Numerics.Printf.FormatInt(3L, PrintfFlags.Sign | PrintfFlags.Zero, 5, -1, 'd'));
        Assert.Equal("-0x001", Atoll.Runtime.Numerics.Printf.FormatInt(-1L, PrintfFlags.Alternate, 5, 3, 'x'));
    }

    [Fact]
    public void Parse()
    {
        Assert.Equal(10.5, NumberParse.ParseFloat(" 1_0.5 "));
        Assert.Equal(123.5, NumberParse.ParseFloat("\u0661\u0662\u0663.\u0665"));
        Assert.Equal(31, NumberParse.ParseInt("0x_1f", 0).Small);
        Assert.Equal(BigInteger.Pow(2, 64), NumberParse.ParseInt("18446744073709551616", 10).Big);
        var e = Assert.Throws<NumericError>(() => NumberParse.ParseInt("010", 0));
        Assert.Equal("invalid literal for int() with base 0: '010'", e.Message);
        e = Assert.Throws<NumericError>(() => NumberParse.ParseFloat("abc"));
        Assert.Equal("could not convert string to float: 'abc'", e.Message);
        e = Assert.Throws<NumericError>(() => NumberParse.ParseInt(new string('1', 5000), 10));
        Assert.Equal("Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit", e.Message);
        e = Assert.Throws<NumericError>(() => IntText.ToDecimal(BigInteger.Pow(10, 5000), IntText.DefaultMaxStrDigits));
        Assert.Equal("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", e.Message);
    }

    [Fact]
    public void Hash()
    {
        Assert.Equal(-2, NumericHash.Int(-1));
        Assert.Equal(0, NumericHash.Int((1L << 61) - 1));
        Assert.Equal(314159, NumericHash.Float(double.PositiveInfinity, 0));
        Assert.Equal(NumericHash.Int(3), NumericHash.Float(3.0, 0));
        // NaN hashes by identity, like object.__hash__: an address aligned to 16 hashes to address >> 4.
        Assert.Equal(0x7ffa414681fL, NumericHash.Float(double.NaN, 0x7ffa414681f0));
        Assert.Equal(NumericHash.Identity(12345), NumericHash.Float(double.NaN, 12345));
    }

    [Fact]
    public void Arithmetic()
    {
        Assert.False(IntMath.TryFloorDivide(long.MinValue, -1, out _));
        Assert.Equal(-(BigInteger)long.MinValue, IntMath.FloorDivide(long.MinValue, -1).Big);
        Assert.Equal(-4, IntMath.FloorDivide(-7, 2).Small);
        Assert.Equal(1, IntMath.Modulo(-7, 2));
        Assert.Equal(-0.0, FloatMath.Modulo(0.0, -3.0));
        Assert.True(double.IsNegative(FloatMath.Modulo(0.0, -3.0)));
        Assert.Equal(2.67, FloatMath.Round(2.675, 2));
        Assert.Equal(0.0, FloatMath.RoundHalfEven(0.5));
        Assert.Equal(2.0, FloatMath.RoundHalfEven(1.5));
        Assert.Equal(20, IntMath.Round(25, -1));
        Assert.Equal(0.5, IntMath.PowToFloat(2, -1));
        Assert.Equal(3, IntMath.ModPow(3, -1, 4));
        FloatMath.Pow(-8.0, 1.0 / 3, out bool complex);
        Assert.True(complex);
        var e = Assert.Throws<NumericError>(() => FloatMath.Pow(0.0, -1, out _));
        Assert.Equal(("ZeroDivisionError", "0.0 cannot be raised to a negative power"), (e.PythonType, e.Message));
        e = Assert.Throws<NumericError>(() => IntMath.TrueDivide(BigInteger.Pow(2, 1100), 3));
        Assert.Equal(("OverflowError", "integer division result too large for a float"), (e.PythonType, e.Message));
    }

    [Fact]
    public void Output_too_large_for_a_string_is_a_MemoryError()
    {
        var e = Assert.Throws<NumericError>(() => Formatter.FormatFloat(1.0, ".2147483646f"));
        Assert.Equal("MemoryError", e.PythonType);
        e = Assert.Throws<NumericError>(() => Formatter.FormatString("a", "3000000000"));
        Assert.Equal("MemoryError", e.PythonType);
        // CPython computes precision + 1 in a C int here, so the digits wrap around to none: "1e+00".
        Assert.Equal("1e+00", Formatter.FormatFloat(1.0, ".2147483647e"));
    }
}
