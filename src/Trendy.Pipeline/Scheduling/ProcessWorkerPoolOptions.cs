namespace Trendy.Pipeline.Scheduling;

/// <summary>Tuning for <see cref="ProcessWorkerPool"/>; the defaults suit the conversion workers.</summary>
public sealed record ProcessWorkerPoolOptions
{
    /// <summary>
    /// How long a worker gets to exit after its stdin is closed (or after it is killed, for the OS to reap it)
    /// before it is killed outright; keeps Ctrl-C within "a few seconds" (docs/robustness.md).
    /// </summary>
    public TimeSpan ShutdownGrace { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How many of a worker's last stderr lines go into a failure message.</summary>
    public int StderrTailLines { get; init; } = 20;

    /// <summary>How many non-protocol stdout lines are kept per item (the rest are counted, not kept).</summary>
    public int MaxNoiseLines { get; init; } = 50;
}
