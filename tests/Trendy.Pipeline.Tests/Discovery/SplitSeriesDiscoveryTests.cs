using Trendy.Core.Batch;
using Trendy.Core.Identify;
using Trendy.Pipeline.Tests.Conversion;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Discovery;

/// <summary>
/// Parts of a split series in a release: each converted to its own output named by its own period (ILAMB concatenates
/// them), a gap reported as a note, an overlapping part refused as SERIES_OVERLAP (issue 7).
/// </summary>
public sealed class SplitSeriesDiscoveryTests
{
    private static void Part(string root, string name, int firstYear, int years)
    {
        var path = Path.Combine(root, "CLASSIC", "S3", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        new SourceFile { Time = SourceFile.NoleapMonthMids(firstYear, years * 12), TimeUnits = $"days since {firstYear}-01-01" }.WriteTo(path);
    }

    [Theory]
    [InlineData("CLASSIC_S3_gpp_2000-2001.nc", "CLASSIC_S3_gpp_2002-2003.nc")]
    [InlineData("CLASSIC_S3_gpp_200001-200112.nc", "CLASSIC_S3_gpp_200201-200312.nc")]
    public void Convert_TwoContiguousParts_TwoOutputsEachWithItsPeriod(string first, string second)
    {
        using var dir = new TempDir();
        var root = dir.File("release");
        Part(root, first, 2000, 2);
        Part(root, second, 2002, 2);

        var found = Harness.Scan(root);
        var outcomes = found.Work.Select(w => Harness.RunItem(dir, w.File.Path, w.File.RelativePath)).ToList();

        Assert.Empty(found.Skipped);
        Assert.Empty(found.Problems);
        Assert.All(outcomes, o => Assert.True(o.Status == WorkStatus.Converted, $"{o.ReasonCode}: {o.Message}"));
        Assert.Equal(["gpp_Lmon_CLASSIC_S3_r1i1p1f1_gn_200001-200112.nc", "gpp_Lmon_CLASSIC_S3_r1i1p1f1_gn_200201-200312.nc"],
            outcomes.Select(o => Path.GetFileName(o.OutputPath!)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Scan_Gap_BothPartsAreWorkAndTheGapIsNoted()
    {
        using var dir = new TempDir();
        var root = dir.File("release");
        Part(root, "CLASSIC_S3_gpp_2000-2001.nc", 2000, 2);
        Part(root, "CLASSIC_S3_gpp_2004-2005.nc", 2004, 2);

        var found = Harness.Scan(root);

        Assert.Equal(2, found.Work.Count);
        Assert.Contains("nothing for 2002-01 to 2003-12", Assert.Single(found.Problems));
    }

    [Fact]
    public void Scan_Overlap_LaterPartRefusedAsSeriesOverlap()
    {
        using var dir = new TempDir();
        var root = dir.File("release");
        Part(root, "CLASSIC_S3_gpp_2000-2002.nc", 2000, 3);
        Part(root, "CLASSIC_S3_gpp_2002-2003.nc", 2002, 2);

        var found = Harness.Scan(root);

        Assert.Equal("CLASSIC/S3/CLASSIC_S3_gpp_2000-2002.nc", Assert.Single(found.Work).File.RelativePath);
        var refused = Assert.Single(found.Skipped);
        Assert.Equal((SplitSeries.OverlapCode, "CLASSIC/S3/CLASSIC_S3_gpp_2002-2003.nc"), (refused.Code, refused.File.RelativePath));
    }

    [Fact]
    public void Scan_WholeFileBesideParts_WholeWinsPartsSuperseded()
    {
        using var dir = new TempDir();
        var root = dir.File("release");
        Part(root, "CLASSIC_S3_gpp.nc", 2000, 4);
        Part(root, "CLASSIC_S3_gpp_2000-2001.nc", 2000, 2);

        var found = Harness.Scan(root);

        Assert.Equal("CLASSIC/S3/CLASSIC_S3_gpp.nc", Assert.Single(found.Work).File.RelativePath);
        Assert.Equal("SUPERSEDED", Assert.Single(found.Skipped).Code);
    }
}
