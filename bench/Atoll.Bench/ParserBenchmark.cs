using System;
using BenchmarkDotNet.Attributes;

namespace Atoll.Bench;

/// <summary>One operation: <c>PythonParser.Parse(SourceText.FromBytes(bytes, path), ParseMode.Exec,
/// typeComments: false)</c> over every file of the corpus, as bench/parse_lib.py runs <c>ast.parse</c>.</summary>
public class ParserBenchmark
{
    /// <summary>Set by <see cref="Program"/> before BenchmarkDotNet runs (in-process), so the files are read once.</summary>
    internal static Corpus? Shared { get; set; }

    private Corpus _corpus = null!;

    [GlobalSetup]
    public void Setup() => _corpus = Shared ?? throw new InvalidOperationException("Program loads the corpus first");

    /// <summary>Returns the number of files that raised, so the work cannot be optimized away.</summary>
    [Benchmark(Description = "Parse CPython Lib")]
    public int ParseLib() => _corpus.ParseAll().Count;
}
