using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Atoll.Syntax.Tests;

/// <summary>
/// <c>atoll -m tokenize file.py</c> must print exactly what <c>python3.13 -m tokenize file.py</c> printed: the
/// <c>.tokens</c> file beside each source, and the <c>.stderr</c> file (path written as <c>{path}</c>) when CPython
/// wrote anything there. Files under <c>tokenize/exact/</c> run with <c>-e</c>; files under <c>tokenize/errors/</c>
/// are rejected and must exit with status 1. Regenerate with <c>tools/regen-golden.sh</c>.
/// </summary>
public class TokenizeGoldenTests
{
    public static TheoryData<string> Cases() => new(Select(f => !f.StartsWith("tokenize/exact/", StringComparison.Ordinal) &&
                                                              !f.StartsWith("tokenize/errors/", StringComparison.Ordinal)));

    public static TheoryData<string> ExactCases() => new(Select(f => f.StartsWith("tokenize/exact/", StringComparison.Ordinal)));

    public static TheoryData<string> ErrorCases() => new(Select(f => f.StartsWith("tokenize/errors/", StringComparison.Ordinal)));

    private static string[] Select(Func<string, bool> filter) =>
        GoldenFiles.Cases("tokenize").Select(c => (string)c[0]).Where(filter).ToArray();

    [Theory]
    [MemberData(nameof(Cases))]
    public void TokensMatchCPython(string file) => Check(file, 0, "-m", "tokenize", GoldenFiles.Full(file));

    [Theory]
    [MemberData(nameof(ExactCases))]
    public void ExactTokensMatchCPython(string file) => Check(file, 0, "-m", "tokenize", "-e", GoldenFiles.Full(file));

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public void ErrorsMatchCPython(string file) => Check(file, 1, "-m", "tokenize", GoldenFiles.Full(file));

    private static void Check(string file, int expectedStatus, params string[] args)
    {
        string path = GoldenFiles.Full(file);
        string expectedStdout = File.ReadAllText(Path.ChangeExtension(path, ".tokens"));
        string stderrFile = Path.ChangeExtension(path, ".stderr");
        string expectedStderr = File.Exists(stderrFile) ? File.ReadAllText(stderrFile).Replace("{path}", path, StringComparison.Ordinal) : "";
        var (status, stdout, stderr) = GoldenFiles.RunAtoll(args);
        Assert.Equal(expectedStderr, stderr);
        Assert.Equal(expectedStdout, stdout);
        Assert.Equal(expectedStatus, status);
    }
}
