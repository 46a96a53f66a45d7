namespace Trendy.Pipeline.Execution;

/// <summary>
/// The input as the executor sees it: whole time steps of the plan's data variable, in source dimension order, as
/// doubles; and, when the plan reads stored chunks raw, the stored bytes of each step for pass-through. Implemented over
/// libnetcdf/HDF5 (<see cref="NetcdfDatasetSource"/>) and in memory by the tests, which run one contract suite on both.
/// </summary>
public interface IDatasetSource : IDisposable
{
    /// <summary>The file (or name) the values come from, for messages.</summary>
    string Path { get; }

    /// <summary>The rule naming the read path that runs (the plan's, or nc_get_vara where a NetCDF3 header check fell back).</summary>
    string ReadRule { get; }

    /// <summary>
    /// Fills destination[0 .. steps·perStep) with steps firstStep … firstStep+steps-1. More steps than the source was
    /// opened for are refused (<see cref="ArgumentOutOfRangeException"/>); undecodable data is a <see cref="CorruptInputException"/>.
    /// </summary>
    void Read(int firstStep, int steps, double[] destination);

    /// <summary>
    /// The stored (shuffled and deflated) bytes of slab step <paramref name="step"/> of the last <see cref="Read"/>, or an
    /// empty segment when that step was not read raw. Valid until the next <see cref="Read"/>.
    /// </summary>
    ArraySegment<byte> StoredChunk(int step);
}
