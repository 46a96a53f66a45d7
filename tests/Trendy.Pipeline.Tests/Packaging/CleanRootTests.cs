using Trendy.Cli;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Packaging;

/// <summary>
/// The release as a user installs it, in a minimal Debian root without .NET (scripts/clean-root-test.sh): first the
/// tarball alone, with no native library installed, then the .deb through apt, whose Depends bring the libraries.
/// </summary>
public sealed class CleanRootTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(25);

    [CleanRootFact]
    public void InstallInCleanDebianRoot_TarballNamesMissingPackageThenDebConvertsAndVerifies()
    {
        using var dir = new TempDir();
        var results = Path.Combine(dir.Path, "results");
        var (exit, log) = RunScript(results);
        Assert.True(exit == 0, $"clean-root-test.sh failed ({exit}):\n{log}");
        string Out(string step) => File.ReadAllText(Path.Combine(results, step + ".out"));
        string Err(string step) => File.ReadAllText(Path.Combine(results, step + ".err"));
        int Rc(string step) => int.Parse(File.ReadAllText(Path.Combine(results, step + ".rc")).Trim(), System.Globalization.CultureInfo.InvariantCulture);

        // The root is what the test claims: no .NET and no libnetcdf before the .deb.
        Assert.True(Rc("no-dotnet") != 0, "a .NET installation was found in the root: " + Out("no-dotnet"));
        Assert.True(Rc("no-netcdf") != 0, "libnetcdf was found in the root before the .deb: " + Out("no-netcdf"));

        // Tarball alone: the library error names the package, on one line per problem, without a .NET trace.
        foreach (var step in new[] { "tarball-version", "tarball-synth" })
        {
            Assert.True(Rc(step) == 1, $"{step}: expected exit 1, found {Rc(step)}\n{Out(step)}{Err(step)}");
            Assert.Contains("apt-get install libnetcdf19", Err(step));
            Assert.DoesNotContain("   at ", Err(step));
            Assert.DoesNotContain("Unhandled exception", Err(step));
        }

        Assert.Contains($"trendy2ilamb {ToolInfo.Version}", Out("tarball-version"));
        Assert.Single(Err("tarball-synth").Trim().Split('\n'));

        // The .deb through apt: Depends pull in the libraries, then the tool works end to end.
        Assert.True(Rc("apt-install") == 0, Out("apt-install") + Err("apt-install"));
        Assert.Contains("libnetcdf19", Out("apt-install"));
        Assert.True(Rc("version") == 0, Out("version") + Err("version"));
        Assert.Contains($"trendy2ilamb {ToolInfo.Version}", Out("version"));
        Assert.Contains("libnetcdf 4.", Out("version"));
        Assert.Contains("HDF5 1.", Out("version"));
        Assert.Contains("database /usr/share/xml/udunits/udunits2.xml", Out("version"));
        Assert.True(Rc("synth") == 0, Out("synth") + Err("synth"));
        // The synthetic release holds corrupt files on purpose: exit 1 with everything else converted.
        Assert.True(Rc("convert") == 1, $"convert: expected exit 1 (corrupt inputs), found {Rc("convert")}\n{Out("convert")}{Err("convert")}");
        Assert.True(Rc("verify") == 0, Out("verify") + Err("verify"));
        Assert.True(int.Parse(Out("outputs").Trim(), System.Globalization.CultureInfo.InvariantCulture) > 10, "outputs: " + Out("outputs"));
        Assert.True(Rc("installed-files") == 0, Out("installed-files") + Err("installed-files"));
    }

    private static (int Exit, string Log) RunScript(string results)
    {
        var (exit, stdout, stderr) = ExternalProgram.Run(Path.Combine(DistArtifacts.RepositoryRoot!, "scripts", "clean-root-test.sh"), Limit, results);
        return (exit, stdout + stderr);
    }
}
