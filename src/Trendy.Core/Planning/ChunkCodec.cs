namespace Trendy.Core.Planning;

/// <summary>
/// Which deflate implementation moves a chunk on the direct-chunk paths: .NET's ZLibStream (zlib-ng, always present) or
/// Intel ISA-L (igzip, when libisal.so.2 is installed). Both read and write the same zlib format (RFC 1950), so the
/// choice never shows in the file, only in speed (docs/native-io.md §3, docs/performance.md).
/// </summary>
public enum ChunkCodec
{
    ZlibNg,
    Isal,
}

/// <summary>Names of the codecs as the path rules of a report give them (read:direct-chunk-isal, …), and which codec deflates.</summary>
public static class ChunkCodecNames
{
    public static string Name(this ChunkCodec codec) => codec == ChunkCodec.Isal ? "isal" : "zlib-ng";

    /// <summary>
    /// The codec that deflates at <paramref name="deflateLevel"/>: ISA-L stands in for level 1 only (its levels do not
    /// map onto zlib's; docs/performance.md, "The codec: ISA-L"), zlib-ng deflates every other level.
    /// </summary>
    public static ChunkCodec ForDeflate(this ChunkCodec preferred, int deflateLevel) =>
        preferred == ChunkCodec.Isal && deflateLevel == 1 ? ChunkCodec.Isal : ChunkCodec.ZlibNg;
}
