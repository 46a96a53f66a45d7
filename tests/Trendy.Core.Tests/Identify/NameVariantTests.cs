using Trendy.Core.Identify;

namespace Trendy.Core.Tests.Identify;

public class NameVariantTests
{
    private static FileIdentity Id(string path) => FileIdentifierTests.Identifier.Identify(path);

    [Theory]
    [InlineData("SDGVM/S3/SDGVM_S3_gpp.nc.gz", ArchiveKind.Gzip)]
    [InlineData("iMAPLE/S3/iMAPLE_S3_gpp.nc.tar.gz", ArchiveKind.TarGzip)]
    [InlineData("VISIT/S3/VISIT_S3_gpp.nc.tar", ArchiveKind.Tar)]
    [InlineData("VISIT/S3/VISIT_S3_gpp.NC", ArchiveKind.None)]
    public void Archive_Suffix_NotPartOfVariable(string path, ArchiveKind kind)
    {
        var f = Id(path);
        Assert.Equal(kind, f.Archive);
        Assert.Equal("gpp", f.VariableToken);
        Assert.Equal(FileDisposition.Convert, f.Disposition);
        Assert.Equal(kind != ArchiveKind.None, f.HasRule(NameRuleIds.Archive));
    }

    [Fact]
    public void SdgvmAnnualSuffix_Stripped_FrequencyHint()
    {
        var f = Id("SDGVM/S0/SDGVM_S0_nbpAnnual.nc");
        Assert.Equal("nbp", f.Target!.TrendyName);
        Assert.Equal("Annual", f.FrequencyHint);
        Assert.True(f.HasRule(NameRuleIds.FrequencySuffix));
    }

    [Theory]
    [InlineData("YIBS/S0/YIBs_S0_Annual_cSoil.nc.tar.gz", "Annual")]
    [InlineData("YIBS/S0/YIBs_S0_Monthly_cSoil.nc.tar.gz", "Monthly")]
    public void YibsFrequencyPrefix_Stripped(string path, string frequency)
    {
        var f = Id(path);
        Assert.Equal("cSoil", f.Target!.TrendyName);
        Assert.Equal(frequency, f.FrequencyHint);
        Assert.Equal(ArchiveKind.TarGzip, f.Archive);
        Assert.Equal("YIBs", f.Prefix);
        Assert.True(f.HasRule(NameRuleIds.FrequencyPrefix));
    }

    [Fact]
    public void CardamomObs_Identified_SkippedSoItCannotOverwrite()
    {
        var f = Id("CARDAMOM/S3/CARDAMOM_S3_gpp_OBS.nc");
        Assert.Equal("gpp", f.Target!.TrendyName);
        Assert.Equal("OBS", f.Qualifier);
        Assert.Equal(FileDisposition.Skipped, f.Disposition);
        Assert.True(f.HasRule(NameRuleIds.ObsSuffix));
    }

    [Theory]
    [InlineData("CLASSIC/S3/CLASSIC_S3_mean_annual_gpp.nc")]
    [InlineData("CLASSIC/S3/mean_annual_CLASSIC_S3_gpp.nc")]
    public void MeanAnnual_Identified_Skipped(string path)
    {
        var f = Id(path);
        Assert.Equal("gpp", f.Target!.TrendyName);
        Assert.Equal("mean_annual", f.Qualifier);
        Assert.Equal(FileDisposition.Skipped, f.Disposition);
        Assert.True(f.HasRule(NameRuleIds.MeanAnnual));
    }

    [Fact]
    public void IsamUpperCaseLai_ModelAlias_MapsToLai()
    {
        var f = Id("ISAM/S3/ISAM_S3_LAI.nc");
        Assert.Equal("LAI", f.VariableToken);
        Assert.Equal("lai", f.Target!.VariableId);
        Assert.True(f.HasRule(NameRuleIds.ModelAlias));
    }

    [Fact]
    public void UpperCaseLai_ModelWithoutAlias_CaseFolded()
    {
        var f = Id("ORCHIDEE/S3/ORCHIDEE_S3_LAI.nc");
        Assert.Equal("lai", f.Target!.TrendyName);
        Assert.True(f.HasRule(NameRuleIds.CaseFolded));
    }

