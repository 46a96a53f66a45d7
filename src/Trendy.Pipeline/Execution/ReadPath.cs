using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Native.Hdf5;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// Decides whether the source variable's chunks can be read raw (H5Dread_chunk) and inflated in managed threads
/// (ISA-L or zlib-ng, <see cref="CodecChoice"/>; docs/native-io.md §3, "Conditions the fast path must check"): NetCDF4 input, float or double in native byte order,
/// time outermost and chunks of exactly one whole time step, a pipeline of deflate with or without shuffle and
/// nothing else. Anything else reads through nc_get_vara. TRENDY2ILAMB_NO_DIRECT_CHUNK=1 turns it off too.
/// </summary>
internal static class ReadPath
{
    public const string PlainRule = "read:nc-get-vara";

    private const uint Deflate = 1;
    private const uint Shuffle = 2;

    internal static readonly Lazy<bool> DisabledByEnvironment = new(() => Environment.GetEnvironmentVariable(WritePath.DisableVariable) == "1");

    /// <summary>The rule of the direct read path with the codec that inflated the chunks (read:direct-chunk-isal, …-zlib-ng).</summary>
    public static string DirectRule(ChunkCodec codec) => "read:direct-chunk-" + codec.Name();

    /// <summary>Tests force one path for the conversions of the current async flow (null: decide normally).</summary>
    internal static readonly AsyncLocal<bool?> Override = new();

    /// <summary>Whether the direct path applies, whether the chunks are shuffled, and whether the stored type is float.</summary>
    public static (bool Direct, bool Shuffled, bool IsFloat) Decide(NcFile input, ConversionPlan plan)
    {
        if (Override.Value == false || (Override.Value is null && DisabledByEnvironment.Value) || !Hdf5ChunkWriter.IsSupported) return (false, false, false);
        if (input.Format is not (NcFormat.NetCdf4 or NcFormat.NetCdf4Classic)) return (false, false, false);
        var v = input.ReadHeader().Variable(plan.SourceVariable);
        if (v is null || v.Type is not (NcType.Float or NcType.Double) || v.Rank < 2) return (false, false, false);
        var time = plan.SourceAxes.First(a => a.Role == AxisRole.Time);
        if (time.Position != 0 || v.ChunkShape is not { } chunk || chunk.Count != v.Rank || chunk[0] != 1) return (false, false, false);
        for (var i = 1; i < v.Rank; i++)
        {
            if (chunk[i] != v.Shape[i]) return (false, false, false);
        }

        var filters = input.FilterIds(plan.SourceVariable);
        var ok = filters.SequenceEqual([Deflate]) || filters.SequenceEqual([Shuffle, Deflate]);
        if (!ok || !input.IsStoredNativeEndian(plan.SourceVariable)) return (false, false, false);
        return (true, filters.Length == 2, v.Type == NcType.Float);
    }
}
