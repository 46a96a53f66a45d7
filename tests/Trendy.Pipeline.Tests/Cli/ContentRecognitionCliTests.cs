using Trendy.Core.Batch;
using Trendy.Pipeline.Reporting;
using Trendy.Pipeline.Tests.Discovery;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Cli;

/// <summary>NetCDF found by content through the real tool, in a release (workers) and as a single file (issue 7).</summary>
public sealed class ContentRecognitionCliTests
{
    [Fact]
    public void ConvertRelease_Nc4GzAndNoSuffix_AllConvertedTextNc4Ignored()
    {
        using var dir = new TempDir();
        var root = Path.Combine(dir.Path, "release");
        var output = Path.Combine(dir.Path, "out");
        var written = ReleaseFixture.Write(root, ["DLEM"], ["S3"], ["gpp", "nbp", "ra"], steps: 12);
        File.Move(written[0], Path.ChangeExtension(written[0], ".nc4"));
        File.Move(written[1], written[1][..^".nc".Length]);
        ContentSnifferTests.Gzip(written[2], written[2][..^".nc".Length] + ".gz");
        File.Delete(written[2]);
        BrokenFiles.Text(Path.Combine(root, "DLEM", "S3", "DLEM_S3_lai.nc4"));

        var (exit, stdout, stderr) = CliRunner.Run("convert", root, "-o", output, "-j", "2", "--no-progress");

        Assert.True(exit == 0, stdout + stderr);
        var report = ReportJson.Deserialize(File.ReadAllText(Directory.GetFiles(Path.Combine(output, "reports"), "run-*.json").Single()));
        Assert.Equal(3, report.Entries.Count(e => e.Status == WorkStatus.Converted && e.Variable is "gpp" or "nbp" or "ra"));
        Assert.Equal("IGNORED", report.Entries.Single(e => e.Id.EndsWith("_lai.nc4", StringComparison.Ordinal)).ReasonCode);
    }

    [Fact]
    public void ConvertFile_Nc4_Converted()
    {
        using var dir = new TempDir();
        var nc = ReleaseFixture.Write(Path.Combine(dir.Path, "release"), ["DLEM"], ["S3"], ["gpp"], steps: 12)[0];
        var input = Path.ChangeExtension(nc, ".nc4");
        File.Move(nc, input);

        var (exit, stdout, stderr) = CliRunner.Run("convert", input, "-o", Path.Combine(dir.Path, "out"));

        Assert.True(exit == 0, stdout + stderr);
        Assert.Single(Directory.GetFiles(Path.Combine(dir.Path, "out", "S3", "DLEM"), "gpp_Lmon_DLEM_S3_*.nc"));
    }
}
