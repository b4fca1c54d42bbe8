using System;
using System.Text;
using Xunit;
using AstDumper = Atoll.Syntax.Ast.AstDumper;

namespace Atoll.Syntax.Tests;

/// <summary><c>AstDumper</c> beyond what the golden files show: its cost on deep trees.</summary>
public class AstDumperTests
{
    // A dump of a tree N deep, indented, is about N² characters; building it must cost about that, not N times
    // more (copying every subtree's text into its parent's took minutes for a 5,000-term sum). Allocation is
    // measured rather than time, so the test does not depend on the machine.
    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    [InlineData(4)]
    public void DumpOfDeepTreeAllocatesInProportionToItsLength(int? indent)
    {
        var source = new StringBuilder("1");
        for (int i = 0; i < 600; i++)
            source.Append("+1");
        var tree = PythonParser.Parse(SourceText.FromBytes(Encoding.UTF8.GetBytes(source.ToString()), "<deep>")).Tree;
        long before = GC.GetAllocatedBytesForCurrentThread();
        string dump = AstDumper.Dump(tree, includeAttributes: true, indent);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.StartsWith("Module(", dump, StringComparison.Ordinal);
        Assert.True(allocated < 16L * sizeof(char) * dump.Length,
            $"dumping {dump.Length} characters allocated {allocated} bytes");
    }

    // python3.13 -c "import ast; ast.parse('1' + '+1' * 9994)" converts (a tree 9997 deep: Module, Expr, 9994
    // BinOps, Constant); one more term raises RecursionError. Shallower limits rejected `-` * 5000 + '1'.
    [Theory]
    [InlineData(9995, null)]
    [InlineData(9996, "maximum recursion depth exceeded during ast construction")]
    public void DumpConvertsAsDeepAsCPython(int terms, string? error)
    {
        var source = new StringBuilder("1");
        for (int i = 1; i < terms; i++)
            source.Append("+1");
        var tree = PythonParser.Parse(SourceText.FromBytes(Encoding.UTF8.GetBytes(source.ToString()), "<deep>")).Tree;
        bool finished = Fuzz.BoundedRun.TryRun(() => AstDumper.Dump(tree), Fuzz.BoundedRun.LargeStack,
            TimeSpan.FromMinutes(1), out var e);
        Assert.True(finished);
        Assert.Equal(error, (e as PythonResourceException)?.Message ?? e?.ToString());
    }

    // CPython converts the whole tree before ast.dump writes anything; a tree too deep to convert must fail before
    // the text is built (with an indent, the text of a 10,000-deep tree would be hundreds of megabytes).
    [Fact]
    public void DumpOfTooDeepTreeFailsBeforeWritingAnything()
    {
        var source = new StringBuilder("1");
        for (int i = 0; i < 20_000; i++)
            source.Append("+1");
        var tree = PythonParser.Parse(SourceText.FromBytes(Encoding.UTF8.GetBytes(source.ToString()), "<deep>")).Tree;
        long allocated = 0;
        Exception? error = null;
        // On a large stack, so that the depth limit, not the stack guard, is what stops the dump.
        bool finished = Fuzz.BoundedRun.TryRun(() =>
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                AstDumper.Dump(tree, includeAttributes: true, indent: 3);
            }
            finally
            {
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }, Fuzz.BoundedRun.LargeStack, TimeSpan.FromMinutes(1), out error);
        Assert.True(finished);
        var e = Assert.IsType<PythonResourceException>(error);
        Assert.Equal("RecursionError", e.ErrorType);
        Assert.Equal("maximum recursion depth exceeded during ast construction", e.Message);
        Assert.True(allocated < 64L << 20, $"the failed dump allocated {allocated} bytes");
    }
}
