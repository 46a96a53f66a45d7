namespace Trendy.Core.Identify;

/// <summary>Archive suffixes and the reasons non-NetCDF files are ignored (trendy-files.md §4).</summary>
internal static class FileSuffix
{
    // Longest first so ".nc.tar.gz" is not read as ".gz" of "x.nc.tar".
    private static readonly (string Suffix, ArchiveKind Kind)[] NetCdf =
    [
        (".nc.tar.gz", ArchiveKind.TarGzip),
        (".nc.tar", ArchiveKind.Tar),
        (".nc.gz", ArchiveKind.Gzip),
        (".nc", ArchiveKind.None),
    ];

    /// <summary>The stem without the NetCDF/archive suffix, or null when the file is not NetCDF.</summary>
    public static (string Stem, ArchiveKind Kind, string Suffix)? SplitNetCdf(string fileName)
    {
        foreach (var (suffix, kind) in NetCdf)
        {
            if (fileName.Length > suffix.Length && fileName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return (fileName[..^suffix.Length], kind, fileName[^suffix.Length..]);
        }
        return null;
    }

    public static string WhyIgnored(string fileName)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (fileName.StartsWith("README", StringComparison.OrdinalIgnoreCase)) return "README file, not model output";
        return ext switch
        {
            ".md5" => "checksum file (.md5), not model output",
            ".txt" => "text file (.txt; e.g. zonal NBP tables), not gridded model output",
            ".dat" => "binary .dat file, not NetCDF",
            "" => "file without extension, not NetCDF",
            _ => $"not a NetCDF file ({ext})",
        };
    }
}
