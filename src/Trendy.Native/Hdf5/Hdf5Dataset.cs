using Trendy.Native.Netcdf;

namespace Trendy.Native.Hdf5;

/// <summary>
/// An HDF5 file and one dataset in it, opened through libnetcdf's own HDF5 (docs/native-io.md §1): the owned handle
/// shared by <see cref="Hdf5ChunkReader"/> and <see cref="Hdf5ChunkWriter"/>. Both handles always close
/// (Dispose, or the finalizer as a last resort); every call holds the native lock inside <see cref="Hdf5Native"/>.
/// </summary>
internal sealed class Hdf5Dataset : IDisposable
{
    private long _file = -1;
    private long _dset = -1;

    private Hdf5Dataset(string path, string name)
    {
        Path = path;
        Name = name;
    }

    ~Hdf5Dataset() => Close(throwOnError: false);

    public string Path { get; }

    public string Name { get; }

    /// <summary>The dataset id, checked to be open.</summary>
    public long Id
    {
        get
        {
            ObjectDisposedException.ThrowIf(_dset < 0, this);
            return _dset;
        }
    }

    public static Hdf5Dataset Open(string path, string name, uint accessFlags, string operation)
    {
        if (!Hdf5Native.Available) throw new Hdf5Exception($"{operation} (not available, or HDF5 older than 1.10.3)", path, name);
        HdfErrorPrinting.SilenceOnThisThread();
        var opened = new Hdf5Dataset(path, name);
        try
        {
            opened._file = Hdf5Native.OpenFile(path, accessFlags);
            opened._dset = Hdf5Native.OpenDataset(opened._file, name, path);
            return opened;
        }
        catch
        {
            opened.Dispose();
            throw;
        }
    }

    /// <summary>A chunk offset in dataset coordinates as HDF5's hsize_t array.</summary>
    public static void ToHsize(ReadOnlySpan<long> offset, Span<ulong> destination)
    {
        for (var i = 0; i < offset.Length; i++) destination[i] = checked((ulong)offset[i]);
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
        Hdf5Native.CheckClose(ds, "H5Dclose", Path, Name);
        Hdf5Native.CheckClose(fs, "H5Fclose", Path, null);
    }
}
