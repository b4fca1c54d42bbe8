using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Atoll.Syntax.Tests;

/// <summary>Finds golden-file cases: an input next to the output CPython 3.13 gave for it.</summary>
internal static class GoldenFiles
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Golden");

    /// <summary>Every <c>*.py</c> under <c>Golden/<paramref name="folder"/></c>, as theory data (relative paths).</summary>
    public static IEnumerable<object[]> Cases(string folder)
    {
        string dir = Path.Combine(Root, folder);
        return Directory.EnumerateFiles(dir, "*.py", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(p => new object[] { p });
    }

    public static string Full(string relative) => Path.Combine(Root, relative);

    /// <summary>Runs the atoll command line in-process; returns (exit status, stdout, stderr).</summary>
    public static (int Status, string Stdout, string Stderr) RunAtoll(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int status = Atoll.Cli.Program.Run(args, stdout, stderr);
        return (status, stdout.ToString(), stderr.ToString());
    }
}
