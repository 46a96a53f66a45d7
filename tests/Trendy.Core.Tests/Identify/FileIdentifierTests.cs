using Trendy.Core.Diagnostics;
using Trendy.Core.Fixes;
using Trendy.Core.Identify;
using Trendy.Core.Targets;

namespace Trendy.Core.Tests.Identify;

public class FileIdentifierTests
{
    internal static readonly FileIdentifier Identifier = new(TargetCatalog.LoadEmbedded(), FixTable.LoadEmbedded());

    private static FileIdentity Id(string path, IdentifyOptions? options = null) => Identifier.Identify(path, options);

    [Fact]
    public void PlainFile_StandardLayout_Converted()
    {
        var f = Id("CLASSIC/S3/CLASSIC_S3_gpp.nc");
        Assert.Equal("CLASSIC", f.Model);
        Assert.Equal("CLASSIC", f.Prefix);
        Assert.Equal("S3", f.Simulation);
        Assert.Equal("gpp", f.VariableToken);
        Assert.Equal("gpp", f.Target!.VariableId);
        Assert.Equal(ArchiveKind.None, f.Archive);
        Assert.Equal(FileDisposition.Convert, f.Disposition);
        Assert.Null(f.Reason);
        Assert.Empty(f.Diagnostics);
    }

    [Fact]
    public void Evapotrans_Identified_TargetIsEvspsbl()
    {
        Assert.Equal("evspsbl", Id("ORCHIDEE/S2/ORCHIDEE_S2_evapotrans.nc").Target!.VariableId);
    }

