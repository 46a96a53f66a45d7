using Trendy.Native.Netcdf;

namespace Trendy.Native.Hdf5;

/// <summary>
/// One dataset of a NetCDF4 file opened read-only through HDF5 to read stored (still filtered) chunks with
/// <c>H5Dread_chunk</c>, so the caller can inflate them in managed threads (native-io.md §3). Every call holds the
/// native lock; the dataset and the file are always closed.
/// </summary>
public sealed class Hdf5ChunkReader : IDisposable
{
    private readonly string _path;
    private readonly string _dataset;
    private long _file = -1;
    private long _dset = -1;

    private Hdf5ChunkReader(string path, string dataset)
    {
        _path = path;
        _dataset = dataset;
    }

    ~Hdf5ChunkReader() => Close(throwOnError: false);

    public static Hdf5ChunkReader Open(string path, string dataset)
    {
        if (!Hdf5Native.Available) throw new Hdf5Exception("H5Dread_chunk (not available, or HDF5 older than 1.10.3)", path, dataset);
        HdfErrorPrinting.SilenceOnThisThread();
        var reader = new Hdf5ChunkReader(path, dataset);
        try
        {
            reader._file = Hdf5Native.OpenFile(path, Hdf5Native.H5F_ACC_RDONLY);
            reader._dset = Hdf5Native.OpenDataset(reader._file, dataset, path);
            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>Stored size in bytes of the chunk starting at <paramref name="offset"/>; 0 when it was never written.</summary>
    public long StorageSize(ReadOnlySpan<long> offset)
    {
        ObjectDisposedException.ThrowIf(_dset < 0, this);
        Span<ulong> o = stackalloc ulong[offset.Length];
        for (var i = 0; i < offset.Length; i++) o[i] = checked((ulong)offset[i]);
        return Hdf5Native.ChunkStorageSize(_dset, o);
    }

    /// <summary>Reads the stored bytes of a chunk (buffer ≥ <see cref="StorageSize"/>); returns the filter mask (0: every filter applied).</summary>
    public uint ReadChunk(ReadOnlySpan<long> offset, Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_dset < 0, this);
        Span<ulong> o = stackalloc ulong[offset.Length];
        for (var i = 0; i < offset.Length; i++) o[i] = checked((ulong)offset[i]);
        return Hdf5Native.ReadChunk(_dset, o, buffer, _path, _dataset);
    }

    public void Dispose()
    {
        Close(throwOnError: true);
        GC.SuppressFinalize(this);
    }

    private void Close(bool throwOnError)
    {
        var d = Interlocked.Exchange(ref _dset, -1);
        var f = Interlocked.Exchange(ref _file, -1);
        var ds = d >= 0 ? Hdf5Native.CloseDataset(d) : 0;
        var fs = f >= 0 ? Hdf5Native.CloseFile(f) : 0;
        if (!throwOnError) return;
        Hdf5Native.CheckClose(ds, "H5Dclose", _path, _dataset);
        Hdf5Native.CheckClose(fs, "H5Fclose", _path, null);
    }
}
