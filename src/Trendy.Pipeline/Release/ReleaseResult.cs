using Trendy.Core.Batch;
using Trendy.Pipeline.Reporting;

namespace Trendy.Pipeline.Release;

/// <summary>
/// What a release run did: every report item with its outcome (files of this shard, companion folders, skipped
/// files), the report and where it, the ilamb3 catalogue and the HTML report were written (null when the output disk
/// refused them, with <see cref="WriteError"/> saying why), and whether Ctrl-C/SIGTERM stopped it.
/// </summary>
public sealed record ReleaseResult(
    IReadOnlyList<(WorkItem Item, WorkOutcome Outcome)> Entries,
    IReadOnlyList<WorkOutcome> FileOutcomes,
    RunReport Report,
    ReportPaths? Reports,
    IlambCatalogResult? Catalog,
    HtmlReportResult? Html,
    string? WriteError,
    bool Interrupted)
{
    public int Failed => Entries.Count(e => e.Outcome.IsFailure);

    /// <summary>True when the files of this run were all already up to date (nothing converted).</summary>
    public bool NothingToDo => FileOutcomes.Count > 0 && FileOutcomes.All(o => o.Status == WorkStatus.UpToDate);
}
