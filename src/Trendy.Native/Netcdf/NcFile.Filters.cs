namespace Trendy.Native.Netcdf;

public sealed partial class NcFile
{
    /// <summary>HDF5 filter ids of a NetCDF4 variable's pipeline in order (1 deflate, 2 shuffle, 3 fletcher32, …); empty otherwise. Caller holds the lock.</summary>
    private unsafe uint[] FilterIds(int varid, string variable)
    {
        NcStatus.Check(NcNative.nc_inq_var_filter_ids(_ncid, varid, out var n, null), "nc_inq_var_filter_ids", Path, variable);
        var ids = new uint[(int)n];
        fixed (uint* p = ids)
        {
            if (n > 0) NcStatus.Check(NcNative.nc_inq_var_filter_ids(_ncid, varid, out n, p), "nc_inq_var_filter_ids", Path, variable);
        }

        return ids;
    }
}
