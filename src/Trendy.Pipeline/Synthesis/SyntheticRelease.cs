using Trendy.Core;

namespace Trendy.Pipeline.Synthesis;

/// <summary>
/// Writes a synthetic TRENDY release (ROOT/MODEL_DIR/SIM/PREFIX_SIM_var.nc plus the odd files real
/// releases carry) from the data recipes in <see cref="ModelCatalog"/>, for `make demo` and end-to-end
/// tests. Deterministic: the same profile and seed give the same bytes for NetCDF3 and text files
/// (NetCDF4 files may embed library metadata).
/// </summary>
public static class SyntheticRelease
{
    public static SynthManifest Write(string root, SynthProfile profile, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            throw new TrendyException($"{root}: the folder is not empty; synth writes a whole release and needs an empty or new folder");
        }

        Directory.CreateDirectory(root);
        var entries = profile.Models.SelectMany(m => new SynthModelWriter(root, profile, m, seed).WriteAll());
        return new SynthManifest(profile.Name, seed, [.. entries.OrderBy(e => e.Path, StringComparer.Ordinal)]);
    }
}
