using Trendy.Core.Planning;
using Trendy.Native.Hdf5;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// Chooses how the data variable's chunks reach the file: the direct-chunk path (shuffle + zlib-ng deflate in managed
/// threads, raw chunks through H5Dwrite_chunk; native-io.md §3, §5) or libnetcdf's nc_put_vara (system zlib on one
/// thread under the native lock). The direct path needs a NetCDF4 output with deflate ≥ 1 and HDF5 ≥ 1.10.3;
/// TRENDY2ILAMB_NO_DIRECT_CHUNK=1 turns it off.
/// </summary>
internal static class WritePath
{
    public const string DirectRule = "write:direct-chunk-zlib-ng";
    public const string PlainRule = "write:nc-put-vara";
    public const string DisableVariable = "TRENDY2ILAMB_NO_DIRECT_CHUNK";

    private static readonly Lazy<bool> DisabledByEnvironment = new(() => Environment.GetEnvironmentVariable(DisableVariable) == "1");

    /// <summary>Tests force one path for the conversions of the current async flow (null: decide normally).</summary>
    internal static readonly AsyncLocal<bool?> Override = new();

    public static bool UseDirect(ConvertOptions options)
    {
        if (options.Format != OutputFormat.NetCdf4 || options.DeflateLevel is < 1 or > 9) return false;
        if (Override.Value is { } forced) return forced && Hdf5ChunkWriter.IsSupported;
        return !DisabledByEnvironment.Value && Hdf5ChunkWriter.IsSupported;
    }
}
