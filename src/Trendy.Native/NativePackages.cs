namespace Trendy.Native;

/// <summary>
/// The Debian packages that ship each native library, read from packaging/native-libraries.tsv (embedded), the
/// same table the .deb's Depends and the release tarball's library list are made from (docs/install.md).
/// </summary>
public static class NativePackages
{
    private const string ResourceName = "Trendy.Native.native-libraries.tsv";

    private static readonly Lazy<IReadOnlyList<NativePackage>> Table = new(Read);

    /// <summary>Every row of the table, in its order.</summary>
    public static IReadOnlyList<NativePackage> All => Table.Value;

    /// <summary>The Debian package(s) to install for <paramref name="library"/> (netcdf, udunits2, …), with what it needs beside it.</summary>
    public static string InstallHint(string library)
    {
        // libudunits2 is useless without its unit database, which Debian ships in a separate package.
        var keys = library == NativeLibraries.Udunits ? new[] { library, library + "-xml" } : [library];
        var packages = keys.Select(k => All.FirstOrDefault(p => p.Library == k)?.DebianPackage).OfType<string>().ToList();
        return packages.Count == 0
            ? $"install the library that provides '{library}'"
            : $"install the Debian package{(packages.Count > 1 ? "s" : "")} {string.Join(" ", packages)} (apt-get install {string.Join(" ", packages)})";
    }

    private static List<NativePackage> Read()
    {
        using var stream = typeof(NativePackages).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from {typeof(NativePackages).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        var rows = new List<NativePackage>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length != 5) throw new InvalidOperationException($"{ResourceName}: expected 5 tab-separated cells, found {cells.Length} in '{line}'");
            rows.Add(new NativePackage(cells[0], cells[1], cells[2], cells[3], cells[4]));
        }

        return rows;
    }
}

/// <summary>One native library: its key, the file Debian installs, the package, how the .deb relates to it, and its use.</summary>
public sealed record NativePackage(string Library, string File, string DebianPackage, string Relation, string Purpose);