    [Fact]
    public void FolderAndFileSimulation_Disagree_WarnsAndTrustsFileName()
    {
        var f = Id("ORCHIDEE/S3/ORCHIDEE_S0_x.nc");
        Assert.Equal("S0", f.Simulation);
        Assert.Equal("S3", f.FolderSimulation);
        var d = Assert.Single(f.Diagnostics, d => d.Code == IdentifyCodes.SimulationMismatch);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("S0", d.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void FolderAndFileSimulation_Agree_NoWarning()
    {
        Assert.DoesNotContain(Id("ORCHIDEE/S3/ORCHIDEE_S3_gpp.nc").Diagnostics, d => d.Code == IdentifyCodes.SimulationMismatch);
    }

    [Fact]
    public void UnknownVariable_InSimulation_SkippedWithReason()
    {
        var f = Id("ORCHIDEE/S3/ORCHIDEE_S3_FLOSS_FRAC.nc");
        Assert.Equal(FileDisposition.Skipped, f.Disposition);
        Assert.Null(f.Target);
        Assert.Equal("FLOSS_FRAC", f.VariableToken);
        Assert.Contains("not in the variable table", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void IlambSideName_Nee_SkippedWithReason()
    {
        var f = Id("JSBACH/S3/JSBACH_S3_nee.nc");
        Assert.Equal(FileDisposition.Skipped, f.Disposition);
        Assert.Equal("nee", f.Target!.TrendyName);
        Assert.Contains("ILAMB-side", f.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CLM/S3/CLM6.0_S3_gpp.nc", "CLM", "CLM6.0")]
    [InlineData("CLM5.0/S3/CLM6.0_S3_gpp.nc", "CLM5.0", "CLM6.0")]
    [InlineData("ED/S3/EDv3_S3_gpp.nc", "ED", "EDv3")]
    [InlineData("ELM/S3/E3SM_S3_gpp.nc", "ELM", "E3SM")]
    [InlineData("JULES-ES/S3/JULES_S3_gpp.nc", "JULES-ES", "JULES")]
    [InlineData("LPJml/S3/LPJmL_S3_gpp.nc", "LPJml", "LPJmL")]
    [InlineData("LPJwsl/S3/LPJ-EOSIM_S3_gpp.nc", "LPJwsl", "LPJ-EOSIM")]
    [InlineData("LPJwsl/S3/LPJ_S3_gpp.nc", "LPJwsl", "LPJ")]
    [InlineData("LPX/S3/LPX-Bern_S3_gpp.nc", "LPX", "LPX-Bern")]
    [InlineData("lpxqs/S3/LPX-Bern_S3_gpp.nc", "lpxqs", "LPX-Bern")]
    [InlineData("TEM/S3/GDSTEM_S3_gpp.nc", "TEM", "GDSTEM")]
    [InlineData("VISIT-UT/S3/visit-ut_S3_gpp.nc", "VISIT-UT", "visit-ut")]
    [InlineData("CABLEPOP/S3/CABLE-POP_S3_gpp.nc", "CABLEPOP", "CABLE-POP")]
    [InlineData("ISBACTRIP/S3/ISBA-CTRIP_S3_gpp.nc", "ISBACTRIP", "ISBA-CTRIP")]
    [InlineData("YIBS/S3/YIBs_S3_gpp.nc", "YIBS", "YIBs")]
    public void PrefixAlias_KnownPair_RecognisedWithoutWarning(string path, string model, string prefix)
    {
        var f = Id(path);
        Assert.Equal(model, f.Model);
        Assert.Equal(prefix, f.Prefix);
        Assert.Equal("S3", f.Simulation);
        Assert.Equal("gpp", f.Target!.TrendyName);
        Assert.True(f.HasRule(NameRuleIds.PrefixAlias));
        Assert.Empty(f.Diagnostics);
    }

    [Theory]
    [InlineData("LPJ-GUESS/S1/LPJ-GUESS_S1_cVeg.nc", "LPJ-GUESS")]
    [InlineData("ISBA-CTRIP/S1/ISBA-CTRIP_S1_cVeg.nc", "ISBA-CTRIP")]
    [InlineData("CLM/S1/CLM6.0_S1_cVeg.nc", "CLM6.0")]
    [InlineData("NEWMODEL/S1/my_model_v2_S1_cVeg.nc", "my_model_v2")]
    public void Prefix_WithDashDotOrUnderscore_KeptWhole(string path, string prefix)
    {
        var f = Id(path);
        Assert.Equal(prefix, f.Prefix);
        Assert.Equal("S1", f.Simulation);
        Assert.Equal("cVeg", f.VariableToken);
    }

    [Fact]
    public void PrefixOfAnotherModel_InFolder_Warns()
    {
        var f = Id("ORCHIDEE/S3/EDv3_S3_gpp.nc");
        var d = Assert.Single(f.Diagnostics, d => d.Code == IdentifyCodes.UnknownPrefix);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("ED", d.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownPrefix_InUnknownModel_Note()
    {
        var d = Assert.Single(Id("NEWMODEL/S3/NM_S3_gpp.nc").Diagnostics);
        Assert.Equal(IdentifyCodes.UnknownPrefix, d.Code);
        Assert.Equal(Severity.Note, d.Severity);
    }

    [Fact]
    public void ModelOverride_Given_ReplacesFolderNameAndNotes()
    {
        var f = Id("ORCHIDEE/S3/ORCHIDEE_S3_gpp.nc", new IdentifyOptions(Model: "ORCHIDEE-v4"));
        Assert.Equal("ORCHIDEE-v4", f.Model);
        Assert.Equal("ORCHIDEE", f.ModelDirectory);
        Assert.True(f.HasRule(NameRuleIds.Override));
        Assert.Contains(f.Diagnostics, d => d.Code == IdentifyCodes.Overridden);
    }

    [Fact]
    public void SimulationOverride_Given_WinsOverFileName()
    {
        var f = Id("ORCHIDEE/S3/ORCHIDEE_S3_gpp.nc", new IdentifyOptions(Simulation: "S2"));
        Assert.Equal("S2", f.Simulation);
        Assert.Contains(f.Diagnostics, d => d.Code == IdentifyCodes.Overridden);
    }

    [Fact]
    public void BareFileName_KnownPrefix_ModelFromFixes()
    {
        var f = Id("CLM6.0_S3_gpp.nc");
        Assert.Null(f.ModelDirectory);
        Assert.Equal("CLM", f.Model);
        Assert.Equal("S3", f.Simulation);
    }

    [Fact]
    public void BackslashPath_Accepted()
    {
        Assert.Equal("S3", Id(@"CLASSIC\S3\CLASSIC_S3_gpp.nc").Simulation);
    }
}
