using System.Runtime.InteropServices;

namespace Trendy.Native.Hdf5;

/// <summary>
/// The few HDF5 calls of the direct-chunk write path, as function pointers taken from libnetcdf's own handle so that
/// netCDF-C and these calls share one HDF5 instance and never guess its soname (native-io.md §1, "HDF5 from the same
/// instance"). Every call holds <see cref="NativeGate.Sync"/>; a negative status becomes an <see cref="Hdf5Exception"/>.
/// </summary>
internal static unsafe class Hdf5Native
{
    /// <summary>H5P_DEFAULT is (hid_t)0 in HDF5 1.10.</summary>
    public const long H5P_DEFAULT = 0;

    /// <summary>H5F_ACC_RDONLY and H5F_ACC_RDWR from H5Fpublic.h.</summary>
    public const uint H5F_ACC_RDONLY = 0;

    public const uint H5F_ACC_RDWR = 1;

    private static readonly Lazy<bool> Resolved = new(Resolve, LazyThreadSafetyMode.ExecutionAndPublication);
    private static delegate* unmanaged<byte*, uint, long, long> _fopen;
    private static delegate* unmanaged<long, int> _fclose;
    private static delegate* unmanaged<long, byte*, long, long> _dopen2;
    private static delegate* unmanaged<long, int> _dclose;
    private static delegate* unmanaged<long, long, uint, ulong*, nuint, void*, int> _writeChunk;
    private static delegate* unmanaged<long, long, ulong*, uint*, void*, int> _readChunk;
    private static delegate* unmanaged<long, ulong*, ulong*, int> _chunkSize;

    /// <summary>
    /// True when every symbol is exported and HDF5 is at least 1.10.3, the release that added H5Dwrite_chunk
    /// (native-io.md §3; Debian 12 has 1.10.8). Decided once per process.
    /// </summary>
    public static bool Available => Resolved.Value;

    /// <summary>The HDF5 version libnetcdf runs on, or null when H5get_libversion is not exported.</summary>
    public static Version? LibraryVersion { get; private set; }

    public static long OpenFile(string path, uint flags = H5F_ACC_RDWR)
    {
        var bytes = Utf8(path);
        lock (NativeGate.Sync)
        {
            fixed (byte* p = bytes)
            {
                return Check(_fopen(p, flags, H5P_DEFAULT), "H5Fopen", path, null);
            }
        }
    }

    public static long OpenDataset(long file, string name, string path)
    {
        var bytes = Utf8(name);
        lock (NativeGate.Sync)
        {
            fixed (byte* p = bytes)
            {
                return Check(_dopen2(file, p, H5P_DEFAULT), "H5Dopen2", path, name);
            }
        }
    }

    public static void WriteChunk(long dataset, ReadOnlySpan<ulong> offset, ReadOnlySpan<byte> data, string path, string name, uint filterMask = 0)
    {
        lock (NativeGate.Sync)
        {
            fixed (ulong* o = offset)
            fixed (byte* d = data)
            {
                // filter_mask 0: every filter of the pipeline (shuffle, deflate) was applied to these bytes; bit i set: filter i was not.
                _ = Check(_writeChunk(dataset, H5P_DEFAULT, filterMask, o, (nuint)data.Length, d), "H5Dwrite_chunk", path, name);
            }
        }
    }

    /// <summary>
    /// Stored (filtered) size of the chunk at <paramref name="offset"/>; 0 when the chunk was never written. HDF5 1.10.8
    /// fails the call for an unallocated chunk rather than reporting 0, so any failure counts as "not stored" here:
    /// the caller then reads that chunk through libnetcdf, which yields the fill value or names a real error.
    /// </summary>
    public static long ChunkStorageSize(long dataset, ReadOnlySpan<ulong> offset)
    {
        lock (NativeGate.Sync)
        {
            fixed (ulong* o = offset)
            {
                ulong size = 0;
                return _chunkSize(dataset, o, &size) < 0 ? 0 : checked((long)size);
            }
        }
    }

    /// <summary>Reads the stored bytes of one chunk into <paramref name="buffer"/> (at least its storage size); returns the filter mask.</summary>
    public static uint ReadChunk(long dataset, ReadOnlySpan<ulong> offset, Span<byte> buffer, string path, string name)
    {
        lock (NativeGate.Sync)
        {
            fixed (ulong* o = offset)
            fixed (byte* b = buffer)
            {
                uint mask;
                _ = Check(_readChunk(dataset, H5P_DEFAULT, o, &mask, b), "H5Dread_chunk", path, name);
                return mask;
            }
        }
    }

    public static int CloseDataset(long dataset)
    {
        lock (NativeGate.Sync)
        {
            return _dclose(dataset);
        }
    }

    public static int CloseFile(long file)
    {
        lock (NativeGate.Sync)
        {
            return _fclose(file);
        }
    }

    public static void CheckClose(int status, string call, string path, string? name) => _ = Check(status, call, path, name);

    private static long Check(long status, string call, string path, string? name) =>
        status < 0 ? throw new Hdf5Exception(call, path, name) : status;

    private static bool Resolve()
    {
        IntPtr lib;
        try
        {
            lib = NativeLibraries.Handle(NativeLibraries.Netcdf);
        }
        catch (TrendyNativeMissingException)
        {
            return false;
        }

        lock (NativeGate.Sync)
        {
            if (!NativeLibrary.TryGetExport(lib, "H5get_libversion", out var version)) return false;
            uint major, minor, release;
            if (((delegate* unmanaged<uint*, uint*, uint*, int>)version)(&major, &minor, &release) < 0) return false;
            LibraryVersion = new Version((int)major, (int)minor, (int)release);
            if (LibraryVersion < new Version(1, 10, 3)) return false;
            if (!NativeLibrary.TryGetExport(lib, "H5Fopen", out var fopen)
                || !NativeLibrary.TryGetExport(lib, "H5Fclose", out var fclose)
                || !NativeLibrary.TryGetExport(lib, "H5Dopen2", out var dopen2)
                || !NativeLibrary.TryGetExport(lib, "H5Dclose", out var dclose)
                || !NativeLibrary.TryGetExport(lib, "H5Dwrite_chunk", out var writeChunk)
                || !NativeLibrary.TryGetExport(lib, "H5Dread_chunk", out var readChunk)
                || !NativeLibrary.TryGetExport(lib, "H5Dget_chunk_storage_size", out var chunkSize))
            {
                return false;
            }

            _fopen = (delegate* unmanaged<byte*, uint, long, long>)fopen;
            _fclose = (delegate* unmanaged<long, int>)fclose;
            _dopen2 = (delegate* unmanaged<long, byte*, long, long>)dopen2;
            _dclose = (delegate* unmanaged<long, int>)dclose;
            _writeChunk = (delegate* unmanaged<long, long, uint, ulong*, nuint, void*, int>)writeChunk;
            _readChunk = (delegate* unmanaged<long, long, ulong*, uint*, void*, int>)readChunk;
            _chunkSize = (delegate* unmanaged<long, ulong*, ulong*, int>)chunkSize;
            return true;
        }
    }

    private static byte[] Utf8(string s) => Netcdf.NcFile.Utf8(s);
}
