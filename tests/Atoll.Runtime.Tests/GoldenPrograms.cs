using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace Atoll.Runtime.Tests;

/// <summary>
/// The conformance programs in Golden/ (one folder per chapter of the language reference): each runs under
/// <c>atoll</c> in-process and must print exactly what CPython 3.13 printed (tools/regen-run-golden.sh). Programs
/// listed in Golden/known-failures.txt are expected to fail for a stated reason; the list only shrinks.
/// </summary>
public class GoldenPrograms
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Golden");

    public static IEnumerable<object[]> Programs() =>
        Directory.GetDirectories(Root)
            .SelectMany(d => Directory.GetFiles(d, "*.py"))
            .Where(f => File.Exists(Path.ChangeExtension(f, ".stdout")))
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new object[] { f });

    internal static Dictionary<string, string> KnownFailures()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = Path.Combine(Root, "known-failures.txt");
        if (!File.Exists(path))
            return map;
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            int sp = line.IndexOf(' ', StringComparison.Ordinal);
            map[sp < 0 ? line : line[..sp]] = sp < 0 ? "" : line[(sp + 1)..].Trim();
        }
        return map;
    }

    internal static (bool Ok, string Diff) RunOne(string relative)
    {
        var file = Path.Combine(Root, relative);
        var dir = Path.GetDirectoryName(file)!;
        var expectedOut = File.ReadAllText(Path.ChangeExtension(file, ".stdout"));
        var errPath = Path.ChangeExtension(file, ".stderr");
        var expectedErr = File.Exists(errPath) ? File.ReadAllText(errPath).Replace("{dir}", dir, StringComparison.Ordinal) : "";
        var statusPath = Path.ChangeExtension(file, ".status");
        int expectedStatus = File.Exists(statusPath) ? int.Parse(File.ReadAllText(statusPath).Trim(), System.Globalization.CultureInfo.InvariantCulture) : 0;
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int status = Atoll.Cli.Program.Run([file], stdout, stderr);
        var problems = new List<string>();
        if (stdout.ToString() != expectedOut)
            problems.Add("stdout differs:\n--- expected\n" + expectedOut + "\n--- actual\n" + stdout);
        if (stderr.ToString() != expectedErr)
            problems.Add("stderr differs:\n--- expected\n" + expectedErr + "\n--- actual\n" + stderr);
        if (status != expectedStatus)
            problems.Add($"exit status {status}, expected {expectedStatus}");
        return (problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_output_matches_CPython(string program)
    {
        var known = KnownFailures();
        var (ok, diff) = RunOne(program);
        if (known.TryGetValue(program, out var reason))
        {
            Assert.False(ok, $"{program} now passes: remove it from Golden/known-failures.txt (it was listed as: {reason})");
            return;
        }
        Assert.True(ok, diff);
    }
}
