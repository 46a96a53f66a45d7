using Trendy.Native.Hdf5;
using Trendy.Native.Isal;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// The deflate codec of the direct-chunk paths: ISA-L when libisal.so.2 is installed (inflate of every chunk, deflate
/// at --deflate 1), zlib-ng otherwise. TRENDY2ILAMB_NO_ISAL=1 forces zlib-ng (read once), e.g. to compare the two or
/// to rule ISA-L out when chasing a problem. Both write and read the same zlib format, so outputs read the same.
/// </summary>
internal static class CodecChoice
{
    public const string DisableVariable = "TRENDY2ILAMB_NO_ISAL";

    private static readonly Lazy<bool> DisabledByEnvironment = new(() => Environment.GetEnvironmentVariable(DisableVariable) == "1");

    /// <summary>Tests force one codec for the conversions of the current async flow (null: decide normally).</summary>
    internal static readonly AsyncLocal<ChunkCodec?> Override = new();

    public static ChunkCodec Codec =>
        Override.Value ?? (!DisabledByEnvironment.Value && IsalCodec.IsAvailable ? ChunkCodec.Isal : ChunkCodec.ZlibNg);
}
