namespace Trendy.Core.Inventory;

/// <summary>On-disk format of a NetCDF file, as nc_inq_format reports it.</summary>
public enum NcFormat
{
    Unknown = 0,
    Classic = 1,
    Offset64Bit = 2,
    NetCdf4 = 3,
    NetCdf4Classic = 4,
    Cdf5 = 5,
}
