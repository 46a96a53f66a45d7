using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using static Trendy.Core.Tests.Planning.HeaderBuilder;

namespace Trendy.Core.Tests.Planning;

/// <summary>
/// Every way a file gives its soil layers ends as the same <c>depth</c> axis in metres with bounds
/// (docs/quirks.md, "Soil layer depths"): three layers 0–0.1, 0.1–0.3, 0.3–0.6 m.
/// </summary>
public sealed class SoilDepthEncodingTests
{
    private static readonly double[] Centres = [0.05, 0.2, 0.45];
    private static readonly double[] Bounds = [0, 0.1, 0.1, 0.3, 0.3, 0.6];

    private static HeaderBuilder Tsl(string dim, Action<HeaderBuilder> layers, params AttributeValue[] dataAttributes)
    {
        var b = new HeaderBuilder()
            .Coord("time", [15, 45], T("units", "days since 2000-01-01"), T("calendar", "noleap"))
            .Coord("lat", [0], T("units", "degrees_north")).Coord("lon", [0], T("units", "degrees_east"));
        layers(b);
        if (b.Build().Dimension(dim) is null) b.Dim(dim, 3);
        return b.Var("tsl", NcType.Float, ["time", dim, "lat", "lon"], null, [T("units", "K"), .. dataAttributes]);
    }

    private static ConversionPlan Plan(HeaderBuilder b) => Plans.Ok(b.Build(), "CLASSIC/S3/CLASSIC_S3_tsl.nc");

    private static void AssertLayers(ConversionPlan plan, double[]? centres = null)
    {
        Assert.Equal(centres ?? Centres, plan.Level!.Depth!, (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal(Bounds, plan.Level.DepthBounds!, (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.False(plan.Level.Reduce);
    }

    [Fact]
    public void CoordinateInCentimetresWithBounds_Metres()
    {
        var plan = Plan(Tsl("depth", b => b
            .Coord("depth", [5, 20, 45], T("units", "cm"), T("bounds", "depth_bnds")).Dim("nb", 2)
            .Var("depth_bnds", NcType.Double, ["depth", "nb"], [0, 10, 10, 30, 30, 60])));

        AssertLayers(plan);
        Assert.Contains("level:depth-from-coordinate-depth-as-nodes-with-bounds", plan.Rules);
    }

    [Fact]
    public void CoordinateInMillimetresWithInterfaceVariable_NodesKeptInsideInterfaces()
    {
        var plan = Plan(Tsl("levgrnd", b => b
            .Coord("levgrnd", [50, 200, 450], T("units", "mm")).Dim("nlevp1", 4)
            .Var("zisoi", NcType.Double, ["nlevp1"], [0, 0.1, 0.3, 0.6], T("units", "m"))));

        AssertLayers(plan);
        Assert.Contains(plan.Rules, r => r.StartsWith("level:depth-from-coordinate-levgrnd-as-nodes-with-interfaces", StringComparison.Ordinal));
    }

    [Fact]
    public void ThicknessVariable_RunningSumFromSurface()
    {
        var plan = Plan(Tsl("stlayer", b => b.Dim("stlayer", 3).Var("dz", NcType.Double, ["stlayer"], [0.1, 0.2, 0.3], T("units", "m"))));

        AssertLayers(plan);
        Assert.Contains("level:depth-from-variable-dz-as-thicknesses", plan.Rules);
    }

    [Fact]
    public void ThicknessAttributeInCentimetres_OnDataVariable()
    {
        var plan = Plan(Tsl("stlayer", _ => { }, N("layer_thickness_cm", 10, 20, 30)));

        AssertLayers(plan);
    }

    [Fact]
    public void InterfacesAsTextInGlobalAttribute_UnitFromText()
    {
        var plan = Plan(Tsl("stlayer", b => b.Global(T("soil_layer_interfaces", "0, 10, 30, 60 cm"))));

        AssertLayers(plan);
        Assert.Contains("level:depth-from-global-attribute-soil_layer_interfaces-as-interfaces", plan.Rules);
    }

    [Fact]
    public void NodeVariableWithInterfaceVariable_ClmZsoiZisoi()
    {
        var plan = Plan(Tsl("nlevsoi", b => b.Dim("nlevsoi", 3).Dim("nlevsoip1", 4)
            .Var("zsoi", NcType.Float, ["nlevsoi"], [0.05, 0.2, 0.45], T("units", "m"))
            .Var("zisoi", NcType.Float, ["nlevsoip1"], [0, 0.1, 0.3, 0.6], T("units", "m"))));

        AssertLayers(plan);
    }

    [Fact]
    public void NodesWithoutInterfaces_AssumptionStatedAsNote()
    {
        var result = Plans.Plan(Tsl("levgrnd", b => b.Dim("levgrnd", 3)
            .Var("layer_depth", NcType.Double, ["levgrnd"], [5, 15, 45], T("units", "cm"))).Build(), "CLASSIC/S3/CLASSIC_S3_tsl.nc");

        AssertLayers(result.Plan!, [0.05, 0.15, 0.45]);
        var note = Assert.Single(result.Diagnostics, d => d.Code == "GRID011");
        Assert.Contains("halfway between node depths", note.ToString(), StringComparison.Ordinal);
        Assert.Contains("level:depth-from-variable-layer_depth-as-nodes-without-interfaces", result.Plan!.Rules);
    }

    [Fact]
    public void LayerIndexVariableWithoutUnits_NotADepth_Grid010()
    {
        var result = Plans.Plan(Tsl("stlayer", b => b.Dim("stlayer", 3).Var("layer", NcType.Int, ["stlayer"], [1, 2, 3])).Build(), "CLASSIC/S3/CLASSIC_S3_tsl.nc");

        Assert.Contains("GRID010", Plans.ErrorCodes(result));
    }

    [Fact]
    public void DecreasingInterfaces_NotAccepted_Grid010()
    {
        var result = Plans.Plan(Tsl("stlayer", _ => { }, N("layer_interfaces_m", 0.6, 0.3, 0.1, 0)).Build(), "CLASSIC/S3/CLASSIC_S3_tsl.nc");

        Assert.Contains("GRID010", Plans.ErrorCodes(result));
    }
}
