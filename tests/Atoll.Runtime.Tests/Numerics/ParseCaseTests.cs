using Atoll.Runtime.Numerics;
using Xunit;
using static Atoll.Runtime.Tests.Numerics.NumericCases;

namespace Atoll.Runtime.Tests.Numerics;

/// <summary>float(str), int(str, base) and the int/str digit limit against CPython 3.13 (cases/parse.jsonl).</summary>
public class ParseCaseTests
{
    [Fact]
    public void Float_from_str() => Check("parse", "parse_float", c => NumberParse.ParseFloat(S(c.Args[0])));

    [Fact]
    public void Int_from_str() => Check("parse", "parse_int", c => Str(NumberParse.ParseInt(S(c.Args[0]), c.Args[1].GetInt32())));

    [Fact]
    public void Int_from_str_digit_limit() => Check("parse", "parse_int_limit", c =>
    {
        string s = S(c.Args[0]);
        var v = NumberParse.ParseInt(s, c.Args[1].GetInt32(), c.Args[2].GetInt32());
        return s.Length < 1200 ? Str(v) : "ok";
    });

    [Fact]
    public void Int_to_str_digit_limit() => Check("parse", "int_str_limit", c =>
    {
        var v = NumberParse.ParseInt(S(c.Args[0]), 0, 0).ToBigInteger();
        return IntText.ToDecimal(v, c.Args[1].GetInt32()).Length;
    });
}
