using Trendy.Core.Targets;

namespace Trendy.Core.Tests.Targets;

public class TargetCatalogTests
{
    private static readonly TargetCatalog Catalog = TargetCatalog.LoadEmbedded();

    [Fact]
    public void LoadEmbedded_AllRows_Parsed()
    {
        // 121 data rows in Resources/variables.csv, one per name.
        Assert.Equal(121, Catalog.All.Count);
    }

    [Fact]
    public void Evapotrans_Renamed_ToEvspsblInAmon()
    {
        var s = Catalog.Find("evapotrans")!;
        Assert.Equal("evspsbl", s.VariableId);
        Assert.Equal("Amon", s.CmipTable);
        Assert.Equal("kg m-2 s-1", s.Units);
        Assert.True(s.IsRenamed);
    }

    [Fact]
    public void BurntArea_Renamed_ToBurntFractionAllInPercent()
    {
        var s = Catalog.Find("burntArea")!;
        Assert.Equal("burntFractionAll", s.VariableId);
        Assert.Equal("Lmon", s.CmipTable);
        Assert.Equal("%", s.Units);
        Assert.Equal("area_fraction", s.StandardName);
        Assert.Contains("area: mean where land", s.OutputCellMethods, StringComparison.Ordinal);
    }

    [Fact]
    public void Msl_Renamed_ToMrsolWithDepthAxis()
    {
        var s = Catalog.Find("msl")!;
        Assert.Equal("mrsol", s.VariableId);
        Assert.Equal("Emon", s.CmipTable);
        Assert.Equal("kg m-2", s.Units);
        Assert.True(s.NeedsDepthAxis);
        Assert.Equal(ExtraDimension.Soil, s.ExtraDimension);
    }

    [Theory]
    [InlineData("gpppft", "gppLut", "Emon")]
    [InlineData("transpft", "tran", "Lmon")]
    [InlineData("mslpft", "mrsol", "Emon")]
    [InlineData("cVegpft", "cVegLut", "Eyr")]
    public void PftVariable_WithCmipName_KeepsTrendyName(string trendy, string cmip, string table)
    {
        var s = Catalog.Find(trendy)!;
        Assert.Equal(trendy, s.VariableId);
        Assert.Equal(cmip, s.CmipName);
        Assert.Equal(table, s.CmipTable);
        Assert.True(s.IsArchiveProduct);
    }

    [Theory]
    [InlineData("dlai")] // Eday.lai: daily LAI must not become a second monthly "lai"
    [InlineData("fFireCveg")] // Emon.fVegFire
    [InlineData("nInorgSoil")] // Emon.nMineral
    public void NonContractRename_InTableColumn_KeepsTrendyName(string trendy)
    {
        Assert.Equal(trendy, Catalog.Find(trendy)!.VariableId);
    }

    [Theory]
    [InlineData("gpp", "Lmon", "", "area: mean where land time: mean")]
    [InlineData("nbp", "Lmon", "down", "area: mean where land time: mean")]
    [InlineData("ra", "Lmon", "up", "area: mean where land time: mean")]
    [InlineData("cSoil", "Emon", "", "area: mean where land time: mean")]
    [InlineData("tas", "Amon", "", "area: time: mean")]
    [InlineData("rsds", "Amon", "down", "area: time: mean")]
    public void DirectVariable_Metadata_FromCmipTable(string name, string table, string positive, string cellMethods)
    {
        var s = Catalog.Find(name)!;
        Assert.Equal(name, s.VariableId);
        Assert.Equal(table, s.CmipTable);
        Assert.Equal(positive, s.Positive);
        Assert.Equal(cellMethods, s.OutputCellMethods);
    }

    [Fact]
    public void TrendyOnlyVariable_WithoutCellMethods_GetsLandMean()
    {
        var s = Catalog.Find("soilr")!;
        Assert.Equal("", s.CellMethods);
        Assert.Equal("area: mean where land time: mean", s.OutputCellMethods);
    }

    [Fact]
    public void UnitsWithRemark_Parsed_RemarkStripped()
    {
        Assert.Equal("W m-2", Catalog.Find("evapotranspft")!.Units);
        Assert.Equal("area: time: mean where vegetation", Catalog.Find("theightpft")!.CellMethods);
    }

    [Theory]
    [InlineData("LAI", "lai")]
    [InlineData("fFireCSoil", "fFireCsoil")]
    [InlineData("OCEANCOVERFRAC", "oceanCoverFrac")]
    public void Find_OtherCase_MatchesIgnoringCase(string query, string expected)
    {
        Assert.Equal(expected, Catalog.Find(query)!.TrendyName);
        Assert.Null(Catalog.FindExact(query));
    }

    [Fact]
    public void Find_UnknownName_ReturnsNull()
    {
        Assert.Null(Catalog.Find("canopyFract"));
    }

    [Fact]
    public void DefaultSet_Contents_OnlyConvertibleVariablesWithIlambUse()
    {
        var names = Catalog.DefaultSet.Select(s => s.TrendyName).ToHashSet();
        foreach (var n in new[] { "gpp", "nbp", "ra", "rh", "npp", "cVeg", "cSoil", "lai", "mrro", "evapotrans", "burntArea", "msl", "tsl", "tas", "pr", "rsds", "fBNF" })
            Assert.Contains(n, names);
        foreach (var n in new[] { "nee", "reco", "biomass", "et", "co2", "sftlf", "oceanCoverFrac", "landCoverFrac", "gpppft", "mrso", "fFire" })
            Assert.DoesNotContain(n, names);
        Assert.All(Catalog.DefaultSet, s => Assert.True(s.HasIlambUse));
    }

    [Theory]
    [InlineData("nee", TargetRole.IlambSide)]
    [InlineData("biomass", TargetRole.IlambSide)]
    [InlineData("sftlf", TargetRole.Companion)]
    [InlineData("land_fraction", TargetRole.Companion)]
    [InlineData("hfls", TargetRole.Variable)]
    public void Role_KnownNames_Classified(string name, TargetRole role)
    {
        Assert.Equal(role, Catalog.Find(name)!.Role);
    }

    [Theory]
    [InlineData("gpp", TrendyFrequency.Monthly)]
    [InlineData("cVeg", TrendyFrequency.Annual)]
    [InlineData("dlai", TrendyFrequency.Daily)]
    [InlineData("oceanCoverFrac", TrendyFrequency.Once)]
    [InlineData("biomass", TrendyFrequency.Unknown)]
    public void Frequency_Column_Parsed(string name, TrendyFrequency expected)
    {
        Assert.Equal(expected, Catalog.Find(name)!.Frequency);
    }

    [Fact]
    public void CSoilpools_ExtraAxis_IsSoilPoolNotDepth()
    {
        var s = Catalog.Find("cSoilpools")!;
        Assert.Equal(ExtraDimension.SoilPool, s.ExtraDimension);
        Assert.False(s.NeedsDepthAxis);
    }
}
