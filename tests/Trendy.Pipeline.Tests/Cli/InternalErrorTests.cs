using Trendy.Core.Batch;
using Trendy.Pipeline.Conversion;
using Trendy.Pipeline.Reporting;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Cli;

/// <summary>
/// The last-resort barrier through the real tool: a deliberately throwing stage (test seam TRENDY2ILAMB_TEST_THROW)
/// fails that file with INTERNAL_ERROR in single-file mode and in a worker process, the run goes on, and the
/// terminal never shows a .NET crash trace (issue 7).
/// </summary>
public sealed class InternalErrorTests
{
    private static void AssertNoCrashTrace(string stdout, string stderr)
    {
        Assert.DoesNotContain("Unhandled exception", stdout + stderr);
        Assert.DoesNotContain("   at ", stdout + stderr);
    }

    [Fact]
    public void ConvertFile_StageThrows_ExitOneNoOutputNoTrace()
    {
        using var dir = new TempDir();
        var input = ReleaseFixture.Write(Path.Combine(dir.Path, "release"), ["ModelA"], ["S3"], ["gpp"], steps: 12)[0];
        var output = Path.Combine(dir.Path, "out");

        var (exit, stdout, stderr) = CliRunner.RunWithEnvironment(new Dictionary<string, string> { [TestFault.Variable] = TestFault.Write },
            "convert", input, "-o", output);

        Assert.Equal(1, exit);
        Assert.Contains(ReasonCodes.InternalError, stderr);
        Assert.Contains("InvalidOperationException", stderr);
        AssertNoCrashTrace(stdout, stderr);
        Assert.All(Directory.GetFiles(output, "*", SearchOption.AllDirectories), p => Assert.StartsWith(Path.Combine(output, "reports") + Path.DirectorySeparatorChar, p));
        Assert.Single(Directory.GetFiles(Path.Combine(output, "reports", FileBarrier.ErrorsFolder), "*.log"));
    }

    [Fact]
    public void ConvertRelease_StageThrowsInAWorkerForOneModel_OthersConvertAndReportNamesIt()
    {
        using var dir = new TempDir();
        var root = Path.Combine(dir.Path, "release");
        var output = Path.Combine(dir.Path, "out");
        ReleaseFixture.Write(root, ["ModelA", "ModelB", "ModelC"], ["S3"], ["gpp"], steps: 12);

        var (exit, stdout, stderr) = CliRunner.RunWithEnvironment(new Dictionary<string, string> { [TestFault.Variable] = TestFault.Write + ":ModelB" },
            "convert", root, "-o", output, "-j", "2", "--no-progress");

        Assert.Equal(1, exit);
        AssertNoCrashTrace(stdout, stderr);
        var report = ReportJson.Deserialize(File.ReadAllText(Directory.GetFiles(Path.Combine(output, "reports"), "run-*.json").Single()));
        var b = report.Entries.Single(e => e.Id == "ModelB/S3/ModelB_S3_gpp.nc");
        Assert.Equal((WorkStatus.Failed, ReasonCodes.InternalError), (b.Status, b.ReasonCode));
        Assert.Contains("InvalidOperationException: deliberate test fault", b.Message);
        Assert.All(report.Entries.Where(e => e.Id.EndsWith("_S3_gpp.nc", StringComparison.Ordinal) && e.Model != "ModelB"),
            e => Assert.Equal(WorkStatus.Converted, e.Status));
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(output, "S3"), "*", SearchOption.AllDirectories), p => p.Contains("ModelB", StringComparison.Ordinal));
        Assert.Single(Directory.GetFiles(Path.Combine(output, "reports", FileBarrier.ErrorsFolder), "*.log"));
    }

    [Fact]
    public void ConvertRelease_CompanionStageThrows_CompanionsFailWithInternalErrorOutputsKept()
    {
        using var dir = new TempDir();
        var root = Path.Combine(dir.Path, "release");
        var output = Path.Combine(dir.Path, "out");
        ReleaseFixture.Write(root, ["ModelA"], ["S3"], ["gpp"], steps: 12);

        var (exit, stdout, stderr) = CliRunner.RunWithEnvironment(new Dictionary<string, string> { [TestFault.Variable] = TestFault.Companions },
            "convert", root, "-o", output, "-j", "1", "--no-progress");

        Assert.Equal(1, exit);
        AssertNoCrashTrace(stdout, stderr);
        var report = ReportJson.Deserialize(File.ReadAllText(Directory.GetFiles(Path.Combine(output, "reports"), "run-*.json").Single()));
        Assert.Equal(ReasonCodes.InternalError, report.Entries.Single(e => e.Variable == "areacella+sftlf").ReasonCode);
        Assert.Equal(WorkStatus.Converted, report.Entries.Single(e => e.Variable == "gpp").Status);
    }
}
