using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Conversion;

/// <summary>docs/quirks.md §6 grid quirks and docs/contract.md §1.5 / Part 3 items 2–3, end to end.</summary>
public sealed class GridQuirkConversionTests
{
    private const string Gpp = "CLASSIC/S3/CLASSIC_S3_gpp.nc";

    [Fact]
    public void Latitude_NorthToSouth_FlippedWithDataAndBounds()
    {
        using var dir = new TempDir();
        var src = new SourceFile
        {
            Lat = [45, -45],
            Extra = b => b.Dimension("nb", 2).Variable("lat_bnds", Trendy.Core.Inventory.NcType.Double, "lat", "nb").Values(90, 0, 0, -90).And(),
        };

        var o = Harness.Read(Harness.Converted(dir, src, Gpp).OutputPath!, "gpp");

        Assert.Equal([-45.0, 45.0], o.Values("lat"));
        Assert.Equal([-90.0, 0.0, 0.0, 90.0], o.Values("lat_bnds"));
        // Output row 0 (−45°) is source row 1: 100·t + 10·1 + x + 1.
        Assert.Equal(513, o.At(5, 0, 2));
        Assert.Equal(503, o.At(5, 1, 2));
        Assert.Equal("degrees_north", o.Header.Variable("lat")!.Text("units"));
    }

    [Fact]
    public void Longitude_WrappedZeroTo360_RolledMonotonicWithData()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Lon = [120, 240, 0] };

        var o = Harness.Read(Harness.Converted(dir, src, Gpp).OutputPath!, "gpp");

        Assert.Equal([0.0, 120.0, 240.0], o.Values("lon"));
        Assert.Equal(3, o.At(0, 0, 0)); // source column 2 (0°)
        Assert.Equal(1, o.At(0, 0, 1)); // source column 0 (120°)
        Assert.Equal(112, o.At(1, 1, 2)); // source column 1 (240°)
        var b = o.Values("lon_bnds");
        Assert.Equal([-60.0, 60.0], b[..2]);
        Assert.Equal("degrees_east", o.Header.Variable("lon")!.Text("units"));
    }

    [Fact]
    public void Longitude_ZeroTo360Ascending_KeptAsIs()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Lon = [60, 180, 300] };

        var o = Harness.Read(Harness.Converted(dir, src, Gpp).OutputPath!, "gpp");

        Assert.Equal([60.0, 180.0, 300.0], o.Values("lon"));
        Assert.Equal(3, o.At(0, 0, 2));
    }

    [Fact]
    public void Longitude_Descending_FlippedWithData()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Lon = [120, 0, -120] };

        var o = Harness.Read(Harness.Converted(dir, src, Gpp).OutputPath!, "gpp");

        Assert.Equal([-120.0, 0.0, 120.0], o.Values("lon"));
        Assert.Equal(3, o.At(0, 0, 0));
    }

    [Fact]
    public void CoordinateNames_LatitudeLongitude_WrittenAsLatLon()
    {
        using var dir = new TempDir();
        var src = new SourceFile { LatName = "latitude", LonName = "longitude" };

        var o = Harness.Read(Harness.Converted(dir, src, Gpp).OutputPath!, "gpp");

        Assert.Equal(["time", "lat", "lon"], o.Var.Dimensions);
        Assert.Equal([-45.0, 45.0], o.Values("lat"));
        Assert.Equal([-120.0, 0.0, 120.0], o.Values("lon"));
        Assert.Equal(2, o.Values("lat_bnds").Length / 2);
        Assert.Equal(1113, o.At(11, 1, 2));
    }

    [Theory]
    [InlineData("x", "y", "t")]
    [InlineData("t", "x", "y")]
    [InlineData("y", "x", "t")]
    public void DimensionOrder_NotTimeLatLon_ReorderedWithData(string a, string b, string c)
    {
        using var dir = new TempDir();
        var src = new SourceFile { Order = [a, b, c] };

        var o = Harness.Read(Harness.Converted(dir, src, Gpp).OutputPath!, "gpp");

        Assert.Equal(["time", "lat", "lon"], o.Var.Dimensions);
        for (var t = 0; t < 12; t++)
        {
            for (var y = 0; y < 2; y++)
            {
                for (var x = 0; x < 3; x++) Assert.Equal((100 * t) + (10 * y) + x + 1, o.At(t, y, x));
            }
        }
    }

    [Fact]
    public void CellArea_ComputedBoundsNamedLatBndsLonBnds_ReferencedByBoundsAttributes()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Lat = [-60, 0, 60], Lon = [0, 90, 180, 270] };

        var o = Harness.Read(Harness.Converted(dir, src, Gpp).OutputPath!, "gpp");

        Assert.Equal("lat_bnds", o.Header.Variable("lat")!.Text("bounds"));
        Assert.Equal("lon_bnds", o.Header.Variable("lon")!.Text("bounds"));
        Assert.Equal([-90.0, -30.0, -30.0, 30.0, 30.0, 90.0], o.Values("lat_bnds"));
        Assert.Equal([-45.0, 45.0, 45.0, 135.0, 135.0, 225.0, 225.0, 315.0], o.Values("lon_bnds"));
    }
}
