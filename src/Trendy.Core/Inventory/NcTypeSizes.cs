namespace Trendy.Core.Inventory;

/// <summary>Bytes per value of each NetCDF external type (NetCDF User Guide, "Data Types").</summary>
public static class NcTypeSizes
{
    public static int Of(NcType type) => type switch
    {
        NcType.Byte or NcType.UByte or NcType.Char => 1,
        NcType.Short or NcType.UShort => 2,
        NcType.Int or NcType.UInt or NcType.Float => 4,
        NcType.Double or NcType.Int64 or NcType.UInt64 => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no fixed size"),
    };
}
