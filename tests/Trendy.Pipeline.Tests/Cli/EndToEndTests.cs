using Trendy.Pipeline.Reporting;
using Trendy.Pipeline.Synthesis;
using Trendy.Pipeline.Verification;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Cli;

/// <summary>The whole tool on a synthesised mini release covering every quirk family and odd layout.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public void ConvertAll_SynthesisedTinyRelease_EveryFileGetsItsExpectedOutcome()
    {
        using var dir = new TempDir();
        var root = Path.Combine(dir.Path, "trendy");
        var output = Path.Combine(dir.Path, "out");
        var manifest = SyntheticRelease.Write(root, SynthProfile.Tiny);

        var (exit, stdout, stderr) = CliRunner.Run("convert", root, "-o", output, "--all", "-j", "2", "--no-progress");

        Assert.True(exit == 1, $"corrupt inputs must give exit status 1\n{stdout}\n{stderr}");
        var report = ReportJson.Deserialize(File.ReadAllText(Directory.GetFiles(Path.Combine(output, "reports"), "run-*.json").Single()));
        var byId = report.Entries.ToDictionary(e => e.Id);
        foreach (var file in manifest.Files.Where(f => f.Note is null))
        {
            Assert.True(byId.TryGetValue(file.Path, out var entry), $"{file.Path} missing from the report");
            var expected = file.Expected switch
            {
                SynthExpectation.Convert => "Converted",
                SynthExpectation.Fail => "Failed",
                _ => "Skipped",
            };
            Assert.True(expected == entry!.Status.ToString(), $"{file.Path}: expected {expected}, got {entry.Status} [{entry.ReasonCode}] {entry.Message}");
        }

        Assert.Empty(ContractChecker.CheckTree(output));
    }

    [Fact]
    public void Convert_SynthesisedTinyRelease_Ilamb3CatalogueMatchesFilesOnDisk()
    {
        using var dir = new TempDir();
        var root = Path.Combine(dir.Path, "trendy");
        var output = Path.Combine(dir.Path, "out");
        SyntheticRelease.Write(root, SynthProfile.Tiny);

        CliRunner.Run("convert", root, "-o", output, "--no-progress");

        var rows = File.ReadAllLines(Path.Combine(output, IlambCatalog.FileName)).Skip(1).Select(l => l.Split(',')).ToList();
        var onDisk = Directory.GetDirectories(output).Where(d => Path.GetFileName(d) is not ("reports" or "pft"))
            .SelectMany(d => Directory.GetFiles(d, "*.nc", SearchOption.AllDirectories)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(onDisk, rows.Select(r => r[^1]).Order(StringComparer.Ordinal).ToList());
        Assert.All(rows, r => Assert.Equal($"{r[3]}", r[1]));
        Assert.All(rows, r => Assert.Contains(r[4], Path.GetFileName(r[^1]), StringComparison.Ordinal));
        Assert.Contains(rows, r => r[4] == "sftlf" && r[5] == "fx");
        Assert.Contains(rows, r => r[4] == "evspsbl" && r[5] == "mon");
        Assert.Contains(rows, r => r[4] == "burntFractionAll");
        Assert.DoesNotContain(rows, r => r[4] is "evapotrans" or "burntArea");
    }
}
