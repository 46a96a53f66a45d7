using Trendy.Core.Batch;

namespace Trendy.Pipeline.Scheduling;

/// <summary>What a pool reports about one attempt: how it ended, the worker's outcome if any, and what was seen.</summary>
public sealed record WorkerAttempt(AttemptEnd End, WorkOutcome? Outcome, string Detail)
{
    /// <summary>Peak resident memory of the worker while running this item (0 when unknown).</summary>
    public long PeakMemoryBytes { get; init; }

    /// <summary>Lines on the worker's stdout that were not protocol messages (native libraries printing).</summary>
    public IReadOnlyList<string> Noise { get; init; } = [];

    public static WorkerAttempt Completed(WorkOutcome outcome) => new(AttemptEnd.Completed, outcome, "");

    public static WorkerAttempt Failed(AttemptEnd end, string detail) => new(end, null, detail);
}
