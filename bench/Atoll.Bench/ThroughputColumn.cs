using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Atoll.Bench;

/// <summary>The two figures compared with CPython: megabytes of source parsed per second (at the median time)
/// and bytes allocated per megabyte of source.</summary>
internal sealed class ThroughputColumn(Corpus corpus, bool allocation) : IColumn
{
    public string Id => ColumnName;

    public string ColumnName => allocation ? "Alloc B/MB" : "MB/s (median)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => allocation ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => allocation
        ? "Bytes allocated (GC.GetTotalAllocatedBytes) per 10^6 bytes of source"
        : $"Source megabytes (10^6 bytes, {corpus.Megabytes:F2} in all) parsed per second, at the median time";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null)
            return "NA";
        return allocation
            ? (report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) / corpus.Megabytes)?.ToString("N0", CultureInfo.InvariantCulture) ?? "NA"
            : (corpus.Megabytes / (report.ResultStatistics.Median / 1e9)).ToString("F2", CultureInfo.InvariantCulture);
    }
}
