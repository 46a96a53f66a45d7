namespace Trendy.Core.Batch;

/// <summary>
/// One unit of work for the scheduler: one input file (or one variable of it) to convert.
/// Discovery produces these; the scheduler only needs <see cref="Id"/> and <see cref="SizeBytes"/>
/// (largest first, size-balanced shards), everything else is passed through to the worker.
/// <see cref="Id"/> is stable and unique within a run (outcomes and the worker protocol refer to it);
/// <see cref="SizeBytes"/> is the input size on disk.
/// </summary>
public sealed record WorkItem(
    string Id,
    string InputPath,
    string Model,
    string Simulation,
    string Variable,
    long SizeBytes)
{
    /// <summary>
    /// What the worker is to do (convert an identified file, write a folder's companions); null for items that only
    /// stand for a file in a report (skipped files). The scheduler never reads it.
    /// </summary>
    public WorkJob? Job { get; init; }
}
