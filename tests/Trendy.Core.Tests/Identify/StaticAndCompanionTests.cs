using Trendy.Core.Identify;

namespace Trendy.Core.Tests.Identify;

public class StaticAndCompanionTests
{
    private static FileIdentity Id(string path) => FileIdentifierTests.Identifier.Identify(path);

    [Fact]
    public void EdLandCoverFrac_NoSimulation_StaticCandidateWithTarget()
    {
        var f = Id("ED/EDv3_landCoverFrac.nc");
        Assert.Equal(FileDisposition.StaticCandidate, f.Disposition);
        Assert.Null(f.Simulation);
        Assert.Equal("EDv3", f.Prefix);
        Assert.Equal("landCoverFrac", f.Target!.TrendyName);
        Assert.True(f.HasRule(NameRuleIds.Static));
    }

    [Fact]
    public void JsbachCanopyFract_NotInTable_StaticCandidateWithReason()
    {
        var f = Id("JSBACH/JSBACH_canopyFract.nc");
        Assert.Equal(FileDisposition.StaticCandidate, f.Disposition);
        Assert.Null(f.Target);
        Assert.Equal("canopyFract", f.VariableToken);
        Assert.Contains("not in the variable table", f.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DLEM/LAND_AREA_DLEM.nc", CompanionKind.LandArea, "DLEM")]
    [InlineData("ISBA-CTRIP/ISBA-CTRIP_area.nc", CompanionKind.CellArea, "ISBA-CTRIP")]
    [InlineData("ISBA-CTRIP/Ancillary/ISBA-CTRIP_sftlf.nc", CompanionKind.LandPercent, "ISBA-CTRIP")]
    [InlineData("JSBACH/JSBACH_slm.nc", CompanionKind.LandMask, "JSBACH")]
    [InlineData("CLASSIC/CLASSIC_landAreaFrac.nc", CompanionKind.LandFraction, "CLASSIC")]
    public void StaticCompanion_ByName_Recognised(string path, CompanionKind kind, string prefix)
    {
        var f = Id(path);
        Assert.Equal(FileDisposition.Companion, f.Disposition);
        Assert.Equal(kind, f.Companion);
        Assert.Equal(prefix, f.Prefix);
        Assert.Null(f.Simulation);
        Assert.True(f.HasRule(NameRuleIds.Companion));
    }

    [Theory]
    [InlineData("CLM/S3/CLM6.0_S3_oceanCoverFrac.nc", CompanionKind.OceanFraction)]
    [InlineData("ELM-FATES/S3/ELM-FATES_S3_oceancoverfrac.nc", CompanionKind.OceanFraction)]
    [InlineData("CLASSIC/S3/CLASSIC_S3_land_fraction.nc", CompanionKind.LandFraction)]
    [InlineData("NEWMODEL/S3/NEWMODEL_S3_landAreaFrac.nc", CompanionKind.LandFraction)]
    [InlineData("NEWMODEL/S3/NEWMODEL_S3_sftlf.nc", CompanionKind.LandPercent)]
    public void CompanionInSimulation_ByName_Recognised(string path, CompanionKind kind)
    {
        var f = Id(path);
        Assert.Equal(FileDisposition.Companion, f.Disposition);
        Assert.Equal(kind, f.Companion);
        Assert.Equal("S3", f.Simulation);
    }

    [Fact]
    public void TmpFile_NoPrefixNoSimulation_StaticCandidateWithoutTarget()
    {
        var f = Id("CLM/S3/tmp.nc");
        Assert.Equal(FileDisposition.StaticCandidate, f.Disposition);
        Assert.Null(f.Target);
        Assert.Null(f.Prefix);
    }
}
