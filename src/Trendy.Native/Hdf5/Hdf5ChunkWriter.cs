namespace Trendy.Native.Hdf5;

/// <summary>
/// One dataset of a closed NetCDF4 file reopened through HDF5 to write already-filtered chunks with
/// <c>H5Dwrite_chunk</c> (native-io.md §3). The caller compresses; this class only moves bytes, under the native
/// lock, and always closes the dataset and the file.
/// </summary>
public sealed class Hdf5ChunkWriter : IDisposable
{
    private readonly Hdf5Dataset _dataset;

    private Hdf5ChunkWriter(Hdf5Dataset dataset) => _dataset = dataset;

    /// <summary>True when this process's HDF5 exports H5Dwrite_chunk and is at least 1.10.3 (decided once).</summary>
    public static bool IsSupported => Hdf5Native.Available;

    /// <summary>The HDF5 version found through libnetcdf, or null.</summary>
    public static Version? LibraryVersion
    {
        get
        {
            _ = IsSupported;
            return Hdf5Native.LibraryVersion;
        }
    }

    /// <summary>Opens <paramref name="path"/> read-write and its dataset <paramref name="dataset"/> (the netCDF variable name).</summary>
    public static Hdf5ChunkWriter Open(string path, string dataset) =>
        new(Hdf5Dataset.Open(path, dataset, Hdf5Native.H5F_ACC_RDWR, "H5Dwrite_chunk"));

    /// <summary>
    /// Writes one chunk whose bytes went through every filter of the dataset's pipeline (filter mask 0).
    /// <paramref name="offset"/> is the chunk's first element in dataset coordinates, e.g. {t, 0, 0}.
    /// <paramref name="filterMask"/> bit i set says filter i of the pipeline was skipped for this chunk (HDF5 allows it;
    /// tests use it to build the inputs other writers make).
    /// </summary>
    public void WriteChunk(ReadOnlySpan<long> offset, ReadOnlySpan<byte> compressed, uint filterMask = 0)
    {
        Span<ulong> o = stackalloc ulong[offset.Length];
        Hdf5Dataset.ToHsize(offset, o);
        Hdf5Native.WriteChunk(_dataset.Id, o, compressed, _dataset.Path, _dataset.Name, filterMask);
    }

    public void Dispose() => _dataset.Dispose();
}
