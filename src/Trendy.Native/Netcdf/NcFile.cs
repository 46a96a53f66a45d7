using System.Text;
using Trendy.Core.Inventory;

namespace Trendy.Native.Netcdf;

/// <summary>
/// An open netCDF dataset: the owned handle that always closes (Dispose, or the finalizer as a last resort).
/// Reads, definitions and writes live in the partial files next to this one; every native call holds
/// <see cref="NativeGate.Sync"/> because libnetcdf is not thread-safe (docs/native-io.md §1).
/// </summary>
public sealed partial class NcFile : IDisposable
{
    private static long _openCount;
    private readonly Dictionary<string, int> _varIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _dimIds = new(StringComparer.Ordinal);
    private int _ncid;
    private bool _open;

    private NcFile(string path, int ncid, bool writable)
    {
        Path = path;
        _ncid = ncid;
        _open = true;
        Writable = writable;
        Interlocked.Increment(ref _openCount);
    }

    ~NcFile() => Close(throwOnError: false);

    /// <summary>How many datasets this process holds open right now (the leak test watches it).</summary>
    public static long OpenHandleCount => Interlocked.Read(ref _openCount);

    public string Path { get; }

    public bool Writable { get; }

    /// <summary>The libnetcdf version string, e.g. "4.9.0 of ...".</summary>
    public static string LibraryVersion
    {
        get
        {
            lock (NativeGate.Sync)
            {
                return System.Runtime.InteropServices.Marshal.PtrToStringUTF8(NcNative.nc_inq_libvers()) ?? "unknown";
            }
        }
    }

    /// <summary>
    /// Opens an existing file read-only. Problems libnetcdf would report badly (or hang on, for a FIFO)
    /// are caught first and named: missing file, directory, empty or non-regular file.
    /// </summary>
    public static NcFile OpenRead(string path) => Open(path, NcNative.NC_NOWRITE);

    /// <summary>Opens an existing file for appending data and attributes.</summary>
    public static NcFile OpenWrite(string path) => Open(path, NcNative.NC_WRITE);

    private static unsafe NcFile Open(string path, int mode)
    {
        FileChecks.EnsureReadableRegularFile(path);
        HdfErrorPrinting.SilenceOnThisThread();
        var bytes = Utf8(path);
        int ncid;
        lock (NativeGate.Sync)
        {
            fixed (byte* p = bytes)
            {
                NcStatus.Check(NcNative.nc_open(p, mode, out ncid), "nc_open", path);
            }
        }

        return new NcFile(path, ncid, mode == NcNative.NC_WRITE);
    }

    /// <summary>Creates a new file (replacing any file of that name when <paramref name="overwrite"/>).</summary>
    public static unsafe NcFile Create(string path, NcCreateFormat format, bool overwrite = true)
    {
        HdfErrorPrinting.SilenceOnThisThread();
        var mode = (overwrite ? NcNative.NC_CLOBBER : NcNative.NC_NOCLOBBER) | format switch
        {
            NcCreateFormat.NetCdf4 => NcNative.NC_NETCDF4,
            NcCreateFormat.NetCdf4Classic => NcNative.NC_NETCDF4 | NcNative.NC_CLASSIC_MODEL,
            NcCreateFormat.Offset64Bit => NcNative.NC_64BIT_OFFSET,
            NcCreateFormat.Cdf5 => NcNative.NC_64BIT_DATA,
            _ => 0,
        };
        var bytes = Utf8(path);
        int ncid;
        lock (NativeGate.Sync)
        {
            fixed (byte* p = bytes)
            {
                NcStatus.Check(NcNative.nc_create(p, mode, out ncid), "nc_create", path);
            }

            // Fill values are set per variable; prefilling whole variables we overwrite anyway costs a full write.
            NcStatus.Check(NcNative.nc_set_fill(ncid, NcNative.NC_NOFILL, out _), "nc_set_fill", path);
        }

        return new NcFile(path, ncid, writable: true);
    }

    /// <summary>The on-disk format, as nc_inq_format reports it.</summary>
    public NcFormat Format
    {
        get
        {
            lock (NativeGate.Sync)
            {
                EnsureOpen();
                NcStatus.Check(NcNative.nc_inq_format(_ncid, out var f), "nc_inq_format", Path);
                return Enum.IsDefined(typeof(NcFormat), f) ? (NcFormat)f : NcFormat.Unknown;
            }
        }
    }

    public void Dispose()
    {
        Close(throwOnError: true);
        GC.SuppressFinalize(this);
    }

    private void Close(bool throwOnError)
    {
        int status;
        lock (NativeGate.Sync)
        {
            if (!_open) return;
            _open = false;
            status = NcNative.nc_close(_ncid);
            _ncid = -1;
        }

        Interlocked.Decrement(ref _openCount);
        if (throwOnError) NcStatus.Check(status, "nc_close", Path);
    }

    private void EnsureOpen()
    {
        ObjectDisposedException.ThrowIf(!_open, this);
    }

    internal static byte[] Utf8(string s)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(s) + 1];
        Encoding.UTF8.GetBytes(s, 0, s.Length, bytes, 0);
        return bytes;
    }

    /// <summary>Id of a variable by exact name; NC_GLOBAL for null. Cached, since names never change here.</summary>
    internal unsafe int VarId(string? name)
    {
        if (name is null) return NcNative.NC_GLOBAL;
        if (_varIds.TryGetValue(name, out var id)) return id;
        var bytes = Utf8(name);
        lock (NativeGate.Sync)
        {
            EnsureOpen();
            fixed (byte* p = bytes)
            {
                NcStatus.Check(NcNative.nc_inq_varid(_ncid, p, out id), "nc_inq_varid", Path, name);
            }
        }

        _varIds[name] = id;
        return id;
    }
}
