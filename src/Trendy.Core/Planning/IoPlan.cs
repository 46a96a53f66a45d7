using Trendy.Core.Inventory;

namespace Trendy.Core.Planning;

/// <summary>How the data variable's values leave the input.</summary>
public enum ReadPath
{
    /// <summary>libnetcdf's nc_get_vara: any format, any storage; HDF5 undoes the filters on one thread.</summary>
    NcGetVara,

    /// <summary>Stored chunks through H5Dread_chunk, inflated and unshuffled in managed threads (docs/native-io.md §3).</summary>
    DirectChunk,

    /// <summary>
    /// A NetCDF3 variable read with one positioned read per slab at the offsets of the file's own header (docs/native-io.md
    /// §3); the source falls back to nc_get_vara when that header disagrees with libnetcdf's.
    /// </summary>
    Netcdf3Contiguous,
}

/// <summary>How the data variable's values reach the output.</summary>
public enum WritePath
{
    /// <summary>libnetcdf's nc_put_vara: system zlib on one thread under the native lock.</summary>
    NcPutVara,

    /// <summary>Shuffled and deflated in managed threads, raw chunks through H5Dwrite_chunk (docs/native-io.md §3).</summary>
    DirectChunk,
}

/// <summary>
/// The I/O part of a plan, decided by <see cref="IoPlanner"/> from the recorded storage, the options and what the native
/// libraries can do: read and write paths with the reason for each, the codec, the output format and deflate level,
/// and whether unchanged stored chunks may be written as they are (pass-through). The executor follows it and
/// decides nothing itself.
/// </summary>
public sealed record IoPlan(
    ReadPath Read,
    string ReadReason,
    bool ReadShuffled,
    NcType StoredType,
    WritePath Write,
    string WriteReason,
    OutputFormat Format,
    int DeflateLevel,
    ChunkCodec Codec,
    bool PassThrough,
    string PassThroughReason)
{
    public const string PlainReadRule = "read:nc-get-vara";
    public const string Netcdf3ReadRule = "read:netcdf3-contiguous";
    public const string PlainWriteRule = "write:nc-put-vara";
    public const string PassThroughRulePrefix = "write:pass-through-chunks=";

    /// <summary>The codec that deflates output chunks (ISA-L only at level 1).</summary>
    public ChunkCodec WriteCodec => Codec.ForDeflate(DeflateLevel);

    /// <summary>The rule naming the read path and its codec, recorded with the outcome (read:direct-chunk-isal, read:nc-get-vara).</summary>
    public string ReadRule => Read switch
    {
        ReadPath.DirectChunk => DirectReadRule(Codec),
        ReadPath.Netcdf3Contiguous => Netcdf3ReadRule,
        _ => PlainReadRule,
    };

    /// <summary>The rule naming the write path and its codec (write:direct-chunk-zlib-ng, write:nc-put-vara).</summary>
    public string WriteRule => Write == WritePath.DirectChunk ? DirectWriteRule(WriteCodec) : PlainWriteRule;

    /// <summary>Bytes per stored value of the input's data variable, for "bytes read".</summary>
    public int StoredValueBytes => NcTypeSizes.Of(StoredType);

    public static string DirectReadRule(ChunkCodec codec) => "read:direct-chunk-" + codec.Name();

    public static string DirectWriteRule(ChunkCodec codec) => "write:direct-chunk-" + codec.Name();

    /// <summary>The rule recorded after a run: how many of how many steps were written as the source's stored bytes.</summary>
    public static string PassThroughRule(int passed, int steps) => $"{PassThroughRulePrefix}{passed}/{steps}";
}
