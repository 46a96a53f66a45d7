using Trendy.Pipeline.Verification;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Cli;

/// <summary>docs/robustness.md, odd paths: spaces, unicode, a leading dash and shell metacharacters in names.</summary>
public sealed class OddPathTests
{
    [Fact]
    public void Convert_ReleaseUnderOddNames_ConvertsEveryFileAndNamesOutputsSafely()
    {
        using var dir = new TempDir();
        var root = Path.Combine(dir.Path, "TRENDY v14 (ünïcode) $HOME;`x`");
        var output = Path.Combine(dir.Path, "out & more");
        ReleaseFixture.Write(root, ["-dash model", "Mödel's"], ["S3"], ["gpp"]);

        var (exit, stdout, stderr) = CliRunner.Run("convert", "--no-progress", "-o", output, "--", root);

        Assert.True(exit == 0, stdout + stderr);
        var outputs = Directory.GetFiles(output, "gpp_*.nc", SearchOption.AllDirectories);
        Assert.Equal(2, outputs.Length);
        Assert.All(outputs, p => Assert.Matches("^[A-Za-z0-9._-]+$", Path.GetFileName(p)));
        Assert.Empty(ContractChecker.CheckTree(output));
    }
}
