namespace Trendy.Native.Hdf5;

/// <summary>
/// Which deflate implementation moves a chunk: .NET's ZLibStream (zlib-ng, always present) or Intel ISA-L (igzip,
/// when libisal.so.2 is installed). Both read and write the same zlib format (RFC 1950), so the choice never shows in
/// the file, only in speed.
/// </summary>
public enum ChunkCodec
{
    ZlibNg,
    Isal,
}

/// <summary>Names of the codecs as they appear in the path rules of a report (read:direct-chunk-isal, …).</summary>
public static class ChunkCodecNames
{
    public static string Name(this ChunkCodec codec) => codec == ChunkCodec.Isal ? "isal" : "zlib-ng";
}
