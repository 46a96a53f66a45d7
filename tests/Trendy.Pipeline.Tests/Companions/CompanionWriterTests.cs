using Trendy.Core.Companions;
using Trendy.Core.Diagnostics;
using Trendy.Core.Identify;
using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;
using Trendy.Pipeline.Companions;
using Trendy.Pipeline.Execution;
using Trendy.Testing;
using static Trendy.Pipeline.Tests.Companions.CompanionFixtures;

namespace Trendy.Pipeline.Tests.Companions;

public sealed class CompanionWriterTests
{
    private const double Step = 10;
    private static readonly double[] OutLat = Centres(-90, Step, 18);
    private static readonly double[] OutLon = Centres(-180, Step, 36);

    /// <summary>Ocean fraction that reveals where a value came from: a function of the cell's coordinates, not its index.</summary>
    private static double Ocean(double lat, double lon360) => Math.Round(((lat + 90) / 360) + (lon360 / 720), 6);

    /// <summary>oceanCoverFrac(time, lat, lon) with latitude north→south and longitude 0..360; second step is junk.</summary>
    private static string OceanSource(TempDir dir, string variable = "oceanCoverFrac", double? fillAtNorthWest = null)
    {
        var lat = OutLat.Reverse().ToArray();
        var lon = Centres(0, Step, 36);
        var first = lat.SelectMany(y => lon.Select(x => Ocean(y, x))).ToArray();
        if (fillAtNorthWest is { } fill) first[0] = fill; // lat 85, lon 5
        var junk = Enumerable.Repeat(0.5, first.Length);
        return MessyNetcdf.Create().Format(NcCreateFormat.Classic)
            .Dimension("time", 2).Dimension("lat", lat.Length).Dimension("lon", lon.Length)
            .Variable("time", NcType.Double, "time").Values(0, 31).Attr("units", "days since 1700-01-01").And()
            .Variable("lat", NcType.Float, "lat").Values(lat).Attr("units", "degrees_north").And()
            .Variable("lon", NcType.Float, "lon").Values(lon).Attr("units", "degrees_east").And()
            .Variable(variable, NcType.Float, "time", "lat", "lon").Values([.. first, .. junk]).Attr("units", "1").Attr("_FillValue", NcType.Float, -99999).And()
            .WriteTo(dir.File("CLASSIC_S3_oceanCoverFrac.nc"));
    }

    private static string Sftlf(string folder) => Path.Combine(folder, "sftlf_fx_CLASSIC_S3_r1i1p1f1_gn.nc");

    private static string Areacella(string folder) => Path.Combine(folder, "areacella_fx_CLASSIC_S3_r1i1p1f1_gn.nc");

    [Fact]
    public void OceanFraction_DescendingLatAnd0To360Lon_LandsOnAscendingMinus180To180Grid()
    {
        using var dir = new TempDir();
        var folder = ModelFolder(dir, Step);
        var source = OceanSource(dir, fillAtNorthWest: -99999);
        var r = CompanionWriter.Write(CompanionRequest.ForFolder(folder, [new CompanionSource(source, "oceanCoverFrac", CompanionKind.OceanFraction)]));

        Assert.True(r.WroteSftlf, string.Join("\n", r.Diagnostics));
        Assert.Contains("100·(1 − oceanFraction)", r.SftlfRule);
        Assert.Contains("1 missing cells set to 0 %", r.SftlfRule);
        Assert.Contains("companion:grid:flip-latitude-to-ascending", r.GridRules);
        Assert.Contains("companion:longitude-modulo-360", r.GridRules);
        Assert.Contains("companion:first-time-step", r.GridRules);
        var sftlf = ReadField(Sftlf(folder), "sftlf", out _);

        // South-west output cell (−85, −175) is source (−85, 185): last source row, column 18.
        Assert.Equal(100 * (1 - Ocean(-85, 185)), sftlf[0], 1e-4);
        // (−85, 5) is output column 18; (85, 175) is the last output row, column 35.
        Assert.Equal(100 * (1 - Ocean(-85, 5)), sftlf[18], 1e-4);
        Assert.Equal(100 * (1 - Ocean(85, 175)), sftlf[(17 * 36) + 35], 1e-4);
        // The filled source cell (85, 5) is ocean: 0 %.
        Assert.Equal(0, sftlf[(17 * 36) + 18]);
        for (var y = 0; y < 18; y++)
        {
            for (var x = 0; x < 36; x++)
            {
                if (y == 17 && x == 18) continue;
                var lon360 = OutLon[x] < 0 ? OutLon[x] + 360 : OutLon[x];
                Assert.Equal(100 * (1 - Ocean(OutLat[y], lon360)), sftlf[(y * 36) + x], 1e-4);
            }
        }
    }

