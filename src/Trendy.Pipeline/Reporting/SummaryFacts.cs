using Trendy.Core.Batch;

namespace Trendy.Pipeline.Reporting;

/// <summary>
/// The groupings both renderings show, computed once and sorted with ordinal comparisons, so the same report
/// always renders to the same text (snapshot tests, diffs between runs).
/// </summary>
internal static class SummaryFacts
{
    private const string None = "(none)";

    /// <summary>Largest group first; ties by code.</summary>
    public static IReadOnlyList<ReasonGroup> ByReason(IEnumerable<ReportEntry> entries, WorkStatus status) =>
        [.. entries.Where(e => e.Status == status)
            .GroupBy(e => e.ReasonCode, StringComparer.Ordinal)
            .Select(g => new ReasonGroup(status, g.Key, g.Count(), g.OrderBy(e => e.Id, StringComparer.Ordinal).First()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Code, StringComparer.Ordinal)];

    public static IReadOnlyList<CountRow> CountsBy(IEnumerable<ReportEntry> entries, Func<ReportEntry, string> key) =>
        [.. entries.GroupBy(e => string.IsNullOrEmpty(key(e)) ? None : key(e), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CountRow(g.Key, Count(g, WorkStatus.Converted), Count(g, WorkStatus.UpToDate), Count(g, WorkStatus.Skipped),
                Count(g, WorkStatus.Failed)))];

    public static IReadOnlyList<ReportEntry> Failures(IEnumerable<ReportEntry> entries) =>
        [.. entries.Where(e => e.Status == WorkStatus.Failed).OrderBy(e => e.Id, StringComparer.Ordinal)];

    /// <summary>Input files and companion folders counted apart, as the run's start line counts them.</summary>
    public static (ReportTotals Inputs, ReportTotals Companions) Split(IReadOnlyCollection<ReportEntry> entries)
    {
        var companions = entries.Where(e => e.Variable == Companions.ModelCompanions.ReportVariable).ToList();
        return (ReportTotals.Of([.. entries.Except(companions)]), ReportTotals.Of(companions));
    }

    /// <summary>"run X", "run X (shard 2/4)" or "merged report of N runs".</summary>
    public static string Title(RunReport r) =>
        r.MergedFrom.Count > 0 ? $"merged report of {r.MergedFrom.Count} run report(s)"
        : r.Shard is null ? $"run {r.RunId}" : $"run {r.RunId} (shard {r.Shard})";

    private static int Count(IEnumerable<ReportEntry> group, WorkStatus status) => group.Count(e => e.Status == status);
}
