using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Trendy.Pipeline.Synthesis;

/// <summary>The non-NetCDF files of a release (README, md5, zonal text) and the damage done to NetCDF ones (gzip, truncation).</summary>
internal static class SynthFiles
{
    public static void WriteText(string root, string rel, string text)
    {
        var full = Path.Combine(root, rel);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.ReplaceLineEndings("\n"), new UTF8Encoding(false));
    }

    /// <summary>Replaces rel with rel.gz (v12 CABLE-POP, v14 SDGVM/VISIT uploads, trendy-files.md §4); returns the new path.</summary>
    public static string Gzip(string root, string rel)
    {
        var final = Path.Combine(root, rel);
        // The NetCDF file the synthesiser just wrote becomes a temporary name first, so that its removal goes
        // through the one deletion helper like every other (docs/cleanup.md).
        var source = Execution.TempOutput.For(final);
        File.Move(final, source);
        using (var input = File.OpenRead(source))
        using (var output = File.Create(final + ".gz"))
        using (var gz = new GZipStream(output, CompressionLevel.Optimal))
        {
            input.CopyTo(gz);
        }

        Cleanup.ToolDeletion.DeleteFile(source);
        return rel + ".gz";
    }

    /// <summary>Cuts a file to half its length, like an interrupted download (v13 LPX-Bern_S3_snowdepth.nc fails with an HDF error, trendy-files.md §4).</summary>
    public static void TruncateToHalf(string path)
    {
        using var f = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        f.SetLength(f.Length / 2);
    }

    public static string Readme(ModelRecipe m) =>
        $"""
        {m.Directory} TRENDY upload (synthetic)

        Files are named {m.Prefix}_<simulation>_<variable>.nc in one folder per simulation
        ({string.Join(", ", m.Simulations)}). Carbon pools are annual, fluxes monthly.
        This tree was written by `trendy2ilamb synth`; numbers are made up but plausible.
        Imitates: {m.Seen}
        """;

    /// <summary>A zonal NBP table as the GCB zonal_nbp folders hold: one line per latitude band.</summary>
    public static string ZonalNbp(SynthGrid grid)
    {
        var sb = new StringBuilder("# latitude_band_centre  nbp_PgC_per_year (synthetic)\n");
        foreach (var lat in grid.Latitudes.Order())
        {
            var nbp = 0.05 * Math.Cos(lat * Math.PI / 180);
            sb.Append(CultureInfo.InvariantCulture, $"{lat,8:F2} {nbp,10:F5}\n");
        }

        return sb.ToString();
    }

    /// <summary>What a failed download saves under the requested name.</summary>
    public static string HtmlErrorPage() =>
        "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body><h1>Bad Gateway</h1></body></html>\n";

    /// <summary>`md5sum`-style listing, paths relative to the model folder.</summary>
    public static string Md5Listing(string root, string modelDirectory, IEnumerable<string> relPaths)
    {
        var sb = new StringBuilder();
        foreach (var rel in relPaths)
        {
            // MD5 because TRENDY uploads ship md5 listings (trendy-files.md §4); this is a checksum, not security.
#pragma warning disable CA5351
            var hash = MD5.HashData(File.ReadAllBytes(Path.Combine(root, rel)));
#pragma warning restore CA5351
            sb.Append(Convert.ToHexStringLower(hash)).Append("  ").Append(rel[(modelDirectory.Length + 1)..]).Append('\n');
        }

        return sb.ToString();
    }
}
