using Trendy.Core.Inventory;
using Trendy.Pipeline.Reporting;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Reporting.Html;

/// <summary>The global-sum pass against hand-computed values on a 2 × 2 grid whose four cells each cover a quarter of the sphere.</summary>
public sealed class GlobalSeriesReaderTests
{
    private const double R = 6_371_007.2;
    private const double Fill = 1e20;
    private static readonly double QuarterSphere = Math.PI * R * R;
    private static readonly double SecondsPerNoleapYear = 365 * 86_400.0;

    [Fact]
    public void CarbonFlux_IsSummedOverValidCells_InPgCPerYear_YearByYear()
    {
        using var dir = new TempDir();
        // Year 1850: 1e-8 kg m-2 s-1 in three cells (the fourth is fill); 1851: twice that.
        var path = Output(dir.Path, "gpp", "kg m-2 s-1", "gross_primary_productivity_of_biomass_expressed_as_carbon",
            step => [1e-8 * (step < 12 ? 1 : 2), 1e-8 * (step < 12 ? 1 : 2), 1e-8 * (step < 12 ? 1 : 2), Fill]);

        var s = GlobalSeriesReader.Read(path, "S3", "M");

        Assert.Equal(GlobalAggregation.Total, s.Aggregation);
        Assert.Equal("PgC/yr", s.Units);
        Assert.Equal([1850, 1851], s.Years);
        var year1 = 3 * QuarterSphere * 1e-8 * SecondsPerNoleapYear / 1e12;
        Assert.Equal(year1, s.Values[0], year1 * 1e-6);
        Assert.Equal(2 * year1, s.Values[1], year1 * 1e-6);
        Assert.Equal("2 × 2 (90°)", s.Grid);
        Assert.True(double.IsNaN(s.Map!.Values[3]));
    }

    [Fact]
    public void LandFractionCompanion_WeightsTheCells()
    {
        using var dir = new TempDir();
        var path = Output(dir.Path, "cVeg", "kg m-2", "vegetation_carbon_content", _ => [2, 2, 2, 2]);
        MessyNetcdf.Create().Dimension("lat", 2).Dimension("lon", 2)
            .Variable("sftlf", NcType.Float, "lat", "lon").Values(100, 50, 0, 0).Attr("units", "%").And()
            .WriteTo(Path.Combine(dir.Path, "sftlf_fx_M_S3_r1i1p1f1_gn.nc"));

        var s = GlobalSeriesReader.Read(path, "S3", "M");

        Assert.Equal("PgC", s.Units);
        var expected = 2 * QuarterSphere * 1.5 / 1e12;
        Assert.All(s.Values, v => Assert.Equal(expected, v, expected * 1e-6));
    }

    [Fact]
    public void Temperature_IsAnAreaMean_InItsOwnUnits_AndWaterFluxIsMmPerYear()
    {
        using var dir = new TempDir();
        var tas = Output(dir.Path, "tas", "K", "air_temperature", _ => [280, 290, Fill, 300]);
        var mrro = Output(dir.Path, "mrro", "kg m-2 s-1", "runoff_flux", _ => [1e-5, 3e-5, Fill, Fill]);

        var t = GlobalSeriesReader.Read(tas, "S3", "M");
        var m = GlobalSeriesReader.Read(mrro, "S3", "M");

        Assert.Equal((GlobalAggregation.Mean, "K"), (t.Aggregation, t.Units));
        Assert.Equal(290, t.Values[0], 1e-4);
        Assert.Equal("mm/yr", m.Units);
        Assert.Equal(2e-5 * SecondsPerNoleapYear, m.Values[0], 1e-3);
    }

    /// <summary>An output as convert writes it: 24 monthly steps from 1850 (noleap) with bounds, a 2 × 2 grid with bounds.</summary>
    private static string Output(string folder, string variable, string units, string standardName, Func<int, double[]> cells)
    {
        var days = new[] { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        var bounds = new List<double>();
        double start = 0;
        for (var step = 0; step < 24; step++)
        {
            bounds.Add(start);
            start += days[step % 12];
            bounds.Add(start);
        }

        var time = Enumerable.Range(0, 24).Select(i => (bounds[2 * i] + bounds[(2 * i) + 1]) / 2).ToArray();
        var path = Path.Combine(folder, $"{variable}_Lmon_M_S3_r1i1p1f1_gn_185001-185112.nc");
        MessyNetcdf.Create().Dimension("time", 24).Dimension("lat", 2).Dimension("lon", 2).Dimension("bnds", 2)
            .Global("variable_id", variable)
            .Variable("time", NcType.Double, "time").Values(time).Attr("units", "days since 1850-01-01").Attr("calendar", "noleap").Attr("bounds", "time_bnds").And()
            .Variable("time_bnds", NcType.Double, "time", "bnds").Values([.. bounds]).And()
            .Variable("lat", NcType.Double, "lat").Values(-45, 45).And()
            .Variable("lat_bnds", NcType.Double, "lat", "bnds").Values(-90, 0, 0, 90).And()
            .Variable("lon", NcType.Double, "lon").Values(90, 270).And()
            .Variable("lon_bnds", NcType.Double, "lon", "bnds").Values(0, 180, 180, 360).And()
            .Variable(variable, NcType.Float, "time", "lat", "lon").Values([.. Enumerable.Range(0, 24).SelectMany(cells)])
                .Attr("units", units).Attr("standard_name", standardName).Attr("_FillValue", NcType.Float, Fill).And()
            .WriteTo(path);
        return path;
    }
}
