using Trendy.Core.Batch;
using Trendy.Core.Planning;
using Trendy.Pipeline.Discovery;
using Trendy.Core.Fixes;
using Trendy.Core.Targets;
using Trendy.Core.Inventory;
using Trendy.Native.Udunits;
using Trendy.Pipeline.Conversion;
using Trendy.Pipeline.Verification;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Conversion;

/// <summary>
/// Per-PFT fields of grid-cell variables (docs/quirks.md, "Per-PFT fields"): the per-PFT product stays under pft/,
/// and the grid-cell value is written where ILAMB reads it when the convention is known (sum or cover-weighted mean).
/// </summary>
public sealed class PftGridcellConversionTests
{
    private const string Lai = "CLASSIC/S3/CLASSIC_S3_lai.nc";
    private const double Fill = -9999;

    /// <summary>lai of PFT z is z + 1 everywhere, except the ocean cell (y 1, x 2), which is missing for every PFT.</summary>
    private static SourceFile PerPft(string? cellMethods) => new()
    {
        Variable = "lai",
        Units = "1",
        Level = ("pft", 3),
        Order = ["t", "pft", "y", "x"],
        Value = (_, z, y, x) => y == 1 && x == 2 ? Fill : z + 1,
        DataAttributes = v =>
        {
            v.Attr("_FillValue", NcType.Float, Fill);
            if (cellMethods is not null) v.Attr("cell_methods", cellMethods);
        },
    };

    private static string GridcellPath(TempDir dir) => Directory.GetFiles(Path.Combine(Harness.OutRoot(dir), "S3", "CLASSIC"), "lai_*.nc").Single();

    private static string PftPath(TempDir dir) => Directory.GetFiles(Path.Combine(Harness.OutRoot(dir), "pft", "S3", "CLASSIC"), "lai_*.nc").Single();

    [Fact]
    public void CellMethodsPftSum_GridcellSumAndPerPftProductBothWritten()
    {
        using var dir = new TempDir();

        var outcome = Harness.Converted(dir, PerPft("area: mean where land pft: sum"), Lai);

        var cell = Harness.Read(GridcellPath(dir), "lai");
        Assert.Equal(["time", "lat", "lon"], cell.Var.Dimensions);
        Assert.Equal(1 + 2 + 3, cell.At(0, 0, 0), 5);
        Assert.Equal(6, cell.At(11, 1, 1), 5);
        Assert.True(cell.At(0, 1, 2) > 1e19, "the ocean cell stays missing");
        var pft = Harness.Read(PftPath(dir), "lai");
        Assert.Equal(3, pft.At(0, 2, 0, 0), 5);
        Assert.Contains("level:gridcell-sum-over-pft", cell.Global("conversion_rules")!, StringComparison.Ordinal);
        Assert.Contains("level:gridcell-sum-over-pft", outcome.Rules);
        Assert.Empty(ContractChecker.CheckCf(GridcellPath(dir)));
    }

    [Fact]
    public void NoConvention_OnlyPerPftProduct_NoteNamesTheFix()
    {
        using var dir = new TempDir();

        var outcome = Harness.Converted(dir, PerPft(null), Lai);

        Assert.False(Directory.Exists(Path.Combine(Harness.OutRoot(dir), "S3")));
        Assert.Single(Directory.GetFiles(Path.Combine(Harness.OutRoot(dir), "pft", "S3", "CLASSIC")));
        var note = Assert.Single(outcome.Diagnostics, d => d.Contains("GRID012", StringComparison.Ordinal));
        Assert.Contains("\"axis\": \"pft\"", note, StringComparison.Ordinal);
        Assert.Contains("CLASSIC", note, StringComparison.Ordinal);
    }

