using Trendy.Core.Fixes;
using Trendy.Core.Identify;
using Trendy.Core.Targets;

namespace Trendy.Core.Tests.Fixes;

public class FixTableEmbeddedTests
{
    private static readonly FixTable Table = FixTable.LoadEmbedded();

    [Theory]
    [InlineData("CLM5.0", "CLM")]
    [InlineData("CLM", "CLM")]
    [InlineData("CLM6.0", "CLM")]
    [InlineData("ED", "ED")]
    [InlineData("EDv3", "ED")]
    [InlineData("E3SM", "ELM")]
    [InlineData("JULES-ES", "JULES-ES")]
    [InlineData("JULES", "JULES-ES")]
    [InlineData("LPJml", "LPJml")]
    [InlineData("LPJmL", "LPJml")]
    [InlineData("LPJ-EOSIM", "LPJwsl")]
    [InlineData("LPJ", "LPJwsl")]
    [InlineData("LPX", "LPX-Bern")]
    [InlineData("lpxqs", "LPX-Bern")]
    [InlineData("LPX-Bern", "LPX-Bern")]
    [InlineData("GDSTEM", "TEM")]
    [InlineData("visit-ut", "VISIT-UT")]
    [InlineData("VISIT-UT", "VISIT-UT")]
    [InlineData("CABLEPOP", "CABLE-POP")]
    [InlineData("CABLE-POP", "CABLE-POP")]
    [InlineData("ISBACTRIP", "ISBA-CTRIP")]
    [InlineData("ISBA-CTRIP", "ISBA-CTRIP")]
    [InlineData("YIBS", "YIBs")]
    [InlineData("YIBs", "YIBs")]
    [InlineData("yibs", "YIBs")]
    [InlineData("clm6.0", "CLM")]
    public void ForModel_DirectoryOrPrefix_FindsEntryIgnoringCase(string name, string key)
    {
        var m = Table.ForModel(name);
        Assert.True(m.IsKnown);
        Assert.Equal(key, m.Key);
    }

    [Fact]
    public void ForModel_Unknown_EmptyEntry()
    {
        var m = Table.ForModel("NOSUCHMODEL");
        Assert.False(m.IsKnown);
        Assert.Empty(m.Time);
        Assert.Null(m.UnitFixFor("gpp", "kg m-2 s-1"));
    }

    [Fact]
    public void EveryQuirk_Embedded_SaysWhereSeen()
    {
        foreach (var m in Table.Models)
        {
            Assert.False(string.IsNullOrWhiteSpace(m.Seen), m.Key);
            var seens = m.VariableAliases.Select(a => a.Seen).Concat(m.Time.Select(t => t.Seen)).Concat(m.Units.Select(u => u.Seen))
                .Concat(m.Signs.Select(s => s.Seen)).Concat(m.Reductions.Select(r => r.Seen)).Concat(m.LandFraction.Select(l => l.Seen))
                .Concat(m.KnownIssues.Select(k => k.Seen)).Concat(m.SoilLayers.Select(s => s.Seen));
            Assert.All(seens, s => Assert.False(string.IsNullOrWhiteSpace(s), m.Key));
        }
    }

    [Theory]
    [InlineData("d")]
    [InlineData(null)]
    public void CardamomMonthIndex_KnownBadUnits_Fires(string? units)
    {
        var fix = Assert.Single(Table.ForModel("CARDAMOM").TimeFixesFor("gpp", units));
        Assert.Equal(TimeFixKind.MonthIndex, fix.Kind);
        Assert.Equal("2003-01-01", fix.Origin);
    }

    [Fact]
    public void CardamomMonthIndex_CfUnits_StaysQuiet()
    {
        Assert.Empty(Table.ForModel("CARDAMOM").TimeFixesFor("gpp", "days since 2003-01-01"));
    }

    [Fact]
    public void ElmFatesDecimalYear_NoUnits_Fires()
    {
        var m = Table.ForModel("ELM-FATES");
        Assert.Equal(TimeFixKind.DecimalYear, Assert.Single(m.TimeFixesFor("gpp", null)).Kind);
        Assert.Empty(m.TimeFixesFor("gpp", "days since 1700-01-01"));
    }

    [Fact]
    public void VisitRewriteUnits_ExactString_Fires()
    {
        var fix = Assert.Single(Table.ForModel("VISIT").TimeFixesFor("gpp", "years since AD 1700-Jan-1st"));
        Assert.Equal("years since 1700-01-01", fix.Replacement);
        Assert.Empty(Table.ForModel("VISIT").TimeFixesFor("gpp", "years since 1700-01-01"));
    }

    [Fact]
    public void CablePopMrso_SoilAxis_SumReduction()
    {
        Assert.NotNull(Table.ForModel("CABLEPOP").ReductionFor("mrso", ExtraDimension.Soil));
        Assert.Null(Table.ForModel("CABLEPOP").ReductionFor("mrso", ExtraDimension.Pft));
    }

    [Theory]
    [InlineData("CLASSIC", "land_fraction", CompanionKind.LandFraction)]
    [InlineData("ELM-FATES", "oceancoverfrac", CompanionKind.OceanFraction)]
    [InlineData("JSBACH", "slm", CompanionKind.LandMask)]
    [InlineData("DLEM", "LAND_AREA_DLEM", CompanionKind.LandArea)]
    [InlineData("TEM", "oceanCoverFrac", CompanionKind.OceanFraction)]
    public void LandFraction_Model_SourceListed(string model, string name, CompanionKind kind)
    {
        Assert.Contains(Table.ForModel(model).LandFraction, l => l.Name == name && l.Kind == kind);
    }

    [Fact]
    public void KnownIssue_EdPrecipitation_Listed()
    {
        Assert.Single(Table.ForModel("EDv3").IssuesFor("pr", "S3"));
        Assert.Empty(Table.ForModel("EDv3").IssuesFor("gpp", "S3"));
    }

    [Fact]
    public void KnownIssue_SimulationScoped_OnlyThatSimulation()
    {
        Assert.Single(Table.ForModel("LPX-Bern").IssuesFor("snowdepth", "S3"));
        Assert.Empty(Table.ForModel("LPX-Bern").IssuesFor("snowdepth", "S2"));
    }
}
