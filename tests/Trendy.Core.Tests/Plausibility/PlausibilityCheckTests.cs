using TargetCatalog = Trendy.Core.Targets.TargetCatalog;
using Trendy.Core.Common;
using Trendy.Core.Contract;
using Trendy.Core.Plausibility;

namespace Trendy.Core.Tests.Plausibility;

public sealed class PlausibilityCheckTests
{
    private static readonly PlausibleRange Gpp = PlausibilityTable.LoadEmbedded().For("gpp")!;

    [Theory]
    [InlineData(120_000, "g instead of kg")]
    [InlineData(0.12, "kg instead of g")]
    [InlineData(120.0 * 86400, "per-day instead of per-second")]
    [InlineData(120.0 * 365, "per-year values labelled per day")]
    [InlineData(120.0 * 12, "annual totals labelled per month")]
    [InlineData(-120, "flipped sign")]
    public void OffByAKnownFactor_NamesTheLikelyCause(double value, string cause)
    {
        var d = PlausibilityCheck.Check("f.nc", Gpp, value);

        Assert.NotNull(d);
        Assert.Equal(ContractCodes.Implausible, d.Code);
        Assert.Contains(cause, d.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void InRange_NoFinding_AndFarOff_NoInventedCause()
    {
        Assert.Null(PlausibilityCheck.Check("f.nc", Gpp, 123));
        Assert.Null(PlausibilityCheck.LikelyCause(Gpp, 3000));
        Assert.NotNull(PlausibilityCheck.Check("f.nc", Gpp, 3000));
    }

    [Fact]
    public void Percent_FractionMistakeNamed()
    {
        var burnt = PlausibilityTable.LoadEmbedded().For("burntFractionAll")!;

        Assert.Contains("fraction instead of %", PlausibilityCheck.LikelyCause(burnt, 0.003), StringComparison.Ordinal);
    }

    [Fact]
    public void CrossModel_OneModelFarFromTheMedian_FlaggedAlone_NetFluxesLeftOut()
    {
        var ranges = PlausibilityTable.LoadEmbedded();
        (string, string, string, string, double)[] means =
        [
            ("a.nc", "S3", "gpp", "A", 120), ("b.nc", "S3", "gpp", "B", 130), ("c.nc", "S3", "gpp", "C", 110), ("d.nc", "S3", "gpp", "D", 900),
            ("a2.nc", "S3", "nbp", "A", 1), ("b2.nc", "S3", "nbp", "B", 2), ("c2.nc", "S3", "nbp", "C", -3),
        ];

        var found = CrossModelCheck.Check(means, ranges);

        var d = Assert.Single(found);
        Assert.Equal(ContractCodes.CrossModel, d.Code);
        Assert.Equal("d.nc", d.Where.File);
    }

    [Fact]
    public void Table_MalformedRow_RefusedWithItsLine()
    {
        // The ranges live in the variable table: a range whose min is not below its max is refused there, naming the line.
        var text = EmbeddedText.Read("variables.csv");
        var gpp = text.Split('\n').Select((l, i) => (l, i)).First(x => x.l.StartsWith("gpp,", StringComparison.Ordinal));
        var broken = text.Replace(gpp.l, gpp.l.Replace(",global-total,80,200,", ",global-total,200,80,", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.NotEqual(text, broken);

        var e = Assert.Throws<FormatException>(() => TargetCatalog.Parse(broken));

        Assert.Contains($"line {gpp.i + 1}", e.Message, StringComparison.Ordinal);
        Assert.Contains("plausible_min", e.Message, StringComparison.Ordinal);
    }
}
