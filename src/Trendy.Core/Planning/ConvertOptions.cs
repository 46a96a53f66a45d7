namespace Trendy.Core.Planning;

/// <summary>
/// User-chosen conversion settings. Deflate level and format change the bytes of an output (so they are its resume
/// key); <see cref="DirectChunk"/> and <see cref="Codec"/> choose only how chunks are moved and compressed
/// (<see cref="IoPlanner"/>), never the values, so they are not. The CLI turns its environment defaults
/// (TRENDY2ILAMB_NO_DIRECT_CHUNK, TRENDY2ILAMB_NO_ISAL) into these two once; nothing below reads the environment.
/// DirectChunk allows the direct-chunk read and write paths where storage and libraries permit; Codec forces a codec
/// for them (null: ISA-L when installed, else zlib-ng).
/// </summary>
public sealed record ConvertOptions(
    long MemoryBudgetBytes = ConvertOptions.DefaultMemoryBudget,
    int DeflateLevel = 1,
    OutputFormat Format = OutputFormat.NetCdf4,
    bool DirectChunk = true,
    ChunkCodec? Codec = null)
{
    public const long DefaultMemoryBudget = 512L * 1024 * 1024;

    /// <summary>The settings that change output content, as recorded in each output for resume checks.</summary>
    public string ResumeKey => $"deflate={DeflateLevel};format={Format}";
}
