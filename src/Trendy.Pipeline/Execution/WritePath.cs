using Trendy.Core.Planning;
using Trendy.Native.Hdf5;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// Chooses how the data variable's chunks reach the file: the direct-chunk path (shuffle + deflate in managed
/// threads with ISA-L at level 1 or zlib-ng, <see cref="CodecChoice"/>; raw chunks through H5Dwrite_chunk;
/// native-io.md §3, §5) or libnetcdf's nc_put_vara (system zlib on one thread under the native lock). The direct path needs a NetCDF4 output with deflate ≥ 1 and HDF5 ≥ 1.10.3;
/// TRENDY2ILAMB_NO_DIRECT_CHUNK=1 turns it off.
/// </summary>
internal static class WritePath
{
    public const string PlainRule = "write:nc-put-vara";
    public const string DisableVariable = "TRENDY2ILAMB_NO_DIRECT_CHUNK";

    private static readonly Lazy<bool> DisabledByEnvironment = new(() => Environment.GetEnvironmentVariable(DisableVariable) == "1");

    /// <summary>The rule of the direct write path with the codec that deflated the chunks (write:direct-chunk-isal, …-zlib-ng).</summary>
    public static string DirectRule(ChunkCodec codec) => "write:direct-chunk-" + codec.Name();

    /// <summary>Tests force one path for the conversions of the current async flow (null: decide normally).</summary>
    internal static readonly AsyncLocal<bool?> Override = new();

    public static bool UseDirect(ConvertOptions options)
    {
        if (options.Format != OutputFormat.NetCdf4 || options.DeflateLevel is < 1 or > 9) return false;
        if (Override.Value is { } forced) return forced && Hdf5ChunkWriter.IsSupported;
        return !DisabledByEnvironment.Value && Hdf5ChunkWriter.IsSupported;
    }
}