    [Fact]
    public void ElmFatesLowerCaseName_IsFound()
    {
        using var dir = new TempDir();
        var folder = ModelFolder(dir, Step);
        var source = OceanSource(dir, variable: "oceancoverfrac");
        var r = CompanionWriter.Write(CompanionRequest.ForFolder(folder, [new CompanionSource(source, "oceanCoverFrac", CompanionKind.OceanFraction)]));
        Assert.True(r.WroteSftlf, string.Join("\n", r.Diagnostics));
    }

    [Theory]
    [InlineData("%")]
    [InlineData(null)]
    public void LandFractionInPercent_StaticField_IsWrittenAsIs(string? units)
    {
        using var dir = new TempDir();
        var folder = ModelFolder(dir, Step);
        var values = OutLat.SelectMany(y => OutLon.Select(x => Math.Round(50 + (y / 2) + (x / 8), 3))).ToArray();
        var v = MessyNetcdf.Create().Format(NcCreateFormat.NetCdf4)
            .Dimension("latitude", 18).Dimension("longitude", 36)
            .Variable("latitude", NcType.Double, "latitude").Values(OutLat).Attr("units", "degrees_north").And()
            .Variable("longitude", NcType.Double, "longitude").Values(OutLon).Attr("units", "degrees_east").And()
            .Variable("land_fraction", NcType.Float, "latitude", "longitude").Values(values);
        if (units is not null) v.Attr("units", units);
        var source = v.And().WriteTo(dir.File("CLASSIC_land_fraction.nc"));

        var r = CompanionWriter.Write(CompanionRequest.ForFolder(folder, [new CompanionSource(source, "land_fraction", CompanionKind.LandFraction)]));

        Assert.True(r.WroteSftlf, string.Join("\n", r.Diagnostics));
        Assert.Contains("as percent", r.SftlfRule);
        var sftlf = ReadField(Sftlf(folder), "sftlf", out _);
        for (var i = 0; i < values.Length; i++) Assert.Equal(Math.Clamp(values[i], 0, 100), sftlf[i], 1e-4);
    }

    [Fact]
    public void MismatchedGrid_GivesComp002_NoSftlf_StillAreacella()
    {
        using var dir = new TempDir();
        var folder = ModelFolder(dir, Step);
        var lat = Centres(-90, 20, 9);
        var lon = Centres(-180, 20, 18);
        var source = MessyNetcdf.Create()
            .Dimension("lat", 9).Dimension("lon", 18)
            .Variable("lat", NcType.Double, "lat").Values(lat).Attr("units", "degrees_north").And()
            .Variable("lon", NcType.Double, "lon").Values(lon).Attr("units", "degrees_east").And()
            .Variable("oceanCoverFrac", NcType.Float, "lat", "lon").Values(new double[9 * 18]).And()
            .WriteTo(dir.File("coarse.nc"));

        var r = CompanionWriter.Write(CompanionRequest.ForFolder(folder, [new CompanionSource(source, "oceanCoverFrac", CompanionKind.OceanFraction)]));

        Assert.False(r.WroteSftlf);
        Assert.False(File.Exists(Sftlf(folder)));
        Assert.True(File.Exists(Areacella(folder)));
        Assert.Equal([Areacella(folder)], r.FilesWritten);
        var d = Assert.Single(r.Diagnostics, x => x.Code == CompanionCodes.GridMismatch);
        Assert.Contains("18 lat × 36 lon", d.Message);
        Assert.Contains("9 lat × 18 lon", d.Message);
        Assert.Contains(r.Diagnostics, x => x.Code == CompanionCodes.NoUsableLandFraction);
    }

