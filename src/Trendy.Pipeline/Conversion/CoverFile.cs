using Trendy.Core.Identify;

namespace Trendy.Pipeline.Conversion;

/// <summary>
/// Finds the landCoverFrac file of the same model and simulation in the folder of a per-PFT data file: the weights of
/// its cover-weighted grid-cell mean (docs/quirks.md, "Per-PFT fields"). Identified as every file is, so prefix and
/// folder quirks apply; null when there is none.
/// </summary>
internal static class CoverFile
{
    public const string Variable = "landCoverFrac";

    public static string? Beside(string path, FileIdentity data, ConversionService service)
    {
        var folder = Path.GetDirectoryName(path);
        if (folder is null || !Directory.Exists(folder)) return null;
        var relativeFolder = Path.GetDirectoryName(data.RelativePath) ?? "";
        foreach (var candidate in Directory.EnumerateFiles(folder, "*.nc").Order(StringComparer.Ordinal))
        {
            if (candidate == path) continue;
            var id = service.Identify(Path.Combine(relativeFolder, Path.GetFileName(candidate)));
            if (id.Target?.TrendyName == Variable && id.Model == data.Model && id.Simulation == data.Simulation) return candidate;
        }

        return null;
    }
}
