namespace Trendy.Pipeline.Reporting;

/// <summary>
/// Everything one run (or one shard of a run) did: who ran, when, on what, with which options, and one
/// <see cref="ReportEntry"/> per work item. Reports render these records, never booleans or console output
/// (docs/architecture.md, "Report"). <see cref="Shard"/> is "K/N" for a Slurm array task, null otherwise.
/// </summary>
public sealed record RunReport(
    string RunId,
    string ToolVersion,
    DateTimeOffset Started,
    DateTimeOffset Finished,
    string InputRoot,
    string OutputRoot,
    IReadOnlyDictionary<string, string> Options,
    string? Shard,
    IReadOnlyList<ReportEntry> Entries)
{
    /// <summary>Run ids a merged report was made from (empty for the report of a single run).</summary>
    public IReadOnlyList<string> MergedFrom { get; init; } = [];

    /// <summary>Computed from <see cref="Entries"/>; written to JSON for readers, ignored when read back.</summary>
    public ReportTotals Totals => ReportTotals.Of([.. Entries]);

    public TimeSpan Elapsed => Finished - Started;

    /// <summary>
    /// Builds a report with entries sorted by id and options sorted by name, so two reports of the same
    /// run serialise byte for byte the same.
    /// </summary>
    public static RunReport Create(string runId, string toolVersion, DateTimeOffset started, DateTimeOffset finished, string inputRoot,
        string outputRoot, IEnumerable<KeyValuePair<string, string>> options, string? shard, IEnumerable<ReportEntry> entries)
    {
        var sortedOptions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in options) sortedOptions[k] = v;
        var sorted = entries.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        return new(runId, toolVersion, started, finished, inputRoot, outputRoot, new Dictionary<string, string>(sortedOptions), shard, sorted);
    }
}
