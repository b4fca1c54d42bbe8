using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Atoll.Bench;

/// <summary>
/// Atoll's side of the parser benchmark (bench/README.md). Reads CPython's Lib into memory, parses it once
/// untimed to find the files Atoll rejects, then lets BenchmarkDotNet time whole passes over it.
/// </summary>
/// <remarks>
/// BenchmarkDotNet runs in-process with fixed counts: one operation is a pass over 33 MB of source (about a second),
/// so its pilot stage and a separate benchmark process would only add minutes on this 2-core machine. Monitoring
/// is its strategy for such long, single-invocation operations. The memory diagnoser reads
/// <see cref="GC.GetTotalAllocatedBytes"/>.
/// </remarks>
internal static class Program
{
    private const string Usage = "usage: Atoll.Bench --lib DIR [--skip-list FILE] [--reps N] [--warmup N] [--artifacts DIR]";

    public static int Main(string[] args)
    {
        string? lib = null;
        string? skipList = null;
        string artifacts = Path.Combine("bench", "results", "BenchmarkDotNet");
        int reps = 5;
        int warmup = 1;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            string value = args[i + 1];
            switch (args[i])
            {
                case "--lib": lib = value; break;
                case "--skip-list": skipList = value; break;
                case "--artifacts": artifacts = value; break;
                case "--reps": reps = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--warmup": warmup = int.Parse(value, CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine(Usage); return 2;
            }
        }
        if (args.Length % 2 != 0 || lib is null || !Directory.Exists(lib) || reps < 1 || warmup < 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        var skip = skipList is null ? new HashSet<string>(StringComparer.Ordinal)
            : new HashSet<string>(File.ReadAllLines(skipList).Where(l => l.Length > 0), StringComparer.Ordinal);

        var corpus = Corpus.Load(lib, skip);
        List<string> errors = corpus.ParseAll(); // untimed; also the first warm-up pass
        ParserBenchmark.Shared = corpus;

        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(warmup)
            .WithIterationCount(reps)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("Atoll");
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max)
            .AddColumn(new ThroughputColumn(corpus, allocation: false), new ThroughputColumn(corpus, allocation: true))
            .WithArtifactsPath(artifacts);
        var summary = BenchmarkRunner.Run<ParserBenchmark>(config);

        var report = summary.Reports.SingleOrDefault();
        if (report?.ResultStatistics is null)
        {
            Console.Error.WriteLine("atoll: the benchmark did not run");
            return 1;
        }
        var inv = CultureInfo.InvariantCulture;
        double[] seconds = report.AllMeasurements
            .Where(m => m.IterationMode == IterationMode.Workload && m.IterationStage == IterationStage.Result)
            .Select(m => m.Nanoseconds / 1e9 / m.Operations).ToArray();
        double med = report.ResultStatistics.Median / 1e9;
        double mb = corpus.Megabytes;
        double allocPerMb = (report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0) / mb;
        // The line bench/parser.sh reads; bench/parse_lib.py prints the same for CPython.
        Console.WriteLine(string.Create(inv,
            $"atoll files={corpus.Files.Count} skipped={corpus.Skipped} errors={errors.Count} MB={mb:F2} reps={reps} " +
            $"median_s={med:F3} min_s={seconds.Min():F3} max_s={seconds.Max():F3} MB/s={mb / med:F2} alloc_B/MB={allocPerMb:F0}"));
        Console.WriteLine(string.Create(inv,
            $"atoll .NET {Environment.Version} times_s={string.Join(",", seconds.Select(t => t.ToString("F3", inv)))}"));
        foreach (string e in errors)
            Console.WriteLine("atoll error " + e);
        return 0;
    }
}
