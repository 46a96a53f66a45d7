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
    private static readonly IReadOnlyDictionary<string, string> NoOptions = new Dictionary<string, string>();

    /// <summary>
    /// Opaque per-item settings the scheduler never reads (output root, fix table, overwrite, ...).
    /// A string map keeps the item serialisable as-is over the worker protocol.
    /// </summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = NoOptions;
}
