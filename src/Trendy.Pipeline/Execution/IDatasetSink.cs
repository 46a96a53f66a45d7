namespace Trendy.Pipeline.Execution;

/// <summary>
/// The output as the executor sees it: slabs of whole time steps in (time, [level], lat, lon) order, written in time
/// order, then <see cref="Complete"/>. Implemented over libnetcdf/HDF5 (<see cref="OutputWriter"/>) and in memory by the
/// tests, which run one contract suite on both.
/// </summary>
public interface IDatasetSink : IDisposable
{
    /// <summary>
    /// Takes steps firstStep … firstStep+steps-1 from the start of <paramref name="values"/>; the buffer is free again
    /// when this returns. A non-empty <paramref name="passThrough"/>[i] is step i already shuffled and deflated, holding
    /// exactly values of step i; a sink that writes raw chunks stores those bytes as they are, any other sink the values.
    /// </summary>
    void WriteSlab<T>(int firstStep, int steps, T[] values, IReadOnlyList<ArraySegment<byte>>? passThrough = null)
        where T : unmanaged;

    /// <summary>Writes whatever is still in flight; call once after the last slab, before Dispose.</summary>
    void Complete();
}