    [Fact]
    public void FixesTableSum_FiresAndIsRecorded()
    {
        using var dir = new TempDir();
        var fixes = FixTable.LoadEmbedded().Merge(FixTable.Parse("""
            { "models": { "CLASSIC": { "seen": "test", "reductions": [ { "variable": "lai", "axis": "pft", "method": "sum", "seen": "test: lai per PFT per grid-cell area" } ] } } }
            """, "test.json"));
        var service = new ConversionService(TargetCatalog.LoadEmbedded(), fixes, new UdunitsConverter());
        var input = Path.Combine(dir.Path, "in", Lai);
        Directory.CreateDirectory(Path.GetDirectoryName(input)!);
        PerPft(null).WriteTo(input);

        var identity = service.Identify(Lai, null, ContentSniffer.Sniff(input));
        var settings = new ConversionSettings(Harness.OutRoot(dir), new ConvertOptions(), StagingFolder: "", CommandLine: "");
        var outcome = service.Convert(new FileConversion(new WorkItem("i", input, "m", "s", "v", 1), identity, settings, []), null, CancellationToken.None);

        Assert.Equal(WorkStatus.Converted, outcome.Status);
        Assert.Equal(6, Harness.Read(GridcellPath(dir), "lai").At(3, 0, 1), 5);
        Assert.Contains(outcome.Fixes, f => f.Contains("sum over PFTs (test: lai per PFT per grid-cell area)", StringComparison.Ordinal));
    }

    [Fact]
    public void CoverWeightedMean_FractionsShortOfOneAndAboveOne_HandComputed()
    {
        using var dir = new TempDir();
        var folder = Path.Combine(dir.Path, "in", "CLASSIC", "S3");
        Directory.CreateDirectory(folder);
        // Annual cover in % for the 12 monthly steps, (pft, lat, lon): cell (0,0) 20+30+10 = 60 % (bare soil 40 %),
        // cell (0,1) 60+30+20 = 110 % (renormalised), cell (1,2) ocean (missing), all others 50+25+25.
        double Cover(int p, int y, int x) => (y, x) switch
        {
            (0, 0) => new[] { 20.0, 30, 10 }[p],
            (0, 1) => new[] { 60.0, 30, 20 }[p],
            (1, 2) => Fill,
            _ => new[] { 50.0, 25, 25 }[p],
        };
        MessyNetcdf.Create().Dimension("time", 1).Dimension("pft", 3).Dimension("lat", 2).Dimension("lon", 3)
            .Variable("time", NcType.Double, "time").Values(182.5).Attr("units", "days since 2000-01-01").Attr("calendar", "noleap").And()
            .Variable("lat", NcType.Double, "lat").Values(-45, 45).Attr("units", "degrees_north").And()
            .Variable("lon", NcType.Double, "lon").Values(-120, 0, 120).Attr("units", "degrees_east").And()
            .Variable("landCoverFrac", NcType.Float, "time", "pft", "lat", "lon")
            .Values([.. from p in Enumerable.Range(0, 3) from y in Enumerable.Range(0, 2) from x in Enumerable.Range(0, 3) select Cover(p, y, x)])
            .Attr("units", "%").Attr("_FillValue", NcType.Float, Fill).And()
            .WriteTo(Path.Combine(folder, "CLASSIC_S3_landCoverFrac.nc"));

        var outcome = Harness.Converted(dir, PerPft("area: mean where land pft: mean"), Lai);

        var cell = Harness.Read(GridcellPath(dir), "lai");
        Assert.Equal((1 * 0.2) + (2 * 0.3) + (3 * 0.1), cell.At(0, 0, 0), 5);
        Assert.Equal(((1 * 0.6) + (2 * 0.3) + (3 * 0.2)) / 1.1, cell.At(5, 0, 1), 5);
        Assert.Equal((1 * 0.5) + (2 * 0.25) + (3 * 0.25), cell.At(11, 1, 0), 5);
        Assert.True(cell.At(0, 1, 2) > 1e19, "the ocean cell stays missing");
        Assert.Contains("level:cover-from-landCoverFrac-annual", outcome.Rules);
        Assert.Single(Directory.GetFiles(Path.Combine(Harness.OutRoot(dir), "pft", "S3", "CLASSIC")));
        Assert.Empty(ContractChecker.CheckCf(GridcellPath(dir)));
    }

    [Fact]
    public void CoverWeightedMean_NoCoverFile_WarningAndPerPftOnly()
    {
        using var dir = new TempDir();

        var outcome = Harness.Converted(dir, PerPft("pft: mean"), Lai);

        Assert.Contains(outcome.Diagnostics, d => d.Contains("GRID013", StringComparison.Ordinal) && d.Contains("no landCoverFrac file", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(Harness.OutRoot(dir), "S3")));
    }
}
