using System.Diagnostics;
using Trendy.Native.Netcdf;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Cli;

public sealed class InterruptedRunTests
{
    [Fact]
    public void Convert_KilledMidRunThenRerun_EveryOutputCompleteAndNoTempFileLeft()
    {
        using var dir = new TempDir();
        var root = Path.Combine(dir.Path, "release");
        var output = Path.Combine(dir.Path, "out");
        var inputs = ReleaseFixture.Write(root, ["ModelA", "ModelB", "ModelC"], ["S2", "S3"], ["gpp", "ra", "rh"], steps: 240, nlat: 90, nlon: 180);

        using (var run = Process.Start(CliRunner.StartInfo("convert", root, "-o", output, "-j", "2", "--no-progress"))!)
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (!run.HasExited && DateTime.UtcNow < deadline && Outputs(output).Count == 0) Thread.Sleep(20);
            // kill -9 of the whole process group: coordinator and workers die without any cleanup.
            using (var kill = Process.Start("kill", ["-9", "--", $"-{run.Id}"])) kill.WaitForExit();
            run.WaitForExit();
        }

        var (exit, stdout, stderr) = CliRunner.Run("convert", root, "-o", output, "-j", "2", "--no-progress");

        Assert.True(exit == 0, stdout + stderr);
        var outputs = Outputs(output);
        Assert.Equal(inputs.Count, outputs.Count);
        foreach (var path in outputs)
        {
            using var f = NcFile.OpenRead(path);
            var h = f.ReadHeader();
            Assert.Equal(240, h.Dimension("time")!.Length);
            var last = new double[90 * 180];
            var name = h.Variables.First(v => v.Rank == 3).Name;
            f.Read(name, [239, 0, 0], [1, 90, 180], last.AsSpan());
            Assert.Equal(90 * 135, last.Count(x => x < 1e19));
        }

        var leftovers = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Where(p => Path.GetFileName(p).Contains(".tmp-", StringComparison.Ordinal)).ToList();
        Assert.True(leftovers.Count == 0, "temporary files left: " + string.Join(", ", leftovers) + "\n" + stdout + stderr);
    }

    [Fact]
    public void Convert_RerunAfterCompleteRun_ConvertsNothingAndSaysSo()
    {
        using var dir = new TempDir();
        var root = Path.Combine(dir.Path, "release");
        var output = Path.Combine(dir.Path, "out");
        ReleaseFixture.Write(root, ["ModelA"], ["S3"], ["gpp", "nbp"]);
        Assert.Equal(0, CliRunner.Run("convert", root, "-o", output, "--no-progress").Exit);
        var stamps = Outputs(output).ToDictionary(p => p, File.GetLastWriteTimeUtc);

        var (exit, stdout, _) = CliRunner.Run("convert", root, "-o", output, "--no-progress");

        Assert.Equal(0, exit);
        Assert.Contains("nothing converted", stdout);
        Assert.All(stamps, s => Assert.Equal(s.Value, File.GetLastWriteTimeUtc(s.Key)));
    }

    private static List<string> Outputs(string output) =>
        Directory.Exists(output)
            ? [.. Directory.EnumerateFiles(output, "*.nc", SearchOption.AllDirectories).Where(p => !Path.GetFileName(p).StartsWith('.') && !Path.GetFileName(p).Contains("_fx_", StringComparison.Ordinal))]
            : [];
}
