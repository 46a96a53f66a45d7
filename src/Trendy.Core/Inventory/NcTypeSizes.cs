namespace Trendy.Core.Inventory;

/// <summary>Bytes per value of each NetCDF external type (NetCDF User Guide, "Data Types").</summary>
public static class NcTypeSizes
{
    public static int Of(NcType type) => type switch
    {
        NcType.Byte or NcType.UByte or NcType.Char => 1,
        NcType.Short or NcType.UShort => 2,
        NcType.Int or NcType.UInt or NcType.Float => 4,
        _ => 8,
    };
}
