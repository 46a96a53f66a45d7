using System.Diagnostics;
using Trendy.Pipeline.Verification;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Cli;

/// <summary>docs/robustness.md, storage: the output disk fills up mid-run.</summary>
public sealed class FullDiskTests
{
    [RootFact]
    public void Convert_OutputDiskFillsUp_FilesFailWithNoSpaceAndNothingHalfWrittenRemains()
    {
        using var dir = new TempDir();
        var root = Path.Combine(dir.Path, "release");
        var output = Directory.CreateDirectory(Path.Combine(dir.Path, "small-disk")).FullName;
        ReleaseFixture.Write(root, ["ModelA", "ModelB"], ["S3"], ["gpp", "ra", "rh"], steps: 60, nlat: 36, nlon: 72);
        Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", output);
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run("convert", root, "-o", Path.Combine(output, "out"), "-j", "2", "--no-progress");

            Assert.True(exit == 1, $"expected exit status 1, found {exit}\n{stdout}\n{stderr}");
            Assert.Contains("[NO_SPACE]", stdout + stderr);
            Assert.Contains("no space left on the output file system", stdout + stderr);
            Assert.DoesNotContain(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories), p => p.Contains(".tmp-", StringComparison.Ordinal));
            Assert.Empty(ContractChecker.CheckTree(Path.Combine(output, "out")));
        }
        finally
        {
            Run("umount", output);
        }
    }

    private static void Run(string program, params string[] args)
    {
        using var p = Process.Start(program, args);
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{program} {string.Join(' ', args)} failed with {p.ExitCode}");
    }
}
