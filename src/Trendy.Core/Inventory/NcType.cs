namespace Trendy.Core.Inventory;

/// <summary>NetCDF external data types; the numeric values are libnetcdf's NC_* constants (netcdf.h).</summary>
public enum NcType
{
    Byte = 1,
    Char = 2,
    Short = 3,
    Int = 4,
    Float = 5,
    Double = 6,
    UByte = 7,
    UShort = 8,
    UInt = 9,
    Int64 = 10,
    UInt64 = 11,
    String = 12,
}
