using Trendy.Core.Identify;

namespace Trendy.Core.Tests.Identify;

/// <summary>NetCDF recognised by its sniffed content whatever the suffix (issue 7); the name still says what it is.</summary>
public sealed class ContentRecognitionTests
{
    private static FileIdentity Id(string path, FileContent? content) => FileIdentifierTests.Identifier.Identify(path, null, content);

    [Theory]
    [InlineData("DLEM/S3/DLEM_S3_gpp.nc4", ContentKind.Hdf5)]
    [InlineData("DLEM/S3/DLEM_S3_gpp.cdf", ContentKind.NetCdf3Classic)]
    [InlineData("DLEM/S3/DLEM_S3_gpp.nc3", ContentKind.NetCdf3Offset64)]
    [InlineData("DLEM/S3/DLEM_S3_gpp.netcdf", ContentKind.NetCdf5)]
    [InlineData("DLEM/S3/DLEM_S3_gpp.h5", ContentKind.Hdf5)]
    [InlineData("DLEM/S3/DLEM_S3_gpp", ContentKind.Hdf5)]
    [InlineData("CLM6.0/S3/CLM6.0_S3_gpp", ContentKind.NetCdf3Classic)]
    public void NetcdfContent_AnySuffix_ConvertedWithContentRule(string path, ContentKind kind)
    {
        var f = Id(path, new FileContent(kind));

        Assert.Equal(FileDisposition.Convert, f.Disposition);
        Assert.Equal("gpp", f.Target!.VariableId);
        Assert.Equal("S3", f.Simulation);
        Assert.Equal(ArchiveKind.None, f.Archive);
        Assert.True(f.HasRule(NameRuleIds.Content));
    }

    [Theory]
    [InlineData("DLEM/S3/DLEM_S3_gpp.nc4.gz", ArchiveKind.Gzip)]
    [InlineData("DLEM/S3/DLEM_S3_gpp.gz", ArchiveKind.Gzip)]
    [InlineData("DLEM/S3/DLEM_S3_gpp.cdf.tar.gz", ArchiveKind.TarGzip)]
    [InlineData("DLEM/S3/DLEM_S3_gpp.tgz", ArchiveKind.TarGzip)]
    [InlineData("DLEM/S3/DLEM_S3_gpp.tar", ArchiveKind.Tar)]
    [InlineData("DLEM/S3/DLEM_S3_gpp.nc", ArchiveKind.Gzip)]
    public void WrappedNetcdfContent_UnpackedAndIdentified(string path, ArchiveKind wrapper)
    {
        var f = Id(path, new FileContent(ContentKind.Hdf5, wrapper));

        Assert.Equal(FileDisposition.Convert, f.Disposition);
        Assert.Equal("gpp", f.Target!.VariableId);
        Assert.Equal(wrapper, f.Archive);
    }

    [Theory]
    [InlineData("DLEM/S3/DLEM_S3_gpp.nc4", "not a NetCDF file (.nc4)")]
    [InlineData("DLEM/S3/DLEM_S3_gpp", "file without extension, not NetCDF")]
    public void OtherContentOrNotRead_NonNetcdfSuffix_StillIgnoredWithReason(string path, string reason)
    {
        Assert.Equal((FileDisposition.Ignored, reason), (Id(path, new FileContent(ContentKind.Other)).Disposition, Id(path, new FileContent(ContentKind.Other)).Reason));
        Assert.Equal(FileDisposition.Ignored, Id(path, null).Disposition);
    }

    [Fact]
    public void TextNamedNc_StillAConversionCandidateThatInspectionRefuses()
    {
        var f = Id("DLEM/S3/DLEM_S3_gpp.nc", new FileContent(ContentKind.Other));

        Assert.Equal(FileDisposition.Convert, f.Disposition);
        Assert.False(f.HasRule(NameRuleIds.Content));
    }
}
