using System;
using System.Collections.Generic;
using System.IO;
using System.Numerics;
using Atoll.Hosting;
using Xunit;

namespace Atoll.Embedding.Tests;

/// <summary>The conversion table of <see cref="PythonInterpreter"/>, both ways.</summary>
public sealed class ConversionTests : IDisposable
{
    private readonly PythonInterpreter _py = PythonInterpreter.Create(TextWriter.Null, TextWriter.Null);

    public void Dispose() => _py.Dispose();

    public static TheoryData<object?, string, string> ToPythonCases => new()
    {
        { null, "NoneType", "None" },
        { true, "bool", "True" },
        { false, "bool", "False" },
        { (byte)200, "int", "200" },
        { (sbyte)-100, "int", "-100" },
        { (short)-30000, "int", "-30000" },
        { (ushort)60000, "int", "60000" },
        { -7, "int", "-7" },
        { 4000000000u, "int", "4000000000" },
        { long.MinValue, "int", "-9223372036854775808" },
        { ulong.MaxValue, "int", "18446744073709551615" },
        { (nint)(-5), "int", "-5" },
        { (nuint)5, "int", "5" },
        { Int128.MaxValue, "int", "170141183460469231731687303715884105727" },
        { UInt128.MaxValue, "int", "340282366920938463463374607431768211455" },
        { BigInteger.Pow(2, 100), "int", "1267650600228229401496703205376" },
        { 1.5f, "float", "1.5" },
        { 0.1, "float", "0.1" },
        { double.NegativeInfinity, "float", "-inf" },
        { 0.1m, "float", "0.1" },
        { (Half)0.5, "float", "0.5" },
        { new Complex(1, -2), "complex", "(1-2j)" },
        { 'x', "str", "'x'" },
        { "h\u00e9llo \U0001F600", "str", "'h\u00e9llo \U0001F600'" },
        { new byte[] { 0, 65, 255 }, "bytes", "b'\\x00A\\xff'" },
        { new ReadOnlyMemory<byte>([1, 2, 3], 1, 2), "bytes", "b'\\x02\\x03'" },
        { new Memory<byte>([104, 105]), "bytes", "b'hi'" },
        { new ArraySegment<byte>([1, 104, 105], 1, 2), "bytes", "b'hi'" },
        { new[] { 1, 2, 3 }, "tuple", "(1, 2, 3)" },
        { Array.Empty<object>(), "tuple", "()" },
        { new List<object?> { 1, "a", null, 2.5 }, "tuple", "(1, 'a', None, 2.5)" },
        { (1, "two"), "tuple", "(1, 'two')" },
        { Tuple.Create(true, 'c'), "tuple", "(True, 'c')" },
        { new object[] { new[] { 1 }, new List<string> { "x" } }, "tuple", "((1,), ('x',))" },
        { new HashSet<int> { 3 }, "frozenset", "frozenset({3})" },
        { new Dictionary<string, object?> { ["a"] = 1, ["b"] = new[] { 2 } }, "dict", "{'a': 1, 'b': (2,)}" },
        { new SortedDictionary<int, string> { [2] = "two", [1] = "one" }, "dict", "{1: 'one', 2: 'two'}" },
        { new Dictionary<object, object> { [new object[] { 1, "k" }] = "tuple key" }, "dict", "{(1, 'k'): 'tuple key'}" },
    };

    [Theory]
    [MemberData(nameof(ToPythonCases))]
    public void DotNetValuesBecomePythonValues(object? value, string pythonType, string repr)
    {
        _py.SetGlobal("v", value);
        Assert.Equal(pythonType, _py.Eval("type(v).__name__"));
        Assert.Equal(repr, _py.Eval("repr(v)"));
        _py.Exec("def echo(x):\n    return x");
        Assert.Equal(repr, _py.Call("repr", value));
    }

    [Fact]
    public void StringsKeepTheirCodePoints()
    {
        _py.SetGlobal("s", "a\U0001F600b");
        Assert.Equal(3L, _py.Eval("len(s)"));
        Assert.Equal(0x1F600L, _py.Eval("ord(s[1])"));
    }

    [Fact]
    public void BytesAreCopiedIn()
    {
        var data = new byte[] { 1, 2, 3 };
        _py.SetGlobal("b", data);
        data[0] = 99;
        Assert.Equal(1L, _py.Eval("b[0]"));
    }

    [Fact]
    public void DictionariesAreCopiedIn()
    {
        var d = new Dictionary<string, int> { ["a"] = 1 };
        _py.SetGlobal("d", d);
        _py.Exec("d['b'] = 2");
        Assert.Single(d);
        Assert.Equal(2L, _py.Eval("len(d)"));
    }

    public static TheoryData<object> UnsupportedValues => new()
    {
        new object(),
        DateTime.UnixEpoch,
        DayOfWeek.Monday,
        new Uri("https://example.org"),
        new Stack<int>(),
        new[,] { { 1 } },
    };

    [Theory]
    [MemberData(nameof(UnsupportedValues))]
    public void UnsupportedDotNetValuesAreRefused(object value)
    {
        var e = Assert.Throws<ArgumentException>(() => _py.SetGlobal("v", value));
        Assert.Contains(value.GetType().FullName!, e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => _py.SetGlobal("v", new object?[] { 1, value }));
        Assert.Throws<ArgumentException>(() => _py.Call("len", new List<object> { value }));
    }

