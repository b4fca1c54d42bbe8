using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Atoll.Syntax;

namespace Atoll.Bench;

/// <summary>The .py files of CPython's Lib, read into memory before anything is timed.</summary>
internal sealed class Corpus
{
    /// <summary>The stack the atoll command runs the parser on (src/Atoll.Cli/RunOnLargeStack.cs).</summary>
    private const int StackSize = 256 * 1024 * 1024;

    private Corpus(List<(string Path, byte[] Bytes)> files, int skipped)
    {
        Files = files;
        Skipped = skipped;
        TotalBytes = files.Sum(f => (long)f.Bytes.Length);
    }

    public IReadOnlyList<(string Path, byte[] Bytes)> Files { get; }

    /// <summary>Files left out because CPython rejects them (bench/parse_lib.py lists them).</summary>
    public int Skipped { get; }

    public long TotalBytes { get; }

    /// <summary>Source megabytes (10^6 bytes) of the files parsed.</summary>
    public double Megabytes => TotalBytes / 1e6;

    /// <summary>Reads every .py file under <paramref name="lib"/> except site-packages and the files named in
    /// <paramref name="skip"/>, in the order bench/parse_lib.py reads them.</summary>
    public static Corpus Load(string lib, ISet<string> skip)
    {
        var files = new List<(string, byte[])>();
        int skipped = 0;
        foreach (string path in LibFiles(lib))
        {
            if (skip.Contains(path))
                skipped++;
            else
                files.Add((path, File.ReadAllBytes(path)));
        }
        return new Corpus(files, skipped);
    }

    private static IEnumerable<string> LibFiles(string dir)
    {
        var files = Directory.GetFiles(dir).Where(f => f.EndsWith(".py", StringComparison.Ordinal)).ToArray();
        Array.Sort(files, StringComparer.Ordinal);
        foreach (string f in files)
            yield return f;
        var dirs = Directory.GetDirectories(dir).Where(d => Path.GetFileName(d) != "site-packages").ToArray();
        Array.Sort(dirs, StringComparer.Ordinal);
        foreach (string d in dirs)
        {
            foreach (string f in LibFiles(d))
                yield return f;
        }
    }

    /// <summary>Parses every file once, on a thread with the atoll command's stack, and returns the errors raised
    /// (file: message). A file that raises still counts as work done up to the error.</summary>
    public List<string> ParseAll()
    {
        var errors = new List<string>();
        var thread = new Thread(() =>
        {
            foreach (var (path, bytes) in Files)
            {
                try
                {
                    PythonParser.Parse(SourceText.FromBytes(bytes, path), ParseMode.Exec, typeComments: false);
                }
                catch (Exception e) when (e is PythonSyntaxException or PythonResourceException)
                {
                    errors.Add($"{path}: {e.GetType().Name}: {e.Message}");
                }
            }
        }, StackSize);
        thread.Start();
        thread.Join();
        return errors;
    }
}
