using Trendy.Core.Contract;
using Trendy.Core.Plausibility;
using Trendy.Native.Udunits;
using Trendy.Pipeline.Synthesis;
using Trendy.Pipeline.Tests.Cli;
using Trendy.Pipeline.Verification;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Verification;

/// <summary>A model that writes gpp in g m-2 s-1 but labels it kg m-2 s-1 converts without complaint and is caught by verify's plausibility check with its cause.</summary>
public sealed class PlausibilityTests
{
    [Fact]
    public void GppInGramsLabelledKilograms_FlaggedWithTheFactor1000Cause()
    {
        using var dir = new TempDir();
        var root = Path.Combine(dir.Path, "trendy");
        var output = Path.Combine(dir.Path, "out");
        var grams = ModelCatalog.Clm with
        {
            Variables = [new VariableRecipe("gpp", new UnitEncoding("kg m-2 s-1", 1000))],
            Oddities = [],
            Simulations = ["S3"],
        };
        SyntheticRelease.Write(root, SynthProfile.Tiny with { Models = [grams] });
        var convert = CliRunner.Run("convert", root, "-o", output, "--no-progress");

        var result = new TreeVerifier(new UdunitsConverter(), PlausibilityTable.LoadEmbedded()).Verify(output, new VerifyOptions(root));

        Assert.Equal(0, convert.Exit);
        var flag = Assert.Single(result.Findings, f => f.Code == ContractCodes.Implausible);
        Assert.Contains("looks like g instead of kg", flag.Found, StringComparison.Ordinal);
        Assert.Equal("gpp", flag.Where.Variable);
        // The values are what the source says: only plausibility can see the mistake.
        Assert.DoesNotContain(result.Findings, f => f.Code == ContractCodes.SourceValue);
    }
}