    [Fact]
    public void SameSizeButShiftedGrid_IsAMismatchToo()
    {
        using var dir = new TempDir();
        var folder = ModelFolder(dir, Step);
        var source = MessyNetcdf.Create()
            .Dimension("lat", 18).Dimension("lon", 36)
            .Variable("lat", NcType.Double, "lat").Values(OutLat).Attr("units", "degrees_north").And()
            .Variable("lon", NcType.Double, "lon").Values([.. OutLon.Select(x => x + 5)]).Attr("units", "degrees_east").And()
            .Variable("slm", NcType.Float, "lat", "lon").Values(new double[18 * 36]).And()
            .WriteTo(dir.File("JSBACH_slm.nc"));

        var r = CompanionWriter.Write(CompanionRequest.ForFolder(folder, [new CompanionSource(source, "slm", CompanionKind.LandMask)]));

        Assert.False(r.WroteSftlf);
        Assert.Contains(r.Diagnostics, x => x.Code == CompanionCodes.GridMismatch && x.Message.Contains("longitude values differ", StringComparison.Ordinal));
    }

    [Fact]
    public void Areacella_OfGlobalGrid_SumsToSphere()
    {
        using var dir = new TempDir();
        var folder = ModelFolder(dir, 2.5);
        CompanionWriter.Write(CompanionRequest.ForFolder(folder, []));
        var areas = ReadField(Areacella(folder), "areacella", out var header);
        Assert.Equal(72 * 144, areas.Length);
        Assert.Equal(NcType.Double, header.Variable("areacella")!.Type);
        Assert.True(Math.Abs(areas.Sum() - (4 * Math.PI * 6_371_007.181 * 6_371_007.181)) / areas.Sum() < 1e-9);
    }

    [Fact]
    public void WrittenFiles_Reopen_WithShapesUnitsAttributesAndTheDataOutputsCoordinates()
    {
        using var dir = new TempDir();
        var folder = ModelFolder(dir, Step);
        var r = CompanionWriter.Write(CompanionRequest.ForFolder(folder, [new CompanionSource(OceanSource(dir), "oceanCoverFrac", CompanionKind.OceanFraction)]));
        Assert.Equal([Areacella(folder), Sftlf(folder)], r.FilesWritten);

        using var data = NcFile.OpenRead(Directory.GetFiles(folder, "gpp_*.nc").Single());
        var dh = data.ReadHeader();
        foreach (var (path, name, units, standard) in new[] { (Areacella(folder), "areacella", "m2", "cell_area"), (Sftlf(folder), "sftlf", "%", "land_area_fraction") })
        {
            using var f = NcFile.OpenRead(path);
            var h = f.ReadHeader();
            var v = h.Variable(name)!;
            Assert.Equal(["lat", "lon"], v.Dimensions);
            Assert.Equal([18L, 36L], v.Shape);
            Assert.Equal(units, v.Text("units"));
            Assert.Equal(standard, v.Text("standard_name"));
            foreach (var c in new[] { "lat", "lat_bnds", "lon", "lon_bnds" }) Assert.Equal(dh.Values(c), h.Values(c));
            Assert.Equal("lat_bnds", h.Variable("lat")!.Text("bounds"));
            Assert.Equal("degrees_east", h.Variable("lon")!.Text("units"));
            var globals = h.GlobalAttributes.Where(a => a.IsText).ToDictionary(a => a.Name, a => a.Text);
            Assert.Equal("CLASSIC-S3", globals["source_id"]);
            Assert.Equal("S3", globals["experiment_id"]);
            Assert.Equal("S3", globals["member_id"]);
            Assert.Equal("r1i1p1f1", globals["variant_label"]);
            Assert.Equal("gn", globals["grid_label"]);
            Assert.Equal(name, globals["variable_id"]);
            Assert.Equal("fx", globals["frequency"]);
            Assert.Equal("fx", globals["table_id"]);
            Assert.StartsWith("CF-", globals["Conventions"]);
        }

        Assert.DoesNotContain(Directory.GetFiles(folder, "*", SearchOption.AllDirectories), TempOutput.IsTemp);
    }