    [Fact]
    public void CardamomFFireCSoil_Alias_ToFFireCsoil()
    {
        var f = Id("CARDAMOM/S3/CARDAMOM_S3_fFireCSoil.nc");
        Assert.Equal("fFireCsoil", f.Target!.TrendyName);
        Assert.Equal(FileDisposition.Convert, f.Disposition);
    }

    [Theory]
    [InlineData("CARDAMOM/S3/CARDAMOM_S3_tas_max.nc", "tasmax")]
    [InlineData("CARDAMOM/S3/CARDAMOM_S3_tas_min.nc", "tasmin")]
    public void CardamomTasMaxMin_Alias_ToCmipName(string path, string expected)
    {
        Assert.Equal(expected, Id(path).Target!.VariableId);
    }

    [Fact]
    public void ClmPerPftSplit_Parsed_IndexAndArchiveTarget()
    {
        var f = Id("CLM/S3/CLM6.0_S3_gpppft_PFT05.nc");
        Assert.Equal(5, f.PftIndex);
        Assert.Equal("gpppft", f.Target!.VariableId);
        Assert.True(f.Target.IsArchiveProduct);
        Assert.True(f.HasRule(NameRuleIds.PftSplit));
    }

    [Theory]
    [InlineData("CLASSIC/FS4/CLASSIC_FS4_gpp.nc", "FS4", null)]
    [InlineData("CLASSIC/correctedS2/CLASSIC_S2_gpp.nc", "S2", "corrected")]
    [InlineData("CLASSIC/S0_revisedNov3/CLASSIC_S0_gpp.nc", "S0", "revisedNov3")]
    public void OddSimulationFolder_Parsed_RevisionKeptApart(string path, string sim, string? revision)
    {
        var f = Id(path);
        Assert.Equal(sim, f.Simulation);
        Assert.Equal(sim, f.FolderSimulation);
        Assert.Equal(revision, f.Revision);
        Assert.Empty(f.Diagnostics);
    }

    [Theory]
    [InlineData("ORCHIDEE/S3/ORCHIDEE_S0_zonalNBP.txt", "text file")]
    [InlineData("CLM/README", "README")]
    [InlineData("CLM/README.txt", "README")]
    [InlineData("CLM/S3/checksums.md5", "checksum")]
    [InlineData("SDGVM/S3/grid.dat", ".dat")]
    public void NonNetCdf_File_IgnoredWithReason(string path, string reasonPart)
    {
        var f = Id(path);
        Assert.Equal(FileDisposition.Ignored, f.Disposition);
        Assert.Contains(reasonPart, f.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ORCHIDEE/zonal_nbp/ORCHIDEE_S3_zonal.nc")]
    [InlineData("JSBACH/ZonalNBP/JSBACH_S3_nbp.nc")]
    [InlineData("LPJ-GUESS/climate/LPJ-GUESS_S3_tas.nc")]
    public void NonDataFolder_NetCdf_Ignored(string path)
    {
        var f = Id(path);
        Assert.Equal(FileDisposition.Ignored, f.Disposition);
        Assert.NotNull(f.NonSimulationFolder);
    }

    [Theory]
    [InlineData("LPX/update/LPX-Bern_S3_gpp.nc", "update")]
    [InlineData("VISIT/revised_nbppft/VISIT_S3_nbppft.nc", "revised_nbppft")]
    public void UpdateFolder_NetCdf_IdentifiedByNameWithNote(string path, string folder)
    {
        var f = Id(path);
        Assert.Equal(FileDisposition.Convert, f.Disposition);
        Assert.Equal("S3", f.Simulation);
        Assert.Equal(folder, f.NonSimulationFolder);
        Assert.Contains(f.Diagnostics, d => d.Code == IdentifyCodes.NonSimulationFolder);
        Assert.DoesNotContain(f.Diagnostics, d => d.Code == IdentifyCodes.SimulationMismatch);
    }
}
