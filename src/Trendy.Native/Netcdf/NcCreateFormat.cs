namespace Trendy.Native.Netcdf;

/// <summary>The file formats we create: NetCDF4 (HDF5) for outputs; the classic ones for test fixtures and --format.</summary>
public enum NcCreateFormat
{
    NetCdf4,
    NetCdf4Classic,
    Classic,
    Offset64Bit,
    Cdf5,
}
