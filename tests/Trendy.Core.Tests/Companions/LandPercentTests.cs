using Trendy.Core.Companions;
using Trendy.Core.Identify;

namespace Trendy.Core.Tests.Companions;

public sealed class LandPercentTests
{
    [Fact]
    public void OceanFraction_IsOneMinusTimesHundred()
    {
        var r = LandPercent.Convert(CompanionKind.OceanFraction, [0, 0.25, 1], "1");
        Assert.Equal([100, 75, 0], r.Percent);
        Assert.Contains("100·(1 − oceanFraction)", r.Rule);
        Assert.Contains("units '1'", r.Rule);
    }

    [Fact]
    public void OceanPercent_WithoutUnits_IsDetectedByValues()
    {
        var r = LandPercent.Convert(CompanionKind.OceanFraction, [0, 25, 100], null);
        Assert.Equal([100, 75, 0], r.Percent);
        Assert.Contains("max 100 > 1.5", r.Rule);
    }

    [Theory]
    [InlineData("%", 30, 30)]
    [InlineData("percent", 30, 30)]
    [InlineData("1", 0.3, 30)]
    [InlineData(null, 0.3, 30)]
    [InlineData("", 1, 100)]
    [InlineData(null, 30, 30)]
    public void LandFraction_FractionOrPercent(string? units, double value, double expected)
    {
        var r = LandPercent.Convert(CompanionKind.LandFraction, [value, 0], units);
        Assert.Equal(expected, r.Percent[0], 1e-9);
    }

    [Fact]
    public void UnitsWin_OverValues()
    {
        // A "%" field whose largest value is 1 is still percent: 1 % land, not 100 %.
        var r = LandPercent.Convert(CompanionKind.LandFraction, [1, 0.5], "%");
        Assert.Equal([1, 0.5], r.Percent);
    }

    [Fact]
    public void LandMask_ZeroOne_BecomesZeroHundred()
    {
        var r = LandPercent.Convert(CompanionKind.LandMask, [0, 1, 1], null);
        Assert.Equal([0, 100, 100], r.Percent);
        Assert.Contains("landMask", r.Rule);
    }

    [Fact]
    public void LandPercent_IsKeptAsIs()
    {
        var r = LandPercent.Convert(CompanionKind.LandPercent, [0, 0.5, 42], "%");
        Assert.Equal([0, 0.5, 42], r.Percent);
        Assert.Equal("sftlf = landPercent as is", r.Rule);
    }

    [Fact]
    public void Missing_BecomesZeroPercent_AndRoundOffIsClipped()
    {
        var r = LandPercent.Convert(CompanionKind.LandFraction, [double.NaN, 1.0000001, -1e-9, 0.5], "1");
        Assert.Equal([0, 100, 0, 50], r.Percent);
        Assert.Equal(1, r.MissingCells);
        Assert.Equal(2, r.ClippedCells);
        Assert.Contains("1 missing cells set to 0 %", r.Rule);
    }

    [Theory]
    [InlineData("m2", 1.0)]
    [InlineData("km2", 1e6)]
    [InlineData("km^2", 1e6)]
    [InlineData("ha", 1e4)]
    public void LandArea_IsShareOfCellArea_InItsUnits(string units, double perUnit)
    {
        double[] cell = [1e10, 2e10];
        var r = LandPercent.Convert(CompanionKind.LandArea, [5e9 / perUnit, 3e10 / perUnit], units, cell);
        Assert.Equal(50, r.Percent[0], 1e-9);
        Assert.Equal(100, r.Percent[1], 1e-9); // 150 % clipped: land area larger than the spherical cell
        Assert.Equal(1, r.ClippedCells);
    }

    [Fact]
    public void LandArea_WithoutUnits_TooSmallForSquareMetres_IsKm2()
    {
        double[] cell = [1e10, 1e10];
        var r = LandPercent.Convert(CompanionKind.LandArea, [2500, 10000], null, cell);
        Assert.Equal([25, 100], r.Percent);
        Assert.Contains("km2 assumed", r.Rule);
        var m2 = LandPercent.Convert(CompanionKind.LandArea, [2.5e9, 1e10], null, cell);
        Assert.Equal([25, 100], m2.Percent);
        Assert.Contains("m2 assumed", m2.Rule);
    }

    [Fact]
    public void CellArea_IsNotALandFraction()
    {
        Assert.False(LandPercent.IsSource(CompanionKind.CellArea));
        Assert.Throws<ArgumentOutOfRangeException>(() => LandPercent.Convert(CompanionKind.CellArea, [1], "m2"));
    }
}
