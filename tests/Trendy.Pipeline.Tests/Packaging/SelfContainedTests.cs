using Trendy.Cli;
using Trendy.Pipeline.Synthesis;
using Trendy.Pipeline.Tests.Cli;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Packaging;

/// <summary>
/// The self-contained executable of the release tarball against the framework-dependent build the other tests use:
/// the same synthesised release converted by both gives the same files with the same data.
/// </summary>
public sealed class SelfContainedTests
{
    [DistFact]
    public void Convert_SameRelease_SelfContainedAndFrameworkDependentWriteTheSameData()
    {
        using var dir = new TempDir();
        var root = Path.Combine(dir.Path, "trendy");
        SyntheticRelease.Write(root, SynthProfile.Tiny);
        var exe = Extract(dir.Path);

        var framework = CliRunner.Run("convert", root, "-o", Path.Combine(dir.Path, "fd"), "-j", "2", "--no-progress");
        var selfContained = Run(exe, "convert", root, "-o", Path.Combine(dir.Path, "sc"), "-j", "2", "--no-progress");

        // Both exit 1: the synthetic release holds corrupt inputs on purpose.
        Assert.True(framework.Exit == 1, framework.Stdout + framework.Stderr);
        Assert.True(selfContained.Exit == 1, selfContained.Stdout + selfContained.Stderr);
        var expected = Outputs(Path.Combine(dir.Path, "fd"));
        Assert.True(expected.Count > 10, $"only {expected.Count} outputs");
        Assert.Equal(expected, Outputs(Path.Combine(dir.Path, "sc")));
        foreach (var file in expected)
        {
            Assert.True(Data(Path.Combine(dir.Path, "fd", file)) == Data(Path.Combine(dir.Path, "sc", file)), $"{file}: data differ");
        }

        // Every output's provenance, companions included, names the version the executable was built as.
        Assert.All(expected, file => Assert.Contains($"trendy2ilamb_version = \"{ToolInfo.Version}\"", Header(Path.Combine(dir.Path, "sc", file))));
    }

    [DistFact]
    public void Slurm_FromSelfContainedExecutable_ScriptCallsItAndSaysNoDotnetIsNeeded()
    {
        using var dir = new TempDir();
        var exe = Extract(dir.Path);

        var (exit, script, stderr) = Run(exe, "slurm", dir.Path, "-o", Path.Combine(dir.Path, "out"), "--array", "2");

        Assert.True(exit == 0, stderr);
        Assert.Contains($"# Executable: {exe}: the running self-contained executable; the nodes need only libnetcdf and libudunits2, no .NET", script);
        Assert.Contains($"exec '{exe}' convert ", script);
    }

    private static string Extract(string dir)
    {
        var (exit, stdout, stderr) = Run("tar", "-xzf", DistArtifacts.Tarball, "-C", dir);
        Assert.True(exit == 0, stdout + stderr);
        var exe = Path.Combine(dir, $"trendy2ilamb-{ToolInfo.Version}-linux-x64", "trendy2ilamb");
        Assert.False(File.Exists(Path.ChangeExtension(exe, ".dll")), "the tarball must carry one single-file executable");
        return exe;
    }

    private static List<string> Outputs(string folder) =>
        [.. Directory.GetFiles(folder, "*.nc", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];

    // ncdump -p 9,17 prints every float and double with enough digits to round-trip its bits.
    private static string Data(string path)
    {
        var dump = Run("ncdump", "-p", "9,17", path).Stdout;
        return dump[dump.IndexOf("\ndata:", StringComparison.Ordinal)..];
    }

    private static string Header(string path) => Run("ncdump", "-h", path).Stdout;

    private static (int Exit, string Stdout, string Stderr) Run(string program, params string[] args) =>
        ExternalProgram.Run(program, TimeSpan.FromMinutes(5), args);
}
