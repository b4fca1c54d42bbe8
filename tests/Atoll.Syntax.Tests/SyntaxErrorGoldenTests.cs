using System.IO;
using System.Linq;
using Xunit;

namespace Atoll.Syntax.Tests;

/// <summary>
/// <c>atoll file.py</c> on a file with a syntax error must print what <c>python3.13 file.py</c> printed on stderr
/// (the <c>.stderr</c> file beside each source, with the path written as <c>{path}</c>) and exit with status 1.
/// </summary>
public class SyntaxErrorGoldenTests
{
    public static TheoryData<string> Cases() => new(GoldenFiles.Cases("errors").Select(c => (string)c[0]));

    [Theory]
    [MemberData(nameof(Cases))]
    public void ErrorMatchesCPython(string file)
    {
        string path = GoldenFiles.Full(file);
        string expected = File.ReadAllText(Path.ChangeExtension(path, ".stderr")).Replace("{path}", path);
        var (status, _, stderr) = GoldenFiles.RunAtoll(path);
        Assert.Equal(expected, stderr);
        Assert.Equal(1, status);
    }
}
