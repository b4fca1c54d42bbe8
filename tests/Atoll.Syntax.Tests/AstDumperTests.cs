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
}
