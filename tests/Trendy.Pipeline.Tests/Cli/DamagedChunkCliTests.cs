using Trendy.Core.Batch;
using Trendy.Pipeline.Reporting;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Cli;

/// <summary>
/// A NetCDF4 input with one damaged deflate chunk through the real tool: `convert FILE` exits 1 with the corrupt-input
/// reason and leaves nothing, and in a release only that file fails (issue 7; it used to abort with exit 134).
/// </summary>
public sealed class DamagedChunkCliTests
{
    private const int Steps = 12;

    private static string Damage(string path, ChunkDamage damage) =>
        DamagedChunk.Apply(path, "gpp", step: 7, rank: 3, elementsPerStep: 18 * 36, damage);

    [Theory]
    [InlineData(ChunkDamage.Truncated)]
    [InlineData(ChunkDamage.Garbage)]
    public void ConvertFile_DamagedChunk_ExitOneNamingStepNoOutputNoTemp(ChunkDamage damage)
    {
        using var dir = new TempDir();
        var input = Damage(ReleaseFixture.Write(Path.Combine(dir.Path, "release"), ["ModelA"], ["S3"], ["gpp"], Steps)[0], damage);
        var output = Path.Combine(dir.Path, "out");

        var (exit, stdout, stderr) = CliRunner.Run("convert", input, "-o", output);

        Assert.Equal(1, exit);
        Assert.Contains("INPUT_UNREADABLE", stderr);
        Assert.Contains("› gpp › time step 7: corrupt data", stderr);
        Assert.DoesNotContain("Unhandled exception", stdout + stderr);
        Assert.Empty(Directory.Exists(output) ? Directory.GetFiles(output, "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public void ConvertRelease_OneDamagedChunk_ThatFileFailsOthersConvert()
    {
        using var dir = new TempDir();
        var root = Path.Combine(dir.Path, "release");
        var output = Path.Combine(dir.Path, "out");
        var files = ReleaseFixture.Write(root, ["ModelA", "ModelB", "ModelC"], ["S3"], ["gpp"], Steps);
        Damage(files.Single(f => f.Contains("ModelB", StringComparison.Ordinal)), ChunkDamage.Garbage);

        var (exit, stdout, stderr) = CliRunner.Run("convert", root, "-o", output, "-j", "2", "--no-progress");

        Assert.Equal(1, exit);
        Assert.DoesNotContain("Unhandled exception", stdout + stderr);
        var report = ReportJson.Deserialize(File.ReadAllText(Directory.GetFiles(Path.Combine(output, "reports"), "run-*.json").Single()));
        var gpp = report.Entries.Where(e => e.Variable == "gpp").ToDictionary(e => e.Model);
        Assert.Equal(("INPUT_UNREADABLE", 1), (gpp["ModelB"].ReasonCode, gpp["ModelB"].Attempts));
        Assert.Contains("time step 7", gpp["ModelB"].Message);
        Assert.Equal(WorkStatus.Converted, gpp["ModelA"].Status);
        Assert.Equal(WorkStatus.Converted, gpp["ModelC"].Status);
        Assert.False(Directory.Exists(Path.Combine(output, "S3", "ModelB")));
    }
}
