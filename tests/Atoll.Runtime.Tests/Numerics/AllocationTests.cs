using System;
using Atoll.Runtime.Numerics;
using Xunit;

namespace Atoll.Runtime.Tests.Numerics;

/// <summary>The hot conversions (print of floats and ints, float(), int()) allocate nothing but their result.</summary>
public class AllocationTests
{
    private const int Iterations = 2000;

    private static long BytesPerCall(Action action)
    {
        for (int i = 0; i < 200; i++)
            action(); // warm up (tiered JIT)
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Iterations; i++)
            action();
        return (GC.GetAllocatedBytesForCurrentThread() - before) / Iterations;
    }

    // A string of n chars takes 22 + 2n bytes (header, method table, length, chars, terminator) rounded up to 8.
    private static long StringBytes(int length) => (22 + 2 * length + 7) / 8 * 8;

    private static void AssertAtMost(long limit, long actual) =>
        Assert.True(actual <= limit, $"allocated {actual} bytes per call, expected at most {limit}");

    [Fact]
    public void Repr_allocates_only_the_string()
    {
        AssertAtMost(StringBytes(3), BytesPerCall(() => FloatFormat.Repr(1.5)));
        AssertAtMost(StringBytes(19), BytesPerCall(() => FloatFormat.Repr(0.1 + 0.2)));
        AssertAtMost(StringBytes(8), BytesPerCall(() => FloatFormat.Repr(1.5e300)));
    }

    [Fact]
    public void Format_and_printf_allocate_only_the_string()
    {
        AssertAtMost(StringBytes(4), BytesPerCall(() => Formatter.FormatFloat(3.14159, ".2f")));
        AssertAtMost(StringBytes(9), BytesPerCall(() => Formatter.FormatInt(1234567L, ",")));
        AssertAtMost(StringBytes(8), BytesPerCall(() => Printf.FormatFloat(3.14159, PrintfFlags.None, 8, 3, 'f')));
        AssertAtMost(StringBytes(6), BytesPerCall(() => Printf.FormatInt(-42L, PrintfFlags.Zero, 6, -1, 'd')));
    }

    [Fact]
    public void Parsing_small_numbers_allocates_nothing()
    {
        Assert.Equal(0, BytesPerCall(() => NumberParse.ParseFloat(" 3.25e-3 ")));
        Assert.Equal(0, BytesPerCall(() => NumberParse.ParseInt("-12_345", 10)));
    }
}
