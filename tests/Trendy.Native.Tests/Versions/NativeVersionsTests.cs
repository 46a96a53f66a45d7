using System.Text.RegularExpressions;

namespace Trendy.Native.Tests.Versions;

public sealed partial class NativeVersionsTests
{
    [Fact]
    public void Query_OnThisMachine_ReportsLibnetcdfHdf5AndTheUnitDatabase()
    {
        var byName = NativeVersions.Query().ToDictionary(l => l.Library);

        Assert.Matches(VersionStart(), byName["libnetcdf"].Version);
        Assert.True(Version.Parse(byName["HDF5"].Version!) >= new Version(1, 10, 3), byName["HDF5"].ToString());
        Assert.False(byName["libudunits2"].Missing, byName["libudunits2"].ToString());
        // The database UDUNITS-2 would read must be reported, and it exists here (the tests convert units with it).
        var database = byName["libudunits2"].Detail!;
        Assert.StartsWith("database ", database);
        Assert.True(File.Exists(database["database ".Length..]), database);
        Assert.DoesNotContain(NativeVersions.Query(), l => l.Missing);
    }

    [Theory]
    [InlineData(NativeLibraries.Netcdf, "libnetcdf19")]
    [InlineData(NativeLibraries.Udunits, "libudunits2-0 libudunits2-data")]
    public void InstallHint_KnownLibrary_NamesTheDebianPackages(string library, string packages)
    {
        Assert.Contains($"apt-get install {packages}", NativePackages.InstallHint(library));
    }

    [Fact]
    public void MissingException_Netcdf_OneLineNamingThePackage()
    {
        var message = new TrendyNativeMissingException(NativeLibraries.Netcdf, ["libnetcdf.so.19"]).Message;

        Assert.Contains("'netcdf' not found (tried libnetcdf.so.19)", message);
        Assert.Contains("apt-get install libnetcdf19", message);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public void Table_EveryRequiredPackageIsInstalledOnThisMachine()
    {
        // The table feeds the .deb's Depends: a package name that does not exist in Debian would make it uninstallable.
        Assert.Contains(NativePackages.All, p => p.Relation == "Depends" && p.DebianPackage == "libnetcdf19");
        Assert.All(NativePackages.All.Where(p => p.Relation == "Depends"), p => Assert.True(
            p.File.StartsWith('/') ? File.Exists(p.File) : LibraryFileExists(p.File), $"{p.DebianPackage}: {p.File} not found"));
    }

    private static bool LibraryFileExists(string soname) =>
        File.Exists(Path.Combine("/usr/lib/x86_64-linux-gnu", soname)) || File.Exists(Path.Combine("/usr/lib", soname));

    [GeneratedRegex(@"^\d+\.\d+\.\d+")]
    private static partial Regex VersionStart();
}
