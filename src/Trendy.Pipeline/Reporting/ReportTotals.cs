using Trendy.Core.Batch;

namespace Trendy.Pipeline.Reporting;

/// <summary>Counts and sums over a report's entries; always computed, never stored independently of them.</summary>
public sealed record ReportTotals(int Items, int Converted, int UpToDate, int Skipped, int Failed, long BytesIn, long BytesOut, double Seconds)
{
    /// <summary>Items whose output exists and is current: converted now or found up to date.</summary>
    public int Done => Converted + UpToDate;

    public static ReportTotals Of(IReadOnlyCollection<ReportEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        int Count(WorkStatus s) => entries.Count(e => e.Status == s);
        return new(entries.Count, Count(WorkStatus.Converted), Count(WorkStatus.UpToDate), Count(WorkStatus.Skipped), Count(WorkStatus.Failed),
            entries.Sum(e => e.BytesIn), entries.Sum(e => e.BytesOut), entries.Sum(e => e.Seconds));
    }
}
