using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using AstDumper = Atoll.Syntax.Ast.AstDumper;
using Atoll.Syntax.Tests.Fuzz;
using Xunit;
using Xunit.Abstractions;

namespace Atoll.Syntax.Tests;

/// <summary>
/// Robustness of the front end (DESIGN.md, invariant 3): real sources from <c>Fuzz/corpus</c> (and, for a quarter of
/// the cases, short soups of fragments and corpus lines), damaged by random mutations with fixed seeds, must each end
/// in a tree or in a Python error — SyntaxError, IndentationError, TabError, MemoryError or RecursionError — within a
/// time limit. A tree is dumped too, as its conversion to Python objects will walk it. Each case runs on a thread
/// with a 1 MiB stack, so deep inputs meet the stack guard. Any other exception, a hang or a stack overflow is a bug.
/// A failure prints the seed, the mutations and the input (as a Python bytes literal). A stack overflow kills the
/// process before anything can be printed, so the case about to run is always written first to
/// <c>fuzz-current-case.txt</c> in the test output directory (deleted when the test ends).
/// Tuned to about 10 s on a 2-core machine; 450,000 cases (seeds from 1,000,000) ran clean when it was written.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private const int BaseSeed = 3_13_0;
    private const int Cases = 10_000;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private static readonly string[] SyntaxErrorTypes = ["SyntaxError", "IndentationError", "TabError"];
    private static readonly string[] ResourceErrorTypes = ["MemoryError", "RecursionError"];

    private sealed record Case(int Seed, string File, ParseMode Mode, bool Attributes, int? Indent, List<string> Mutations, byte[] Input);

    [Fact]
    public void MutatedSourcesParseOrRaisePythonErrors()
    {
        var corpus = LoadCorpus();
        var bytes = corpus.Select(c => c.Bytes).ToList();
        string currentCase = Path.Combine(AppContext.BaseDirectory, "fuzz-current-case.txt");
        var failures = new List<string>();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        int run = 0;
        using (var record = new CurrentCaseFile(currentCase))
        {
            for (; run < Cases && failures.Count < 5; run++)
            {
                var c = Generate(BaseSeed + run, corpus, bytes);
                record.Write(c);
                if (!BoundedRun.TryRun(() => Check(c), BoundedRun.SmallStack, Timeout, out var error))
                {
                    failures.Add(Describe(c, $"did not finish within {Timeout.TotalSeconds} s"));
                    break; // the stuck thread keeps a core busy: stop here
                }
                string outcome = error switch
                {
                    null => "tree",
                    PythonSyntaxException e when SyntaxErrorTypes.Contains(e.ErrorType) && e.Message.Length > 0 => e.ErrorType,
                    PythonResourceException e when ResourceErrorTypes.Contains(e.ErrorType) => e.ErrorType,
                    _ => "BUG",
                };
                if (outcome == "BUG")
                    failures.Add(Describe(c, "raised " + error));
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            }
        }
        File.Delete(currentCase);
        output.WriteLine($"{run} cases in {clock.Elapsed.TotalSeconds:F1} s: " +
            string.Join(", ", outcomes.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}")));
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        // The mutations must exercise both sides: many inputs still parse, most do not.
        Assert.True(outcomes.GetValueOrDefault("tree") > Cases / 20, "too few mutated inputs still parse");
        Assert.True(outcomes.GetValueOrDefault("SyntaxError") > Cases / 4, "too few mutated inputs are syntax errors");
    }

    [Fact]
    public void CorpusParsesUnmutated()
    {
        foreach (var (name, bytes) in LoadCorpus())
        {
            var tree = PythonParser.Parse(SourceText.FromBytes(bytes, name), ParseMode.Exec).Tree;
            Assert.StartsWith("Module(", AstDumper.Dump(tree), StringComparison.Ordinal);
        }
    }

    private static List<(string Name, byte[] Bytes)> LoadCorpus()
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "Fuzz", "corpus");
        var files = Directory.EnumerateFiles(dir, "*.py").Order(StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p), File.ReadAllBytes(p))).ToList();
        Assert.True(files.Count >= 10, "the fuzz corpus is missing");
        return files;
    }

    private static Case Generate(int seed, List<(string Name, byte[] Bytes)> corpus, List<byte[]> bytes)
    {
        var rnd = new Random(seed);
        var (name, input) = corpus[rnd.Next(corpus.Count)];
        var mutator = new Mutator(rnd, bytes);
        var log = new List<string>();
        if (rnd.Next(4) == 0)
        {
            name = "(soup)";
            input = mutator.Soup(log);
        }
        int n = 1 + rnd.Next(rnd.Next(3) == 0 ? 12 : 3);
        for (int k = 0; k < n; k++)
            input = mutator.Mutate(input, log);
        var mode = rnd.Next(20) switch
        {
            0 => ParseMode.Eval,
            1 => ParseMode.Single,
            2 => ParseMode.FuncType,
            _ => ParseMode.Exec,
        };
        bool attributes = rnd.Next(2) == 0;
        int? indent = rnd.Next(3) == 0 ? null : rnd.Next(5);
        return new Case(seed, name, mode, attributes, indent, log, input);
    }

    // Parses, then dumps a tree (the dumper walks every node, as conversion to Python objects will).
    private static void Check(Case c)
    {
        var result = PythonParser.Parse(SourceText.FromBytes(c.Input, c.File), c.Mode);
        AstDumper.Dump(result.Tree, c.Attributes, c.Indent);
    }

    // One file kept open and rewritten in place for each case (opening a file per case cost a third of the run).
    // Flushed to the operating system, so it survives the process.
    private sealed class CurrentCaseFile(string path) : IDisposable
    {
        private readonly FileStream _stream = new(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);

        public void Write(Case c)
        {
            _stream.Position = 0;
            _stream.Write(Encoding.UTF8.GetBytes($"seed {c.Seed}: {c.File}, mode {c.Mode}, dump(include_attributes={c.Attributes}, " +
                $"indent={c.Indent}) started; if the test host died, this case killed it.\nmutations: " +
                $"{string.Join("; ", c.Mutations)}\ninput (the rest of this file, as bytes):\n"));
            _stream.Write(c.Input);
            _stream.SetLength(_stream.Position);
            _stream.Flush();
        }

        public void Dispose() => _stream.Dispose();
    }

    private static string Describe(Case c, string what)
    {
        var sb = new StringBuilder();
        sb.Append($"seed {c.Seed}: {c.File}, mode {c.Mode}, dump(include_attributes={c.Attributes}, indent={c.Indent?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "None"}) ");
        sb.Append(what).Append('\n');
        sb.Append("mutations: ").Append(string.Join("; ", c.Mutations)).Append('\n');
        sb.Append("input: b'").Append(Mutator.Escape(c.Input)).Append("'\n");
        return sb.ToString();
    }
}
