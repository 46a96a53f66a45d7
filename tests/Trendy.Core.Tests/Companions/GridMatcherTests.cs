using Trendy.Core.Companions;
using Trendy.Core.Planning;

namespace Trendy.Core.Tests.Companions;

public sealed class GridMatcherTests
{
    private static readonly double[] Lat = [-60, 0, 60];
    private static readonly double[] Lon = [-135, -45, 45, 135];

    private static HorizontalGrid Source(double[] lat, double[] lon, bool flipLat = false, int shift = 0) =>
        new(lat, [], lon, [], flipLat, false, shift, []);

    [Fact]
    public void SameGrid_IsIdentity()
    {
        var m = GridMatcher.Match(Source(Lat, Lon), Lat, Lon);
        Assert.True(m.IsMatch);
        Assert.Equal([0, 1, 2], m.RowSource!);
        Assert.Equal([0, 1, 2, 3], m.ColumnSource!);
    }

    [Fact]
    public void FlippedLatitude_And0To360Longitude_MapBackToFileIndices()
    {
        // Planned source: ascending lat from a descending file (FlipLat), longitudes 45..315 as in the file.
        var m = GridMatcher.Match(Source(Lat, [45, 135, 225, 315], flipLat: true), Lat, Lon);
        Assert.True(m.IsMatch);
        Assert.Equal([2, 1, 0], m.RowSource!);
        // Output −135 is 225 (file column 2), −45 is 315 (3), 45 (0), 135 (1).
        Assert.Equal([2, 3, 0, 1], m.ColumnSource!);
        Assert.Contains("companion:longitude-modulo-360", m.Rules);
    }

    [Fact]
    public void ShiftedHalfCell_IsAMismatch()
    {
        var m = GridMatcher.Match(Source(Lat, [-90, 0, 90, 180]), Lat, Lon);
        Assert.False(m.IsMatch);
        Assert.Contains("longitude", m.Mismatch);
    }

    [Fact]
    public void DifferentSizes_IsAMismatch_NamingBothSizes()
    {
        var m = GridMatcher.Match(Source([-45, 45], Lon), Lat, Lon);
        Assert.False(m.IsMatch);
        Assert.Contains("source 2×4, data 3×4", m.Mismatch);
    }

    [Fact]
    public void FloatRoundOff_StillMatches()
    {
        var m = GridMatcher.Match(Source([-60.00001, 0, 59.99999], [(float)-135.0001, -45, 45, 135]), Lat, Lon);
        Assert.True(m.IsMatch);
    }
}
