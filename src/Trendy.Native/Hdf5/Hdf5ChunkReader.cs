namespace Trendy.Native.Hdf5;

/// <summary>
/// One dataset of a NetCDF4 file opened read-only through HDF5 to read stored (still filtered) chunks with
/// <c>H5Dread_chunk</c>, so the caller can inflate them in managed threads (docs/native-io.md §3). Every call holds the
/// native lock; the dataset and the file are always closed.
/// </summary>
public sealed class Hdf5ChunkReader : IDisposable
{
    private readonly Hdf5Dataset _dataset;

    private Hdf5ChunkReader(Hdf5Dataset dataset) => _dataset = dataset;

    public static Hdf5ChunkReader Open(string path, string dataset) =>
        new(Hdf5Dataset.Open(path, dataset, Hdf5Native.H5F_ACC_RDONLY, "H5Dread_chunk"));

    /// <summary>Stored size in bytes of the chunk starting at <paramref name="offset"/>; 0 when it was never written.</summary>
    public long StorageSize(ReadOnlySpan<long> offset)
    {
        Span<ulong> o = stackalloc ulong[offset.Length];
        Hdf5Dataset.ToHsize(offset, o);
        return Hdf5Native.ChunkStorageSize(_dataset.Id, o);
    }

    /// <summary>Reads the stored bytes of a chunk (buffer ≥ <see cref="StorageSize"/>); returns the filter mask (0: every filter applied).</summary>
    public uint ReadChunk(ReadOnlySpan<long> offset, Span<byte> buffer)
    {
        Span<ulong> o = stackalloc ulong[offset.Length];
        Hdf5Dataset.ToHsize(offset, o);
        return Hdf5Native.ReadChunk(_dataset.Id, o, buffer, _dataset.Path, _dataset.Name);
    }

    public void Dispose() => _dataset.Dispose();
}
