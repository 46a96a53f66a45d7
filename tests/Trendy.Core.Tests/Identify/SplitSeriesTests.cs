using Trendy.Core.Identify;

namespace Trendy.Core.Tests.Identify;

/// <summary>A series split by period across files: recognised in both naming styles, gaps and overlaps reported (issue 7).</summary>
public sealed class SplitSeriesTests
{
    private static FileIdentity Id(string path) => FileIdentifierTests.Identifier.Identify(path);

    [Theory]
    [InlineData("CLASSIC/S3/CLASSIC_S3_gpp_1901-1960.nc", "1901-1960", 1901 * 12, (1960 * 12) + 11)]
    [InlineData("CLASSIC/S3/CLASSIC_S3_gpp_190101-196012.nc", "190101-196012", 1901 * 12, (1960 * 12) + 11)]
    [InlineData("CLASSIC/S3/CLASSIC_S3_gpp_196101-202312.nc.gz", "196101-202312", 1961 * 12, (2023 * 12) + 11)]
    [InlineData("CLASSIC/S3/CLASSIC_S3_gpp_19610101-20231231.nc", "19610101-20231231", 1961 * 12, (2023 * 12) + 11)]
    public void PartName_BothStyles_IdentifiedAsTheVariableWithItsPeriod(string path, string text, int first, int last)
    {
        var f = Id(path);

        Assert.Equal(FileDisposition.Convert, f.Disposition);
        Assert.Equal("gpp", f.Target!.VariableId);
        Assert.Equal(new SeriesPeriod(text, first, last), f.Period);
        Assert.True(f.HasRule(NameRuleIds.PeriodSplit));
    }

    [Theory]
    [InlineData("1960-1901")]
    [InlineData("1901-196012")]
    [InlineData("190113-196012")]
    [InlineData("gpp")]
    public void NotAPeriod_Null(string token) => Assert.Null(SeriesPeriod.Parse(token));

    [Fact]
    public void WholeFile_NoPeriod() => Assert.Null(Id("CLASSIC/S3/CLASSIC_S3_gpp.nc").Period);

    private static (string, SeriesPeriod) Part(string name, string period) => (name, SeriesPeriod.Parse(period)!);

    [Fact]
    public void Check_ContiguousParts_AllKeptInOrderNoNotes()
    {
        var d = SplitSeries.Check([Part("b", "1961-2023"), Part("a", "1901-1960")]);

        Assert.Equal(["a", "b"], d.Kept);
        Assert.Empty(d.Overlapping);
        Assert.Empty(d.Gaps);
    }

    [Fact]
    public void Check_Gap_BothKeptGapNamed()
    {
        var d = SplitSeries.Check([Part("a", "190101-195912"), Part("b", "196201-202312")]);

        Assert.Equal(["a", "b"], d.Kept);
        Assert.Contains("nothing for 1960-01 to 1961-12", Assert.Single(d.Gaps));
    }

    [Fact]
    public void Check_Overlap_LaterPartRefusedWithReasonAndRemedy()
    {
        var d = SplitSeries.Check([Part("a", "1901-1960"), Part("b", "1950-2023")]);

        Assert.Equal(["a"], d.Kept);
        var (path, reason) = Assert.Single(d.Overlapping);
        Assert.Equal("b", path);
        Assert.Contains("overlaps a (1901-1960) from 1950-01", reason);
        Assert.Contains("remove or trim one of the parts", reason);
    }
}
