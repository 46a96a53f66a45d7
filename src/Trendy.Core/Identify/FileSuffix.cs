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

    // Suffixes people give NetCDF files besides .nc; stripped when the content says NetCDF (issue 7).
    private static readonly string[] OtherNetCdf = [".nc4", ".nc3", ".cdf", ".netcdf", ".h5", ".hdf5", ".hdf", ".he5", ".nc", ".dat"];
    private static readonly string[] Wrappers = [".tar.gz", ".tgz", ".gz", ".tar"];

    /// <summary>
    /// The stem of a file whose content is NetCDF although the name has no NetCDF suffix: a wrapper suffix and one known NetCDF-like suffix are removed; any other name is kept whole (a dot may be part
    /// of a model name, as in CLM6.0_S3_gpp).
    /// </summary>
    public static (string Stem, ArchiveKind Kind, string Suffix) SplitByContent(string fileName, FileContent content)
    {
        var stem = fileName;
        // A wrapper suffix goes even when the content is plain: an unpacked copy is identified by the archive's name.
        if (Wrappers.FirstOrDefault(w => Ends(stem, w)) is { } wrapper) stem = stem[..^wrapper.Length];
        if (OtherNetCdf.FirstOrDefault(e => Ends(stem, e)) is { } ext) stem = stem[..^ext.Length];
        return (stem, content.Wrapper, fileName[stem.Length..]);
    }

    private static bool Ends(string name, string suffix) => name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

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