    [Fact]
    public void UnhashableDictionaryKeysAreRefused()
    {
        var key = new Dictionary<string, int>();
        var e = Assert.Throws<ArgumentException>(() => _py.SetGlobal("v", new Dictionary<object, int> { [key] = 1 }));
        Assert.Contains("unhashable", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CyclicDotNetValuesAreRefused()
    {
        var list = new List<object>();
        list.Add(list);
        Assert.Throws<ArgumentException>(() => _py.SetGlobal("v", list));
    }

    public static TheoryData<string, object?> ToDotNetCases => new()
    {
        { "None", null },
        { "True", true },
        { "1 == 2", false },
        { "-5", -5L },
        { "2 ** 63 - 1", long.MaxValue },
        { "-2 ** 63", long.MinValue },
        { "2 ** 63", BigInteger.Pow(2, 63) },
        { "-(10 ** 30)", -BigInteger.Pow(10, 30) },
        { "1.25", 1.25 },
        { "float('nan')", double.NaN },
        { "3 - 4j", new Complex(3, -4) },
        { "'h\u00e9llo \U0001F600'", "h\u00e9llo \U0001F600" },
        { "'\\udc80'", "\udc80" },
        { "b'\\x00ab'", new byte[] { 0, 97, 98 } },
        { "bytearray(b'xy')", new byte[] { 120, 121 } },
        { "()", Array.Empty<object?>() },
        { "(1, 'a', None)", new object?[] { 1L, "a", null } },
        { "[1, [2.5, [True]]]", new object?[] { 1L, new object?[] { 2.5, new object?[] { true } } } },
        { "True is 1", false },
    };

    [Theory]
    [MemberData(nameof(ToDotNetCases))]
    public void PythonValuesBecomeDotNetValues(string expression, object? expected)
    {
        var value = _py.Eval(expression);
        Assert.Equal(expected, value);
        if (expected != null)
            Assert.IsType(expected.GetType(), value);
    }

    [Fact]
    public void DictsBecomeDictionariesWithStructuralKeys()
    {
        var d = Assert.IsType<Dictionary<object, object?>>(_py.Eval("{'a': 1, (1, 'x'): [2], b'k': None, 7: 'seven'}"));
        Assert.Equal(4, d.Count);
        Assert.Equal(1L, d["a"]);
        Assert.Equal(new object?[] { 2L }, d[new object?[] { 1L, "x" }]);
        Assert.True(d.ContainsKey(new byte[] { (byte)'k' }));
        Assert.Null(d[new byte[] { (byte)'k' }]);
        Assert.Equal("seven", d[7L]);
        Assert.Equal(new object[] { "a", new object?[] { 1L, "x" }, new byte[] { (byte)'k' }, 7L }, d.Keys);
    }

    [Fact]
    public void SetsBecomeHashSets()
    {
        var s = Assert.IsType<HashSet<object?>>(_py.Eval("{1, 'two', (3, 4)}"));
        Assert.Equal(3, s.Count);
        Assert.Contains(1L, s);
        Assert.Contains("two", s);
        Assert.Contains(new object?[] { 3L, 4L }, s);
        Assert.Single(Assert.IsType<HashSet<object?>>(_py.Eval("frozenset([None])")));
    }

    [Fact]
    public void BytesAreCopiedOut()
    {
        _py.Exec("b = b'abc'");
        var first = (byte[])_py.GetGlobal("b")!;
        first[0] = (byte)'z';
        Assert.Equal("abc"u8.ToArray(), _py.GetGlobal("b"));
    }

    [Theory]
    [InlineData("len", "builtin_function_or_method")]
    [InlineData("object()", "object")]
    [InlineData("range(3)", "range")]
    [InlineData("__import__('time')", "module")]
    [InlineData("lambda: 1", "function")]
    public void PythonValuesWithoutDotNetEquivalentAreRefused(string expression, string typeName)
    {
        var e = Assert.Throws<InvalidCastException>(() => _py.Eval(expression));
        Assert.Contains($"'{typeName}'", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidCastException>(() => _py.Eval($"[1, {expression}]"));
    }

    [Fact]
    public void NoneDictKeysAndCyclesAreRefused()
    {
        Assert.Throws<InvalidCastException>(() => _py.Eval("{None: 1}"));
        _py.Exec("loop = []\nloop.append(loop)");
        Assert.Throws<InvalidCastException>(() => _py.GetGlobal("loop"));
        Assert.Equal(1L, _py.Eval("len(loop)")); // the interpreter is fine
    }

    public static TheoryData<object?> RoundTripValues => new()
    {
        null, true, 42L, -1L, BigInteger.Pow(3, 90), 2.75, "text", new byte[] { 9, 8 }, new object?[] { 1L, "x", new object?[] { null } },
        new Complex(0, 1),
    };

    [Theory]
    [MemberData(nameof(RoundTripValues))]
    public void ValuesRoundTrip(object? value)
    {
        _py.Exec("def echo(x):\n    return x");
        Assert.Equal(value, _py.Call("echo", value));
        _py.SetGlobal("kept", value);
        Assert.Equal(value, _py.GetGlobal("kept"));
    }

    [Fact]
    public void DictionariesRoundTrip()
    {
        var d = new Dictionary<object, object?> { ["k"] = 1L, [2L] = new object?[] { "v" } };
        _py.SetGlobal("d", d);
        var back = Assert.IsType<Dictionary<object, object?>>(_py.GetGlobal("d"));
        Assert.Equal(d, back);
    }
}
