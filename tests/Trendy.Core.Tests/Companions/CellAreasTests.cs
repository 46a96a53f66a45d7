using Trendy.Core.Companions;
using Trendy.Core.Planning;

namespace Trendy.Core.Tests.Companions;

public sealed class CellAreasTests
{
    private static double[] Pairs(double start, double step, int n) =>
        [.. Enumerable.Range(0, n).SelectMany(i => new[] { start + (i * step), start + ((i + 1) * step) })];

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.5)]
    [InlineData(2.5)]
    public void GlobalGrid_SumsToSphereArea(double step)
    {
        var nLat = (int)(180 / step);
        var nLon = (int)(360 / step);
        var areas = CellAreas.FromBounds(Pairs(-90, step, nLat), Pairs(-180, step, nLon));
        Assert.Equal(nLat * nLon, areas.Length);
        var total = areas.Sum();
        Assert.True(Math.Abs(total - (4 * Math.PI * CellAreas.EarthRadius * CellAreas.EarthRadius)) / total < 1e-9, $"total {total:E12}");
    }

    [Fact]
    public void OneDegreeCellAtEquator_Is1Point2364E10SquareMetres()
    {
        var area = CellAreas.FromBounds([0, 1], [10, 11]).Single();
        Assert.Equal(1.23637e10, area, 1e6); // R²·(π/180)·sin 1° = 1.2363712e10
        Assert.InRange(area, 1.2363e10, 1.2365e10);
    }

    [Fact]
    public void Areas_ShrinkTowardsThePoles_AndIgnorePairOrder()
    {
        var areas = CellAreas.FromBounds([-90, -89, 0, 1, 90, 89], [0, 1]);
        Assert.True(areas[0] < areas[1] / 50, "a polar cell is about sin(1°)/2 of an equatorial one");
        Assert.Equal(areas[0], areas[2], 1e-3);
    }

    [Fact]
    public void BoundsFromCentres_OfARegularGlobalGrid_StillSumToTheSphere()
    {
        // Outputs without source bounds get CoordinateBounds.FromCentres (clipped to ±90); areacella must stay global.
        var lat = Enumerable.Range(0, 90).Select(i => -89.0 + (2 * i)).ToArray();
        var lon = Enumerable.Range(0, 144).Select(i => 1.25 + (2.5 * i)).ToArray();
        var areas = CellAreas.FromBounds(CoordinateBounds.FromCentres(lat, -90, 90), CoordinateBounds.FromCentres(lon));
        Assert.Equal(CellAreas.SphereArea, areas.Sum(), CellAreas.SphereArea * 1e-9);
    }
}
