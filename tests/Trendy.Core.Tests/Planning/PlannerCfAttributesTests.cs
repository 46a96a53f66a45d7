using Trendy.Core.Inventory;
using static Trendy.Core.Tests.Planning.HeaderBuilder;

namespace Trendy.Core.Tests.Planning;

/// <summary>The CF attributes the plan gives an output (CF 1.8 §2.6.2, §2.6.3, §7.2, §7.3.3).</summary>
public sealed class PlannerCfAttributesTests
{
    private static string? Attr(IReadOnlyList<KeyValuePair<string, string>> list, string key) =>
        list.Where(p => p.Key == key).Select(p => p.Value).SingleOrDefault();

    private static DatasetHeader Gpppft(params AttributeValue[] pftAttributes) => new HeaderBuilder()
        .Coord("time", [15, 45], T("units", "days since 2000-01-01"), T("calendar", "noleap"))
        .Coord("lat", [0], T("units", "degrees_north")).Coord("lon", [0], T("units", "degrees_east"))
        .Dim("pft", 3).Var("pft", NcType.Int, ["pft"], [1, 2, 3], pftAttributes)
        .Var("gpppft", NcType.Float, ["time", "pft", "lat", "lon"], null, T("units", "kg m-2 s-1"))
        .Global(T("institution", "NCAR"))
        .Build();

    [Fact]
    public void Plan_DataOutput_ExternalAreacellaAndRecommendedGlobals()
    {
        var plan = Plans.Ok(HeaderBuilder.Monthly().Build(), "CLASSIC/S3/CLASSIC_S3_gpp.nc");

        Assert.Equal("area: areacella", Attr(plan.Output.VariableAttributes, "cell_measures"));
        Assert.Equal("area: mean where land time: mean", Attr(plan.Output.VariableAttributes, "cell_methods"));
        Assert.Equal("areacella", Attr(plan.Output.GlobalAttributes, "external_variables"));
        foreach (var key in new[] { "institution", "source", "references", "comment" }) Assert.False(string.IsNullOrWhiteSpace(Attr(plan.Output.GlobalAttributes, key)), key);
        Assert.StartsWith("CLASSIC", Attr(plan.Output.GlobalAttributes, "source"), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Gpppft_WhereSectorDroppedAndRecorded()
    {
        var plan = Plans.Ok(Gpppft(), "CLM5.0/S3/CLM5.0_S3_gpppft.nc");

        Assert.Equal("area: time: mean", Attr(plan.Output.VariableAttributes, "cell_methods"));
        Assert.Contains("cf:cell-methods-dropped-where-sector", plan.Rules);
        Assert.Equal("NCAR", Attr(plan.Output.GlobalAttributes, "institution"));
        Assert.Null(Attr(plan.Output.VariableAttributes, "coordinates"));
    }

    [Fact]
    public void Plan_GpppftWithNamedPfts_NamesCarriedAsCoordinate()
    {
        var plan = Plans.Ok(Gpppft(T("long_name", "PFT: 1 needleleaf, 2 broadleaf, 3 grass")), "CLM5.0/S3/CLM5.0_S3_gpppft.nc");

        Assert.Equal(["needleleaf", "broadleaf", "grass"], plan.Level!.Names);
        Assert.Equal("pft_name", Attr(plan.Output.VariableAttributes, "coordinates"));
    }
}
