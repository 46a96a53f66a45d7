using System.Diagnostics;
using Trendy.Pipeline.Reporting;
using Trendy.Pipeline.Verification;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Cli;

/// <summary>robustness.md: fuzzed files never crash or hang the run; Ctrl-C stops it cleanly with a report.</summary>
public sealed class HostileInputTests
{
    [Fact]
    public void Convert_ReleaseOfByteMutatedFiles_RunCompletesAndEveryOutputMeetsTheContract()
    {
        using var dir = new TempDir();
        var root = Path.Combine(dir.Path, "release");
        var output = Path.Combine(dir.Path, "out");
        var originals = ReleaseFixture.Write(Path.Combine(dir.Path, "seed"), ["Seed"], ["S3"], ["gpp"], steps: 12);
        for (var i = 0; i < 24; i++)
        {
            var model = $"Fuzz{i:00}";
            var target = Directory.CreateDirectory(Path.Combine(root, model, "S3")).FullName;
            BrokenFiles.Mutated(originals[0], Path.Combine(target, $"{model}_S3_gpp.nc"), seed: i, count: 1 + (i % 6));
        }

        var (exit, stdout, stderr) = CliRunner.Run("convert", root, "-o", output, "-j", "2", "--timeout", "60", "--no-progress");

        Assert.True(exit is 0 or 1, stdout + stderr);
        var report = ReportJson.Deserialize(File.ReadAllText(Directory.GetFiles(Path.Combine(output, "reports"), "run-*.json").Single()));
        Assert.Equal(24, report.Entries.Count(e => e.Id.EndsWith("_S3_gpp.nc", StringComparison.Ordinal)));
        Assert.Empty(ContractChecker.CheckTree(output));
        Assert.DoesNotContain(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories), p => p.Contains(".tmp-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Convert_InterruptedWithSigint_StopsKeepsFinishedOutputsAndWritesReport()
    {
        using var dir = new TempDir();
        var root = Path.Combine(dir.Path, "release");
        var output = Path.Combine(dir.Path, "out");
        ReleaseFixture.Write(root, ["ModelA", "ModelB"], ["S2", "S3"], ["gpp", "ra", "rh", "nbp"], steps: 240, nlat: 90, nlon: 180);
        using var run = Process.Start(CliRunner.StartInfo("convert", root, "-o", output, "-j", "2", "--no-progress"))!;
        var stdout = run.StandardOutput.ReadToEndAsync();
        var stderr = run.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!run.HasExited && DateTime.UtcNow < deadline && !(Directory.Exists(output) && Directory.EnumerateFiles(output, "*.nc", SearchOption.AllDirectories).Any(p => !Path.GetFileName(p).StartsWith('.')))) Thread.Sleep(20);

        // Ctrl-C at a terminal signals the whole process group: coordinator and workers alike.
        using (var kill = Process.Start("kill", ["-INT", "--", $"-{run.Id}"])) kill.WaitForExit();
        var stopped = run.WaitForExit(TimeSpan.FromSeconds(20));

        Assert.True(stopped, "the run did not stop within 20 s of SIGINT");
        // 130 = 128 + SIGINT, as shells report Ctrl-C (issue 8 changed it from 1).
        Assert.Equal(130, run.ExitCode);
        var text = await stdout + await stderr;
        Assert.Contains("interrupted", text);
        Assert.Matches(@"interrupted: (\d+) converted, .*\d+ not started; rerun the same command to resume", text);
        // Files finished before the signal are reported converted, and the count says so.
        var report = ReportJson.Deserialize(File.ReadAllText(Directory.GetFiles(Path.Combine(output, "reports"), "run-*.json").Single()));
        var converted = report.Entries.Count(e => e.Status == Core.Batch.WorkStatus.Converted);
        Assert.Contains($"interrupted: {converted} converted", text);
        Assert.True(converted >= 1, text);
        Assert.Single(Directory.GetFiles(Path.Combine(output, "reports"), "run-*.json"));
        Assert.DoesNotContain(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories), p => p.Contains(".tmp-", StringComparison.Ordinal));
        Assert.Empty(ContractChecker.CheckTree(output));
    }
}
