namespace Trendy.Native.Netcdf;

public sealed partial class NcFile
{
    /// <summary>HDF5 filter ids of a NetCDF4 variable's pipeline in order (1 deflate, 2 shuffle, 3 fletcher32, …); empty otherwise.</summary>
    public unsafe uint[] FilterIds(string variable)
    {
        var id = VarId(variable);
        lock (NativeGate.Sync)
        {
            EnsureOpen();
            NcStatus.Check(NcNative.nc_inq_var_filter_ids(_ncid, id, out var n, null), "nc_inq_var_filter_ids", Path, variable);
            var ids = new uint[(int)n];
            fixed (uint* p = ids)
            {
                if (n > 0) NcStatus.Check(NcNative.nc_inq_var_filter_ids(_ncid, id, out n, p), "nc_inq_var_filter_ids", Path, variable);
            }

            return ids;
        }
    }

    /// <summary>True when the variable is stored in this machine's byte order (NC_ENDIAN_NATIVE, or the matching explicit one).</summary>
    public bool IsStoredNativeEndian(string variable)
    {
        var id = VarId(variable);
        lock (NativeGate.Sync)
        {
            EnsureOpen();
            NcStatus.Check(NcNative.nc_inq_var_endian(_ncid, id, out var endian), "nc_inq_var_endian", Path, variable);

            // NC_ENDIAN_NATIVE 0, NC_ENDIAN_LITTLE 1, NC_ENDIAN_BIG 2 (netcdf.h).
            return endian == 0 || endian == (BitConverter.IsLittleEndian ? 1 : 2);
        }
    }
}
