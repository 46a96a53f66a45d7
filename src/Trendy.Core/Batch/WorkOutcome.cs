namespace Trendy.Core.Batch;

/// <summary>
/// The result of one work item: a record, never a boolean, so a report can say what happened and why
/// (docs/architecture.md: e3sm_to_cmip kept booleans and only the last file's result).
/// The four positional values are always known; the rest default to "nothing measured".
/// <see cref="ReasonCode"/> is a stable code (see <see cref="ReasonCodes"/>, or a converter's own).
/// </summary>
public sealed record WorkOutcome(string ItemId, WorkStatus Status, string ReasonCode, string Message)
{
    public string? OutputPath { get; init; }

    public long BytesIn { get; init; }

    public long BytesOut { get; init; }

    /// <summary>Wall time of the final attempt as seen by whoever measured it.</summary>
    public double Seconds { get; init; }

    /// <summary>Peak resident memory of the worker process (0 when unknown, e.g. the worker died).</summary>
    public long PeakMemoryBytes { get; init; }

    /// <summary>How many times the item was started (0 when it never was).</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>Names of the conversion rules applied.</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];

    /// <summary>What each per-model fix that fired did, in words (same order as <see cref="FixIds"/>).</summary>
    public IReadOnlyList<string> Fixes { get; init; } = [];

    /// <summary>Stable ids of the per-model fixes that fired (Trendy.Core.Fixes.FixIds), e.g. CARDAMOM/time/month-index.</summary>
    public IReadOnlyList<string> FixIds { get; init; } = [];

    /// <summary>Diagnostic lines (code, severity, message) for the report.</summary>
    public IReadOnlyList<string> Diagnostics { get; init; } = [];

    public bool IsFailure => Status == WorkStatus.Failed;

    /// <summary>A failure the scheduler assigns; the item's size counts as bytes in.</summary>
    public static WorkOutcome Failure(WorkItem item, string reasonCode, string message, int attempts) =>
        new(item.Id, WorkStatus.Failed, reasonCode, message) { BytesIn = item.SizeBytes, Attempts = attempts };
}
