using Trendy.Core.Batch;

namespace Trendy.Pipeline.Reporting;

/// <summary>
/// One work item and what became of it, flattened into one record so a report file reads without the
/// scheduler's types: the <see cref="WorkItem"/> fields first, then the <see cref="WorkOutcome"/> fields.
/// </summary>
public sealed record ReportEntry(
    string Id,
    string InputPath,
    string Model,
    string Simulation,
    string Variable,
    long SizeBytes,
    WorkStatus Status,
    string ReasonCode,
    string Message)
{
    public string? OutputPath { get; init; }

    public long BytesIn { get; init; }

    public long BytesOut { get; init; }

    public double Seconds { get; init; }

    public long PeakMemoryBytes { get; init; }

    public int Attempts { get; init; }

    public IReadOnlyList<string> Rules { get; init; } = [];

    public IReadOnlyList<string> Fixes { get; init; } = [];

    /// <summary>Stable ids of the fixes that fired; empty in reports written before fix ids existed.</summary>
    public IReadOnlyList<string> FixIds { get; init; } = [];

    public IReadOnlyList<string> Diagnostics { get; init; } = [];

    public static ReportEntry From(WorkItem item, WorkOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(outcome);
        if (!string.Equals(item.Id, outcome.ItemId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"outcome of '{outcome.ItemId}' paired with item '{item.Id}'", nameof(outcome));
        }

        return new(item.Id, item.InputPath, item.Model, item.Simulation, item.Variable, item.SizeBytes,
            outcome.Status, outcome.ReasonCode, outcome.Message)
        {
            OutputPath = outcome.OutputPath,
            BytesIn = outcome.BytesIn,
            BytesOut = outcome.BytesOut,
            Seconds = outcome.Seconds,
            PeakMemoryBytes = outcome.PeakMemoryBytes,
            Attempts = outcome.Attempts,
            Rules = outcome.Rules,
            Fixes = outcome.Fixes,
            FixIds = outcome.FixIds,
            Diagnostics = outcome.Diagnostics,
        };
    }
}
