using System.Buffers.Binary;
using Trendy.Core.Inventory;

namespace Trendy.Native.Netcdf;

/// <summary>Encodes doubles into the byte layout of a netCDF external type (little-endian: the in-memory order libnetcdf expects on the x86-64 and arm64 machines we support).</summary>
internal static class TypedValues
{
    public static int Size(NcType type) => NcTypeSizes.Of(type);

    public static void Encode(NcType type, ReadOnlySpan<double> values, Span<byte> destination)
    {
        var size = Size(type);
        for (var i = 0; i < values.Length; i++)
        {
            var d = destination.Slice(i * size, size);
            var v = values[i];
            switch (type)
            {
                case NcType.Byte: d[0] = unchecked((byte)(sbyte)v); break;
                case NcType.UByte:
                case NcType.Char: d[0] = (byte)v; break;
                case NcType.Short: BinaryPrimitives.WriteInt16LittleEndian(d, (short)v); break;
                case NcType.UShort: BinaryPrimitives.WriteUInt16LittleEndian(d, (ushort)v); break;
                case NcType.Int: BinaryPrimitives.WriteInt32LittleEndian(d, (int)v); break;
                case NcType.UInt: BinaryPrimitives.WriteUInt32LittleEndian(d, (uint)v); break;
                case NcType.Float: BinaryPrimitives.WriteSingleLittleEndian(d, (float)v); break;
                case NcType.Double: BinaryPrimitives.WriteDoubleLittleEndian(d, v); break;
                case NcType.Int64: BinaryPrimitives.WriteInt64LittleEndian(d, (long)v); break;
                case NcType.UInt64: BinaryPrimitives.WriteUInt64LittleEndian(d, (ulong)v); break;
                default: throw new ArgumentOutOfRangeException(nameof(type), type, "not numeric");
            }
        }
    }
}
