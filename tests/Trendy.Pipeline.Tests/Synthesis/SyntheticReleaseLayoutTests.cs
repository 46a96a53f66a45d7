using Trendy.Pipeline.Synthesis;

namespace Trendy.Pipeline.Tests.Synthesis;

public sealed class SyntheticReleaseLayoutTests(TinyReleaseFixture tiny) : IClassFixture<TinyReleaseFixture>
{
    [Theory]
    [InlineData("CLM5.0/S0/CLM6.0_S0_gpp.nc")]
    [InlineData("CLM5.0/S3/CLM6.0_S3_tsl.nc")]
    [InlineData("CLM5.0/CLM6.0_oceanCoverFrac.nc")]
    [InlineData("CLM5.0/S3/CLM6.0_S3_FLOSS_FRAC.nc")]
    [InlineData("CLM5.0/md5sum.txt")]
    [InlineData("LPX/S1/LPX-Bern_S1_landCoverFrac.nc")]
    [InlineData("LPX/S3/LPX-Bern_S3_mrro.nc")]
    [InlineData("CABLE-POP/S3/CABLE-POP_S3_mrso.nc")]
    [InlineData("CABLE-POP/README.txt")]
    [InlineData("ORCHIDEE/S3/ORCHIDEE_S0_nbp.nc")]
    [InlineData("ORCHIDEE/S3/ORCHIDEE_S0_zonalNBP.txt")]
    [InlineData("ORCHIDEE/zonal_nbp/ORCHIDEE_S3_zonalNBP.txt")]
    [InlineData("VISIT/S2/VISIT_S2_npp.nc.gz")]
    [InlineData("ISAM/S0/ISAM_S0_LAI.nc")]
    [InlineData("ISAM/S3/ISAM_S3_fLuc.nc")]
    [InlineData("CARDAMOM/S2/CARDAMOM_S2_gpp.nc")]
    [InlineData("CARDAMOM/CARDAMOM_land_fraction.nc")]
    public void Tiny_WritesFile(string rel) => Assert.True(File.Exists(tiny.Full(rel)), rel);

    [Theory]
    [InlineData("ORCHIDEE/S0/ORCHIDEE_S0_nbp.nc")]
    [InlineData("VISIT/S2/VISIT_S2_npp.nc")]
    [InlineData("CABLE-POP/S0/CABLE-POP_S0_mrso.nc")]
    [InlineData("CARDAMOM/S0")]
    [InlineData("CARDAMOM/S1")]
    public void Tiny_DoesNotWrite(string rel) =>
        Assert.False(File.Exists(tiny.Full(rel)) || Directory.Exists(tiny.Full(rel)), rel);

