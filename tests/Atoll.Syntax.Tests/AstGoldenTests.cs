using System.IO;
using System.Linq;
using Xunit;

namespace Atoll.Syntax.Tests;

/// <summary>
/// <c>atoll -m ast -a file.py</c> must print exactly what <c>python3.13 -m ast -a file.py</c> printed
/// (the <c>.ast</c> file beside each source; regenerate with <c>tools/regen-golden.sh</c>).
/// </summary>
public class AstGoldenTests
{
    public static TheoryData<string> Cases() => new(GoldenFiles.Cases("ast").Select(c => (string)c[0]));

    [Theory]
    [MemberData(nameof(Cases))]
    public void DumpMatchesCPython(string file)
    {
        string path = GoldenFiles.Full(file);
        string expected = File.ReadAllText(Path.ChangeExtension(path, ".ast"));
        var (status, stdout, stderr) = GoldenFiles.RunAtoll("-m", "ast", "-a", path);
        Assert.True(status == 0, stderr);
        Assert.Equal(expected, stdout);
    }
}
