using System.Runtime.InteropServices;

namespace Trendy.Native.Netcdf;

/// <summary>
/// Raw libnetcdf entry points (netcdf.h, netCDF-C 4.9). Nothing outside Trendy.Native calls these, and
/// every call must hold <see cref="NativeGate.Sync"/>. Status codes are checked by <see cref="NcStatus"/>.
/// </summary>
internal static unsafe class NcNative
{
    private const string Lib = NativeLibraries.Netcdf;

    public const int NC_NOWRITE = 0x0000;
    public const int NC_WRITE = 0x0001;
    public const int NC_CLOBBER = 0x0000;
    public const int NC_NOCLOBBER = 0x0004;
    public const int NC_64BIT_DATA = 0x0020;
    public const int NC_CLASSIC_MODEL = 0x0100;
    public const int NC_64BIT_OFFSET = 0x0200;
    public const int NC_NETCDF4 = 0x1000;
    public const int NC_GLOBAL = -1;
    public const int NC_UNLIMITED = 0;
    public const int NC_CHUNKED = 0;
    public const int NC_CONTIGUOUS = 1;
    public const int NC_NOFILL = 0x100;
    public const int NC_MAX_NAME = 256;
    public const int NC_ENOTATT = -43;
    public const int NC_ENOTVAR = -49;

    [DllImport(Lib)] public static extern int nc_open(byte* path, int mode, out int ncid);
    [DllImport(Lib)] public static extern int nc_create(byte* path, int cmode, out int ncid);
    [DllImport(Lib)] public static extern int nc_close(int ncid);
    [DllImport(Lib)] public static extern int nc_enddef(int ncid);
    [DllImport(Lib)] public static extern int nc_redef(int ncid);
    [DllImport(Lib)] public static extern int nc_sync(int ncid);
    [DllImport(Lib)] public static extern int nc_set_fill(int ncid, int fillmode, out int oldMode);
    [DllImport(Lib)] public static extern IntPtr nc_strerror(int status);
    [DllImport(Lib)] public static extern IntPtr nc_inq_libvers();

    [DllImport(Lib)] public static extern int nc_inq(int ncid, out int ndims, out int nvars, out int natts, out int unlimdimid);
    [DllImport(Lib)] public static extern int nc_inq_format(int ncid, out int format);
    [DllImport(Lib)] public static extern int nc_inq_unlimdims(int ncid, out int nunlim, int* unlimdimids);
    [DllImport(Lib)] public static extern int nc_inq_dim(int ncid, int dimid, byte* name, out nuint len);
    [DllImport(Lib)] public static extern int nc_inq_var(int ncid, int varid, byte* name, out int xtype, out int ndims, int* dimids, out int natts);
    [DllImport(Lib)] public static extern int nc_inq_varid(int ncid, byte* name, out int varid);
    [DllImport(Lib)] public static extern int nc_inq_var_chunking(int ncid, int varid, out int storage, nuint* chunksizes);
    [DllImport(Lib)] public static extern int nc_inq_var_filter_ids(int ncid, int varid, out nuint nfilters, uint* ids);
    [DllImport(Lib)] public static extern int nc_inq_var_endian(int ncid, int varid, out int endian);
    [DllImport(Lib)] public static extern int nc_inq_var_deflate(int ncid, int varid, out int shuffle, out int deflate, out int level);
    [DllImport(Lib)] public static extern int nc_inq_attname(int ncid, int varid, int attnum, byte* name);
    [DllImport(Lib)] public static extern int nc_inq_att(int ncid, int varid, byte* name, out int xtype, out nuint len);

    [DllImport(Lib)] public static extern int nc_get_att_text(int ncid, int varid, byte* name, byte* value);
    [DllImport(Lib)] public static extern int nc_get_att_double(int ncid, int varid, byte* name, double* value);
    [DllImport(Lib)] public static extern int nc_get_att_longlong(int ncid, int varid, byte* name, long* value);
    [DllImport(Lib)] public static extern int nc_get_att_string(int ncid, int varid, byte* name, IntPtr* value);
    [DllImport(Lib)] public static extern int nc_free_string(nuint len, IntPtr* data);

    [DllImport(Lib)] public static extern int nc_get_vara_float(int ncid, int varid, nuint* start, nuint* count, float* value);
    [DllImport(Lib)] public static extern int nc_get_vara_double(int ncid, int varid, nuint* start, nuint* count, double* value);
    [DllImport(Lib)] public static extern int nc_get_vars_float(int ncid, int varid, nuint* start, nuint* count, nint* stride, float* value);
    [DllImport(Lib)] public static extern int nc_get_vars_double(int ncid, int varid, nuint* start, nuint* count, nint* stride, double* value);
    [DllImport(Lib)] public static extern int nc_get_vara(int ncid, int varid, nuint* start, nuint* count, void* value);
    [DllImport(Lib)] public static extern int nc_get_vara_string(int ncid, int varid, nuint* start, nuint* count, IntPtr* value);

    [DllImport(Lib)] public static extern int nc_def_dim(int ncid, byte* name, nuint len, out int dimid);
    [DllImport(Lib)] public static extern int nc_def_var(int ncid, byte* name, int xtype, int ndims, int* dimids, out int varid);
    [DllImport(Lib)] public static extern int nc_def_var_deflate(int ncid, int varid, int shuffle, int deflate, int level);
    [DllImport(Lib)] public static extern int nc_def_var_chunking(int ncid, int varid, int storage, nuint* chunksizes);
    [DllImport(Lib)] public static extern int nc_def_var_fill(int ncid, int varid, int noFill, void* fillValue);

    [DllImport(Lib)] public static extern int nc_del_att(int ncid, int varid, byte* name);
    [DllImport(Lib)] public static extern int nc_put_att_text(int ncid, int varid, byte* name, nuint len, byte* value);
    [DllImport(Lib)] public static extern int nc_put_att(int ncid, int varid, byte* name, int xtype, nuint len, void* value);
    [DllImport(Lib)] public static extern int nc_put_att_string(int ncid, int varid, byte* name, nuint len, IntPtr* value);
    [DllImport(Lib)] public static extern int nc_put_vara(int ncid, int varid, nuint* start, nuint* count, void* value);
    [DllImport(Lib)] public static extern int nc_put_vara_string(int ncid, int varid, nuint* start, nuint* count, IntPtr* value);

    public static string StrError(int status) => Marshal.PtrToStringUTF8(nc_strerror(status)) ?? $"netCDF status {status}";
}