    [Fact]
    public void NoLandFraction_WritesAreacellaOnly_WithComp001Note()
    {
        using var dir = new TempDir();
        var folder = ModelFolder(dir, Step, model: "ED", name: "gpp_Lmon_{0}_S3_r1i1p1f1_gn_1900-1901.nc");
        var cellArea = new CompanionSource(dir.File("area.nc"), "area", CompanionKind.CellArea);
        var r = CompanionWriter.Write(CompanionRequest.ForFolder(folder, [cellArea]));
        Assert.Equal([Path.Combine(folder, "areacella_fx_ED_S3_r1i1p1f1_gn.nc")], r.FilesWritten);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(CompanionCodes.NoLandFraction, d.Code);
        Assert.Equal(Severity.Note, d.Severity);
        Assert.Contains("no land fraction for ED; ILAMB will weight by cell area only", d.Message);
    }

    [Fact]
    public void EmptyFolder_WritesNothing_Comp003()
    {
        using var dir = new TempDir();
        var folder = Directory.CreateDirectory(dir.File("OUT/S3/X")).FullName;
        var r = CompanionWriter.Write(CompanionRequest.ForFolder(folder, []));
        Assert.Empty(r.FilesWritten);
        Assert.Equal(CompanionCodes.NoDataGrid, Assert.Single(r.Diagnostics).Code);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void RerunAndOutputOnAnotherGrid_CompanionsIgnored_OddFileReported()
    {
        using var dir = new TempDir();
        var folder = ModelFolder(dir, Step);
        DataOutput(Path.Combine(folder, "cVeg_Lmon_CLASSIC_S3_r1i1p1f1_gn_1900-1901.nc"), Step);
        var odd = DataOutput(Path.Combine(folder, "cProduct_Lmon_CLASSIC_S3_r1i1p1f1_gn_1900-1901.nc"), 20);
        CompanionWriter.Write(CompanionRequest.ForFolder(folder, []));
        var r = CompanionWriter.Write(CompanionRequest.ForFolder(folder, []));
        var d = Assert.Single(r.Diagnostics, x => x.Code == CompanionCodes.MixedGrids);
        Assert.Equal(odd, d.Where.File);
        Assert.Equal(18 * 36, ReadField(Areacella(folder), "areacella", out _).Length);
    }

    [Fact]
    public void DlemLandArea_InKm2_ByFileStem_IsShareOfCellArea()
    {
        using var dir = new TempDir();
        var folder = ModelFolder(dir, Step, model: "DLEM", name: "gpp_Lmon_{0}_S3_r1i1p1f1_gn_1900-1901.nc");
        var cells = CellAreas.FromBounds(Pairs(OutLat, Step), Pairs(OutLon, Step));
        var km2 = cells.Select((a, i) => i % 4 * a / 4 / 1e6).ToArray(); // 0, 25, 50, 75 % land
        var source = MessyNetcdf.Create()
            .Dimension("lat", 18).Dimension("lon", 36)
            .Variable("lat", NcType.Double, "lat").Values(OutLat).Attr("units", "degrees_north").And()
            .Variable("lon", NcType.Double, "lon").Values(OutLon).Attr("units", "degrees_east").And()
            .Variable("landarea", NcType.Double, "lat", "lon").Values(km2).Attr("units", "km2").And()
            .WriteTo(dir.File("LAND_AREA_DLEM.nc"));

        var r = CompanionWriter.Write(CompanionRequest.ForFolder(folder, [new CompanionSource(source, "LAND_AREA_DLEM", CompanionKind.LandArea)]));

        Assert.True(r.WroteSftlf, string.Join("\n", r.Diagnostics));
        Assert.Contains("companion:variable-landarea-for-LAND_AREA_DLEM", r.GridRules);
        Assert.Contains("units 'km2'", r.SftlfRule);
        var sftlf = ReadField(Path.Combine(folder, "sftlf_fx_DLEM_S3_r1i1p1f1_gn.nc"), "sftlf", out _);
        for (var i = 0; i < sftlf.Length; i++) Assert.Equal(i % 4 * 25.0, sftlf[i], 1e-4);
    }
}
