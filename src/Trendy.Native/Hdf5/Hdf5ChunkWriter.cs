using Trendy.Native.Netcdf;

namespace Trendy.Native.Hdf5;

/// <summary>
/// One dataset of a closed NetCDF4 file reopened through HDF5 to write already-filtered chunks with
/// <c>H5Dwrite_chunk</c> (native-io.md §3). The caller compresses; this class only moves bytes, under the native
/// lock, and always closes the dataset and the file.
/// </summary>
public sealed class Hdf5ChunkWriter : IDisposable
{
    private readonly string _path;
    private readonly string _dataset;
    private long _file = -1;
    private long _dset = -1;

    private Hdf5ChunkWriter(string path, string dataset)
    {
        _path = path;
        _dataset = dataset;
    }

    ~Hdf5ChunkWriter() => Close(throwOnError: false);

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
    public static Hdf5ChunkWriter Open(string path, string dataset)
    {
        if (!IsSupported) throw new Hdf5Exception("H5Dwrite_chunk (not available, or HDF5 older than 1.10.3)", path, dataset);
        HdfErrorPrinting.SilenceOnThisThread();
        var writer = new Hdf5ChunkWriter(path, dataset);
        try
        {
            writer._file = Hdf5Native.OpenFile(path);
            writer._dset = Hdf5Native.OpenDataset(writer._file, dataset, path);
            return writer;
        }
        catch
        {
            writer.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Writes one chunk whose bytes went through every filter of the dataset's pipeline (filter mask 0).
    /// <paramref name="offset"/> is the chunk's first element in dataset coordinates, e.g. {t, 0, 0}.
    /// </summary>
    public void WriteChunk(ReadOnlySpan<long> offset, ReadOnlySpan<byte> compressed)
    {
        ObjectDisposedException.ThrowIf(_dset < 0, this);
        Span<ulong> o = stackalloc ulong[offset.Length];
        for (var i = 0; i < offset.Length; i++) o[i] = checked((ulong)offset[i]);
        Hdf5Native.WriteChunk(_dset, o, compressed, _path, _dataset);
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
