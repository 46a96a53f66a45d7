namespace Trendy.Pipeline.Scheduling;

/// <summary>The knobs of the failure policy. The policy itself is written once, in <see cref="Scheduler"/>.</summary>
public sealed record SchedulerOptions
{
    /// <summary>
    /// Per-item time limit (--timeout); null for none. An item past it has its worker killed and fails with
    /// TIMEOUT, without a retry: a hang is almost always the file (a corrupt chunk, a pathological layout),
    /// so a second try would only double the time lost.
    /// </summary>
    public TimeSpan? ItemTimeout { get; init; }

    /// <summary>
    /// Attempts for an item whose worker dies (crash, signal, OOM kill): 2 means one retry in a fresh worker,
    /// which rescues items lost to transient trouble (memory pressure from neighbours, a flaky file system).
    /// </summary>
    public int MaxAttempts { get; init; } = 2;

    /// <summary>Stop starting new items once this many have failed (--fail-fast is 1); null to always go on.</summary>
    public int? StopAfterFailures { get; init; }
}
