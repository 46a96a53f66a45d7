using Trendy.Core.Batch;

namespace Trendy.Pipeline.Reporting;

/// <summary>
/// Folds several run and shard reports into one, each item (by id) once. Reports are applied oldest
/// first by their finish time, so the latest outcome wins, with one exception: "up to date" never replaces
/// an earlier "converted", because the later run only found the file the earlier one wrote; keeping the
/// conversion keeps its output path, sizes and rules; and "not selected" never replaces anything, because a run
/// restricted with --models/--simulations/--variables did not look at the file: an earlier failure stays failed
/// until a run really converts the file (docs/codes.md, NOT_SELECTED).
/// </summary>
internal static class ReportMerger
{
    public const string MergedRunId = "merged";

    public static RunReport Merge(IEnumerable<RunReport> reports)
    {
        var ordered = reports.OrderBy(r => r.Finished).ThenBy(r => r.RunId, StringComparer.Ordinal).ToList();
        if (ordered.Count == 0) throw new ArgumentException("there are no reports to merge", nameof(reports));
        var byId = new Dictionary<string, ReportEntry>(StringComparer.Ordinal);
        foreach (var entry in ordered.SelectMany(r => r.Entries))
        {
            byId[entry.Id] = byId.TryGetValue(entry.Id, out var earlier) ? Prefer(earlier, entry) : entry;
        }

        return RunReport.Create(MergedRunId, Joined(ordered.Select(r => r.ToolVersion)), ordered.Min(r => r.Started), ordered[^1].Finished,
            Joined(ordered.Select(r => r.InputRoot)), Joined(ordered.Select(r => r.OutputRoot)), MergedOptions(ordered), null, byId.Values)
            with
            { MergedFrom = [.. ordered.Select(r => r.RunId)] };
    }

    private static ReportEntry Prefer(ReportEntry earlier, ReportEntry later) =>
        (earlier.Status == WorkStatus.Converted && later.Status == WorkStatus.UpToDate) || later.ReasonCode == ReasonCodes.NotSelected ? earlier : later;

    /// <summary>Distinct values in order of first appearance; one value when all runs agree.</summary>
    private static string Joined(IEnumerable<string> values) => string.Join(" | ", values.Distinct(StringComparer.Ordinal));

    private static IEnumerable<KeyValuePair<string, string>> MergedOptions(IReadOnlyList<RunReport> ordered) =>
        ordered.SelectMany(r => r.Options.Keys).Distinct(StringComparer.Ordinal).Select(key =>
            new KeyValuePair<string, string>(key, Joined(ordered.Select(r => r.Options.TryGetValue(key, out var v) ? v : "(unset)"))));
}
