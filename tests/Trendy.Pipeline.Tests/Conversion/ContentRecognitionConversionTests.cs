using Trendy.Core.Batch;
using Trendy.Core.Identify;
using Trendy.Native.Netcdf;
using Trendy.Pipeline.Tests.Discovery;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Conversion;

/// <summary>
/// NetCDF inputs named `.nc4`, `.cdf`, `.h5`, without a suffix or gzipped are converted, in file mode (the runner
/// `convert FILE` uses) and in a release (discovery); a text file named `.nc` is still refused (issue 7).
/// </summary>
public sealed class ContentRecognitionConversionTests
{
    private static string Place(TempDir dir, string relative)
    {
        var path = Path.Combine(dir.Path, "in", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    [Theory]
    [InlineData("DLEM_S3_gpp.nc4", NcCreateFormat.NetCdf4)]
    [InlineData("DLEM_S3_gpp.cdf", NcCreateFormat.Classic)]
    [InlineData("DLEM_S3_gpp.nc3", NcCreateFormat.Offset64Bit)]
    [InlineData("DLEM_S3_gpp.netcdf", NcCreateFormat.Cdf5)]
    [InlineData("DLEM_S3_gpp.h5", NcCreateFormat.NetCdf4)]
    [InlineData("DLEM_S3_gpp", NcCreateFormat.NetCdf4Classic)]
    public void ConvertFile_NetcdfUnderAnotherSuffix_Converted(string name, NcCreateFormat format)
    {
        using var dir = new TempDir();
        var relative = "DLEM/S3/" + name;
        var input = new SourceFile { Format = format }.WriteTo(Place(dir, relative));

        var outcome = Harness.RunItem(dir, input, relative);

        Assert.True(outcome.Status == WorkStatus.Converted, $"{outcome.Status} {outcome.ReasonCode}: {outcome.Message}");
        Assert.EndsWith("gpp_Lmon_DLEM_S3_r1i1p1f1_gn_200001-200012.nc", outcome.OutputPath);
    }

    [Theory]
    [InlineData("DLEM_S3_gpp.nc4.gz")]
    [InlineData("DLEM_S3_gpp.gz")]
    public void ConvertFile_GzippedNetcdfUnderAnotherSuffix_Converted(string name)
    {
        using var dir = new TempDir();
        var relative = "DLEM/S3/" + name;
        var plain = new SourceFile().WriteTo(dir.File("plain.nc4"));
        var input = ContentSnifferTests.Gzip(plain, Place(dir, relative));

        var outcome = Harness.RunItem(dir, input, relative);

        Assert.True(outcome.Status == WorkStatus.Converted, $"{outcome.Status} {outcome.ReasonCode}: {outcome.Message}");
        Assert.Empty(Directory.GetFiles(dir.File("tmp")));
    }

    [Fact]
    public void ConvertFile_TextNamedNc_StillRefusedAsUnreadable()
    {
        using var dir = new TempDir();
        const string relative = "DLEM/S3/DLEM_S3_gpp.nc";
        var input = BrokenFiles.Text(Place(dir, relative));

        var outcome = Harness.RunItem(dir, input, relative);

        Assert.Equal((WorkStatus.Failed, "INPUT_UNREADABLE"), (outcome.Status, outcome.ReasonCode));
        Assert.Contains("DLEM_S3_gpp.nc", outcome.Message);
    }

    [Fact]
    public void ConvertFile_TextNamedNc4_IgnoredWithReason()
    {
        using var dir = new TempDir();
        const string relative = "DLEM/S3/DLEM_S3_gpp.nc4";
        var input = BrokenFiles.Text(Place(dir, relative));

        var outcome = Harness.RunItem(dir, input, relative);

        Assert.Equal(WorkStatus.Skipped, outcome.Status);
        Assert.Contains("not a NetCDF file (.nc4)", outcome.Message);
    }

    [Fact]
    public void Scan_ReleaseWithOddSuffixes_EveryNetcdfIsWorkTextIsSkipped()
    {
        using var dir = new TempDir();
        var root = dir.File("release");
        string At(string relative)
        {
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return path;
        }

        new SourceFile { Format = NcCreateFormat.NetCdf4 }.WriteTo(At("DLEM/S3/DLEM_S3_gpp.nc4"));
        new SourceFile { Format = NcCreateFormat.Classic }.WriteTo(At("DLEM/S3/DLEM_S3_nbp.cdf"));
        new SourceFile { Format = NcCreateFormat.NetCdf4 }.WriteTo(At("DLEM/S3/DLEM_S3_ra"));
        ContentSnifferTests.Gzip(new SourceFile().WriteTo(dir.File("rh.nc4")), At("DLEM/S3/DLEM_S3_rh.nc4.gz"));
        BrokenFiles.Text(At("DLEM/S3/DLEM_S3_lai.nc4"));

        var found = Harness.Scan(root);

        Assert.Equal(["DLEM/S3/DLEM_S3_gpp.nc4", "DLEM/S3/DLEM_S3_nbp.cdf", "DLEM/S3/DLEM_S3_ra", "DLEM/S3/DLEM_S3_rh.nc4.gz"],
            found.Work.Select(w => w.File.RelativePath).Order(StringComparer.Ordinal));
        Assert.Equal(ArchiveKind.Gzip, found.Work.Single(w => w.File.RelativePath.EndsWith(".gz", StringComparison.Ordinal)).File.Identity.Archive);
        var text = Assert.Single(found.Skipped);
        Assert.Equal(("DLEM/S3/DLEM_S3_lai.nc4", "IGNORED"), (text.File.RelativePath, text.Code));
    }
}
