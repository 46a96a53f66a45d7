using Trendy.Core.Cf.Metadata;
using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using static Trendy.Core.Tests.Planning.HeaderBuilder;

namespace Trendy.Core.Tests.Planning;

/// <summary>Per-PFT fields of grid-cell variables (docs/quirks.md, "Per-PFT fields"), planned from hand-built headers.</summary>
public sealed class PftConventionTests
{
    private static HeaderBuilder Lai(params AttributeValue[] attributes) => new HeaderBuilder()
        .Coord("time", [15, 45], T("units", "days since 2000-01-01"), T("calendar", "noleap"))
        .Coord("lat", [0], T("units", "degrees_north")).Coord("lon", [0], T("units", "degrees_east")).Dim("pft", 3)
        .Var("lai", NcType.Float, ["time", "pft", "lat", "lon"], null, [T("units", "1"), .. attributes]);

    [Theory]
    [InlineData("area: mean where land pft: sum", "pft", "sum")]
    [InlineData("pft: mean", "pft", "mean")]
    [InlineData("lat: lon: mean pft: sum", "lat", "mean")]
    [InlineData("area: mean", "pft", null)]
    [InlineData(null, "pft", null)]
    public void MethodFor_NamedDimension(string? cellMethods, string dimension, string? expected) =>
        Assert.Equal(expected, CellMethods.MethodFor(cellMethods, dimension));

    [Fact]
    public void CellMethodsSum_PerPftArchivedAndGridcellSummed()
    {
        var plan = Plans.Ok(Lai(T("cell_methods", "pft: sum")).Build(), "CLASSIC/S3/CLASSIC_S3_lai.nc");

        Assert.True(plan.Output.IsPftProduct);
        Assert.False(plan.Level!.Reduce);
        var cell = plan.Gridcell!;
        Assert.True(cell.Level!.Reduce);
        Assert.Equal(Trendy.Core.Fixes.ReductionMethod.Sum, cell.Level.Method);
        Assert.False(cell.Output.IsPftProduct);
        Assert.StartsWith(Path.Combine("S3", "CLASSIC") + Path.DirectorySeparatorChar, cell.Output.RelativePath);
        Assert.Contains("level:gridcell-sum-over-pft", cell.Rules);
        Assert.DoesNotContain("level:gridcell-sum-over-pft", plan.Rules);
    }

    [Fact]
    public void NoConvention_NoGridcellPlan_NoteNamesReductionsEntry()
    {
        var result = Plans.Plan(Lai().Build(), "CLASSIC/S3/CLASSIC_S3_lai.nc");

        Assert.Null(result.Plan!.Gridcell);
        var note = Assert.Single(result.Diagnostics, d => d.Code == GridCodes.PftConventionUnknown);
        Assert.Contains("reductions entry", note.Remedy, StringComparison.Ordinal);
    }

    [Fact]
    public void ArchiveTarget_GppPft_NeverReduced()
    {
        var h = new HeaderBuilder()
            .Coord("time", [15, 45], T("units", "days since 2000-01-01"), T("calendar", "noleap"))
            .Coord("lat", [0], T("units", "degrees_north")).Coord("lon", [0], T("units", "degrees_east")).Dim("pft", 3)
            .Var("gpppft", NcType.Float, ["time", "pft", "lat", "lon"], null, T("units", "kg m-2 s-1"), T("cell_methods", "pft: sum")).Build();

        var result = Plans.Plan(h, "CLASSIC/S3/CLASSIC_S3_gpppft.nc");

        Assert.Null(result.Plan!.Gridcell);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == GridCodes.PftConventionUnknown);
    }
}
