using Trendy.Cli;
using Trendy.Cli.Parsing;
using Trendy.Pipeline.Synthesis;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Synthesis;

public sealed class SynthCommandTests
{
    [Fact]
    public void Run_Tiny_WritesTreeManifestAndSummary()
    {
        using var dir = new TempDir();
        var root = Path.Combine(dir.Path, "out");
        var stdout = new StringWriter();
        var status = CliApp.Run(["synth", root, "--profile", "tiny", "--seed", "3"], stdout, new StringWriter());
        Assert.Equal(ExitCodes.Ok, status);
        var manifest = SynthManifest.FromJson(File.ReadAllText(Path.Combine(root, SynthManifest.FileName)));
        Assert.Equal(3, manifest.Seed);
        Assert.All(manifest.Files, f => Assert.True(File.Exists(Path.Combine(root, f.Path)), f.Path));
        Assert.Contains("7 models", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("quirk families", stdout.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("out --profile huge")]
    [InlineData("out --seed x")]
    [InlineData("out --seed -1")]
    [InlineData("a b")]
    public void Run_BadArguments_IsUsageError(string line) =>
        Assert.Equal(ExitCodes.Usage, CliApp.Run(["synth", .. line.Split(' ', StringSplitOptions.RemoveEmptyEntries)], new StringWriter(), new StringWriter()));
}
