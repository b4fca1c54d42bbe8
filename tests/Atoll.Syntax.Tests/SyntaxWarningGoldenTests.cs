using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Atoll.Syntax.Tests;

/// <summary>
/// <c>python3.13 file.py</c> on a program that compiles with SyntaxWarnings prints them on stderr, then runs the program
/// (the <c>.stderr</c> file beside each source holds what it printed, the path written as <c>{path}</c>; the programs
/// write nothing else to stderr). Atoll does not run programs yet, so this checks only what comes before execution:
/// atoll's stderr must begin with exactly those warnings, and may go on only with the one-line notice that running
/// arrives with the execution core (exit status 2). Once programs run, the notice disappears and the test demands an
/// exact match with status 0.
/// </summary>
public class SyntaxWarningGoldenTests
{
    public static TheoryData<string> Cases() => new(GoldenFiles.Cases("warnings").Select(c => (string)c[0]));

    [Theory]
    [MemberData(nameof(Cases))]
    public void WarningsMatchCPython(string file)
    {
        string path = GoldenFiles.Full(file);
        string expected = File.ReadAllText(Path.ChangeExtension(path, ".stderr")).Replace("{path}", path);
        var (status, _, stderr) = GoldenFiles.RunAtoll(path);
        Assert.StartsWith(expected, stderr, StringComparison.Ordinal);
        string rest = stderr[expected.Length..];
        if (status == 0)
        {
            Assert.Equal("", rest);
        }
        else
        {
            Assert.Equal(2, status);
            Assert.StartsWith("atoll: ", rest, StringComparison.Ordinal);
            Assert.Equal(rest.Length - 1, rest.IndexOf('\n', StringComparison.Ordinal)); // one line
        }
    }
}
