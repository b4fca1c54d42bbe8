using System.Numerics;
using Atoll.Runtime.Numerics;
using Xunit;
using static Atoll.Runtime.Tests.Numerics.NumericCases;

namespace Atoll.Runtime.Tests.Numerics;

/// <summary>repr(float), format() and %-formatting against the outputs of CPython 3.13 (cases/*.jsonl).</summary>
public class FormatCaseTests
{
    [Fact]
    public void Repr_of_float() => Check("repr", "repr", c => FloatFormat.Repr(D(c.Args[0])));

    [Fact]
    public void Repr_of_complex() => Check("repr", "repr_complex", c => FloatFormat.ReprComplex(D(c.Args[0]), D(c.Args[1])));

    [Fact]
    public void Format_float() => Check("format", "format_float", c => Formatter.FormatFloat(D(c.Args[0]), S(c.Args[1])));

    [Fact]
    public void Format_int() => Check("format", "format_int", c =>
    {
        BigInteger v = I(c.Args[0]);
        string spec = S(c.Args[1]);
        string big = Formatter.FormatInt(v, spec, IntText.DefaultMaxStrDigits);
        if (v >= long.MinValue && v <= long.MaxValue)
            Assert.Equal(big, Formatter.FormatInt((long)v, spec));
        return big;
    });

    [Fact]
    public void Format_bool() => Check("format", "format_bool", c => Formatter.FormatInt(1, S(c.Args[1]), "bool"));

    [Fact]
    public void Format_str() => Check("format", "format_str", c => Formatter.FormatString(S(c.Args[0]), S(c.Args[1])));

    [Fact]
    public void Printf_int() => Check("printf", "printf_int", c =>
        Printf.FormatInt(I(c.Args[0]), Flags(S(c.Args[1])), c.Args[2].GetInt32(), c.Args[3].GetInt32(), S(c.Args[4])[0]));

    [Fact]
    public void Printf_float() => Check("printf", "printf_float", c =>
        Printf.FormatFloat(D(c.Args[0]), Flags(S(c.Args[1])), c.Args[2].GetInt32(), c.Args[3].GetInt32(), S(c.Args[4])[0]));

    private static PrintfFlags Flags(string s)
    {
        var f = PrintfFlags.None;
        foreach (char ch in s)
        {
            f |= ch switch
            {
                '-' => PrintfFlags.LeftAdjust,
                '+' => PrintfFlags.Sign,
                ' ' => PrintfFlags.Blank,
                '#' => PrintfFlags.Alternate,
                _ => PrintfFlags.Zero,
            };
        }
        return f;
    }
}
