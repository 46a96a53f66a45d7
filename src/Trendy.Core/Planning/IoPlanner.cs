using Trendy.Core.Inventory;

namespace Trendy.Core.Planning;

/// <summary>
/// Decides the read path, the write path, the codec and pass-through of stored chunks from the storage recorded in the
/// header, the options and the native capabilities (docs/native-io.md §3, "Conditions the fast path must check").
/// Pure: the same inputs give the same <see cref="IoPlan"/>, and every path not taken carries its reason.
/// </summary>
public static class IoPlanner
{
    public static IoPlan Plan(
        DatasetHeader header,
        VariableInfo data,
        IReadOnlyList<SourceAxis> axes,
        ValuePlan values,
        HorizontalGrid grid,
        LevelAxis? level,
        NcType outputType,
        ConvertOptions options,
        IoCapabilities capabilities)
    {
        var codec = options.Codec ?? (capabilities.Isal ? ChunkCodec.Isal : ChunkCodec.ZlibNg);
        var readReason = WhyNotDirectRead(header, data, axes, options, capabilities);
        var writeReason = WhyNotDirectWrite(options, capabilities);
        var read = readReason is null ? ReadPath.DirectChunk : ReadPath.NcGetVara;
        if (read == ReadPath.NcGetVara && Netcdf3Readable(header, data, axes, options))
        {
            read = ReadPath.Netcdf3Contiguous;
            readReason = "NetCDF3 input: one positioned read per slab";
        }

        var write = writeReason is null ? WritePath.DirectChunk : WritePath.NcPutVara;
        var shuffled = read == ReadPath.DirectChunk && data.Storage!.Filters.Count == 2;
        var passReason = WhyNoPassThrough(read, shuffled, write, data, axes, values, grid, level, outputType);
        return new IoPlan(read, readReason ?? DirectReadReason(data), shuffled, data.Type, write, writeReason ?? "NetCDF4 output with deflate",
            options.Format, options.DeflateLevel, codec, passReason is null, passReason ?? "unchanged steps keep their stored bytes");
    }

    /// <summary>Null when the stored chunks can be read raw: one whole time step each, deflate with or without shuffle, native byte order.</summary>
    private static string? WhyNotDirectRead(DatasetHeader header, VariableInfo data, IReadOnlyList<SourceAxis> axes, ConvertOptions options,
        IoCapabilities capabilities)
    {
        if (!options.DirectChunk) return "direct-chunk I/O turned off";
        if (!capabilities.DirectChunk) return "HDF5 without H5Dread_chunk/H5Dwrite_chunk";
        if (header.Format is not (NcFormat.NetCdf4 or NcFormat.NetCdf4Classic)) return $"{header.Format} input (nc_get_vara is cheap there)";
        if (data.Type is not (NcType.Float or NcType.Double)) return $"stored as {data.Type}";
        if (data.Rank < 2) return "fewer than two dimensions";
        if (axes.FirstOrDefault(a => a.Role == AxisRole.Time) is not { Position: 0 }) return "time is not the outermost dimension";
        var storage = data.Storage;
        if (storage is not { Layout: StorageLayout.Chunked, ChunkShape: { } chunk } || chunk.Count != data.Rank) return $"{storage?.Layout.ToString().ToLowerInvariant() ?? "unknown"} storage";
        if (chunk[0] != 1 || Enumerable.Range(1, data.Rank - 1).Any(i => chunk[i] != data.Shape[i]))
        {
            return $"chunks ({string.Join(", ", chunk)}) are not one whole time step";
        }

        var f = storage.Filters;
        var deflateOnly = f.Count == 1 && f[0] == VariableStorage.DeflateFilter;
        var shuffleDeflate = f.Count == 2 && f[0] == VariableStorage.ShuffleFilter && f[1] == VariableStorage.DeflateFilter;
        if (!deflateOnly && !shuffleDeflate) return $"filters {storage.FilterText} (only deflate, with or without shuffle, is read raw)";
        return storage.IsNativeByteOrder ? null : $"stored {storage.ByteOrder.ToString().ToLowerInvariant()}-endian";
    }

    /// <summary>A classic-format variable, time outermost, of a type the positioned reader converts exactly (short, int, float, double).</summary>
    private static bool Netcdf3Readable(DatasetHeader header, VariableInfo data, IReadOnlyList<SourceAxis> axes, ConvertOptions options) =>
        options.DirectChunk && header.Format is NcFormat.Classic or NcFormat.Offset64Bit or NcFormat.Cdf5
        && data.Type is NcType.Short or NcType.Int or NcType.Float or NcType.Double && data.Rank >= 2
        && axes.FirstOrDefault(a => a.Role == AxisRole.Time) is { Position: 0 };

    private static string DirectReadReason(VariableInfo data) => $"one time step per chunk, {data.Storage!.FilterText}";

    private static string? WhyNotDirectWrite(ConvertOptions options, IoCapabilities capabilities)
    {
        if (!options.DirectChunk) return "direct-chunk I/O turned off";
        if (!capabilities.DirectChunk) return "HDF5 without H5Dread_chunk/H5Dwrite_chunk";
        if (options.Format != OutputFormat.NetCdf4) return "NetCDF3 output";
        return options.DeflateLevel is < 1 or > 9 ? $"deflate level {options.DeflateLevel}" : null;
    }

    /// <summary>
    /// Null when a step whose transformed values equal its source values may be written as the source's stored bytes:
    /// shuffled one-step chunks read raw, the direct write path, values and grid order kept, no level summed, and the
    /// same value type and step size in and out. Whether a step's values really are unchanged is tested per step while
    /// running (masking may change some).
    /// </summary>
    private static string? WhyNoPassThrough(ReadPath read, bool shuffled, WritePath write, VariableInfo data, IReadOnlyList<SourceAxis> axes,
        ValuePlan values, HorizontalGrid grid, LevelAxis? level, NcType outputType)
    {
        if (read != ReadPath.DirectChunk || !shuffled) return "source chunks are not read raw with shuffle";
        if (write != WritePath.DirectChunk) return "output chunks are not written raw";
        if (!values.KeepsValidValues) return "values change (unpacking, units or per-interval division)";
        if (!grid.KeepsSourceOrder) return "the grid is flipped or rolled";
        if (level is { Reduce: true }) return "a level axis is summed";
        if (data.Type != outputType) return $"{data.Type} stored, {outputType} written";
        var perStepIn = axes.Where(a => a.Role != AxisRole.Time).Aggregate(1L, (acc, a) => acc * a.Length);
        var perStepOut = (long)(level?.Length ?? 1) * grid.NLat * grid.NLon;
        return perStepIn == perStepOut ? null : "the source has other dimensions than the output";
    }
}
