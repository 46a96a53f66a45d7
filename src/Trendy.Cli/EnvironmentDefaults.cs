using Trendy.Core.Planning;

namespace Trendy.Cli;

/// <summary>
/// The environment variables that set conversion defaults, read once here at the edge and turned into
/// <see cref="ConvertOptions"/>; nothing below the CLI reads the environment for them (README.md, "System requirements").
/// Worker processes and cluster jobs inherit the environment and read it again at their own edge.
/// </summary>
public static class EnvironmentDefaults
{
    /// <summary>"1": plain libnetcdf reads and writes instead of the direct-chunk paths.</summary>
    public const string NoDirectChunk = "TRENDY2ILAMB_NO_DIRECT_CHUNK";

    /// <summary>"1": zlib-ng even when ISA-L is installed.</summary>
    public const string NoIsal = "TRENDY2ILAMB_NO_ISAL";

    public static ConvertOptions Apply(ConvertOptions options, Func<string, string?> environment) => options with
    {
        DirectChunk = options.DirectChunk && environment(NoDirectChunk) != "1",
        Codec = environment(NoIsal) == "1" ? ChunkCodec.ZlibNg : options.Codec,
    };
}