    [Fact]
    public void Tiny_ModelsAndSimulations_AsProfileSays()
    {
        var dirs = Directory.GetDirectories(tiny.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(SynthProfile.Tiny.Models.Select(m => m.Directory).Order(StringComparer.Ordinal), dirs);
        foreach (var m in SynthProfile.Tiny.Models)
        {
            foreach (var sim in m.Simulations)
            {
                foreach (var v in m.Variables.Where(v => v.IsIn(sim)))
                {
                    Assert.Contains(tiny.Manifest.Files, f => f.Model == m.Directory && f.Simulation == sim && f.Variable == v.Variable && f.Expected == SynthExpectation.Convert);
                }
            }
        }
    }

    [Fact]
    public void Manifest_ListsEveryFileOnDiskExactlyOnce()
    {
        var onDisk = Directory.EnumerateFiles(tiny.Root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(tiny.Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var listed = tiny.Manifest.Files.Select(f => f.Path).ToList();
        Assert.Equal(onDisk, listed);
        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.All(tiny.Manifest.Files, f => Assert.Equal(new FileInfo(tiny.Full(f.Path)).Length, f.Bytes));
    }

    [Fact]
    public void Tiny_IsWellUnderTwentyMegabytes() => Assert.InRange(tiny.Manifest.TotalBytes, 100_000, 20_000_000);

    [Fact]
    public void Manifest_ExpectationsCoverAllThreeKinds()
    {
        Assert.Equal(2, tiny.Manifest.Count(SynthExpectation.Fail));
        Assert.Contains(tiny.Manifest.Files, f => f.Expected == SynthExpectation.Skip && f.Variable == "FLOSS_FRAC");
        Assert.All(tiny.Manifest.Files.Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal)), f => Assert.Equal(SynthExpectation.Skip, f.Expected));
    }

    [Fact]
    public void LandFractionSources_CarryANote()
    {
        var statics = tiny.Manifest.Files.Where(f => f.Simulation is null && f.Path.EndsWith(".nc", StringComparison.Ordinal)).ToList();
        Assert.Equal(["oceanCoverFrac", "land_fraction"], statics.Select(f => f.Variable!).Order(StringComparer.Ordinal).Reverse());
        Assert.All(statics, f => Assert.Contains("sftlf", f.Note, StringComparison.Ordinal));
    }

    [Fact]
    public void Manifest_Json_RoundTrips()
    {
        var back = SynthManifest.FromJson(tiny.Manifest.ToJson());
        Assert.Equal(tiny.Manifest.Files.Count, back.Files.Count);
        Assert.Equal(tiny.Manifest.Files[5].Quirks, back.Files[5].Quirks);
        Assert.Contains("\"expected\": \"convert\"", tiny.Manifest.ToJson(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SynthQuirk.DirectoryPrefixMismatch)]
    [InlineData(SynthQuirk.CoordsLatLon)]
    [InlineData(SynthQuirk.CoordsLatitudeLongitude)]
    [InlineData(SynthQuirk.LatitudeNorthToSouth)]
    [InlineData(SynthQuirk.Longitude0To360)]
    [InlineData("time:days since 1700-01-01|noleap")]
    [InlineData("time:days since 1850-01-01|standard")]
    [InlineData("time:days since 1850-01-01|gregorian")]
    [InlineData("time:months since 1700-1-16|360_day")]
    [InlineData("time:months since 1700-1-16|noleap")]
    [InlineData("time:years since 1700-6-15 12:00:00|noleap")]
    [InlineData("time:years since AD 1700-Jan-1st|no-calendar")]
    [InlineData("time:hours since 1901-01-01|no-calendar")]
    [InlineData("time:year as %Y.%f|no-calendar")]
    [InlineData("time:d|no-calendar")]
    [InlineData(SynthQuirk.NoCalendarAttribute)]
    [InlineData("time-dimension:time_counter")]
    [InlineData("time-dimension:Time")]
    [InlineData(SynthQuirk.MonthIndexFrom2003)]
    [InlineData("units:gC m-2 month-1")]
    [InlineData("units:kg m-2 s-1")]
    [InlineData("units:kg C m-2 s-1")]
    [InlineData("units:gC/m2/day")]
    [InlineData("units:kg m$^{-2}$ s$^{-1}$")]
    [InlineData(SynthQuirk.UnitAttributeName)]
    [InlineData("units:kg m-2")]
    [InlineData("units:gC m-2")]
    [InlineData("units:fraction")]
    [InlineData("units:degC")]
    [InlineData("units:K")]
    [InlineData("units:mm/month")]
    [InlineData("units:1")]
    [InlineData("units:m2/m2")]
    [InlineData(SynthQuirk.PackedShort)]
    [InlineData(SynthQuirk.FillProtocol)]
    [InlineData(SynthQuirk.FillCmip)]
    [InlineData(SynthQuirk.FillNanNoAttribute)]
    [InlineData(SynthQuirk.FillNetcdfDefault)]
    [InlineData(SynthQuirk.SoilLayerAxis)]
    [InlineData(SynthQuirk.DepthAxisMeters)]
    [InlineData(SynthQuirk.PftAxis)]
    [InlineData(SynthQuirk.NetCdf3Classic)]
    [InlineData(SynthQuirk.NetCdf3Offset64)]
    [InlineData(SynthQuirk.NetCdf4Compressed)]
    [InlineData(SynthQuirk.DimensionOrderLonLatTime)]
    [InlineData(SynthQuirk.UpperCaseVariable)]
    [InlineData(SynthQuirk.MonthlyStock)]
    [InlineData(SynthQuirk.ZonalText)]
    [InlineData(SynthQuirk.Readme)]
    [InlineData(SynthQuirk.Md5)]
    [InlineData(SynthQuirk.StaticOceanCoverFrac)]
    [InlineData(SynthQuirk.StaticLandFraction)]
    [InlineData(SynthQuirk.WrongSimulationFolder)]
    [InlineData(SynthQuirk.PartialSimulations)]
    [InlineData(SynthQuirk.CorruptTruncatedNetcdf4)]
    [InlineData(SynthQuirk.CorruptTextAsNc)]
    [InlineData(SynthQuirk.GzipArchive)]
    [InlineData(SynthQuirk.VariableNotInTable)]
    public void Tiny_CoversQuirkFamily(string family) => Assert.Contains(family, tiny.Manifest.QuirkFamilies);
}
