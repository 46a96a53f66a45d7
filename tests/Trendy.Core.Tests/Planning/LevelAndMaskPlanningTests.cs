using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using static Trendy.Core.Tests.Planning.HeaderBuilder;

namespace Trendy.Core.Tests.Planning;

/// <summary>Extra axes (docs/contract.md §1.9, Part 3 item 9) and fill/packing reading (§1.7, item 7) on hand-built headers.</summary>
public sealed class LevelAndMaskPlanningTests
{
    private static HeaderBuilder WithLevel(string variable, string units, string dim, int n, double[]? coord = null, string? coordUnits = null, params AttributeValue[] dataAttributes)
    {
        var b = new HeaderBuilder()
            .Coord("time", [15, 45], T("units", "days since 2000-01-01"), T("calendar", "noleap"))
            .Coord("lat", [0], T("units", "degrees_north")).Coord("lon", [0], T("units", "degrees_east"));
        if (coord is null) b.Dim(dim, n);
        else b.Coord(dim, coord, coordUnits is null ? [] : [T("units", coordUnits)]);
        return b.Var(variable, NcType.Float, ["time", dim, "lat", "lon"], null, [T("units", units), .. dataAttributes]);
    }

    [Fact]
    public void Mrso_CablePopSoilAxis_SummedWithFixRecorded()
    {
        var plan = Plans.Ok(WithLevel("mrso", "kg m-2", "soil", 6).Build(), "CABLE-POP/S3/CABLE-POP_S3_mrso.nc");

        Assert.True(plan.Level!.Reduce);
        Assert.Equal(6, plan.Level.Length);
        Assert.Contains(plan.Fixes, f => f.Text.StartsWith("CABLE-POP", StringComparison.Ordinal));
        Assert.False(plan.Output.IsPftProduct);
    }

    [Fact]
    public void Msl_SoilCoordinateInMetres_DepthAxisKeptWithBounds()
    {
        var plan = Plans.Ok(WithLevel("msl", "kg m-2", "depth", 2, [0.1, 0.5], "m").Build(), "CLASSIC/S3/CLASSIC_S3_msl.nc");

        Assert.False(plan.Level!.Reduce);
        Assert.Equal([0.1, 0.5], plan.Level.Depth!);
        Assert.Equal([0, 0.3, 0.3, 0.7], plan.Level.DepthBounds!, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal("mrsol", plan.Output.VariableId);
    }

    [Fact]
    public void Tsl_LayerIndexOnly_Grid010()
    {
        var result = Plans.Plan(WithLevel("tsl", "K", "stlayer", 3).Build(), "CLASSIC/S3/CLASSIC_S3_tsl.nc");

        Assert.Contains("GRID010", Plans.ErrorCodes(result));
    }

    [Fact]
    public void Tsl_InterfacesInDataAttribute_DepthFromThem()
    {
        var plan = Plans.Ok(WithLevel("tsl", "K", "stlayer", 2, dataAttributes: N("layer_depths_m", 0, 0.2, 1.0)).Build(), "CLASSIC/S3/CLASSIC_S3_tsl.nc");

        Assert.Equal([0.1, 0.6], plan.Level!.Depth!, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal([0, 0.2, 0.2, 1.0], plan.Level.DepthBounds!);
    }

    [Fact]
    public void Tas_WithSoilAxis_Grid008()
    {
        var result = Plans.Plan(WithLevel("tas", "K", "soil", 3).Build(), "CLASSIC/S3/CLASSIC_S3_tas.nc");

        Assert.Contains("GRID008", Plans.ErrorCodes(result));
    }

    [Fact]
    public void PftVariable_PftAxis_KeptAndArchived()
    {
        var plan = Plans.Ok(WithLevel("gpppft", "kg m-2 s-1", "pft", 3).Build(), "CLASSIC/S3/CLASSIC_S3_gpppft.nc");

        Assert.False(plan.Level!.Reduce);
        Assert.True(plan.Output.IsPftProduct);
        Assert.StartsWith(Path.Combine("pft", "S3", "CLASSIC") + Path.DirectorySeparatorChar, plan.Output.RelativePath);
    }

    [Fact]
    public void TwoExtraAxes_Grid007()
    {
        var h = WithLevel("gpp", "kg m-2 s-1", "soil", 2).Dim("pft", 3)
            .Var("gpp5", NcType.Float, ["time", "soil", "pft", "lat", "lon"], null, T("units", "kg m-2 s-1")).Build();
        var swapped = new DatasetHeader(h.Path, h.Format, h.FileSize, h.Dimensions,
            [.. h.Variables.Where(v => v.Name is not ("gpp" or "gpp5")), h.Variable("gpp5")! with { Name = "gpp" }], h.GlobalAttributes, h.CoordinateValues);

        Assert.Contains("GRID007", Plans.ErrorCodes(Plans.Plan(swapped, "CLASSIC/S3/CLASSIC_S3_gpp.nc")));
    }

    [Fact]
    public void Packing_ShortWithScaleOffsetNoFill_DefaultShortFill()
    {
        var v = new VariableInfo("gpp", NcType.Short, ["time"], [1], [F("scale_factor", 0.5), F("add_offset", 10)]);

        var (scale, offset, fills, _, _, rules) = PackingAndMask.Read(v);

        Assert.Equal((0.5, 10.0), (scale, offset));
        Assert.Equal([-32767.0], fills);
        Assert.Contains("values:unpack-scale-offset", rules);
    }

    [Fact]
    public void Fills_DoubleMissingValueOnFloatData_HeldInFloatPrecision()
    {
        var v = new VariableInfo("gpp", NcType.Float, ["time"], [1], [N("missing_value", -999.9)]);

        var (_, _, fills, _, _, _) = PackingAndMask.Read(v);

        Assert.Contains((double)(float)-999.9, fills);
    }

    [Fact]
    public void Fills_FloatMissingValueOnDoubleData_IntendedDecimalAdded()
    {
        var v = new VariableInfo("gpp", NcType.Double, ["time"], [1], [F("missing_value", (float)-999.9)]);

        var (_, _, fills, _, _, _) = PackingAndMask.Read(v);

        Assert.Contains(-999.9, fills);
        Assert.Contains((double)(float)-999.9, fills);
    }

    [Fact]
    public void ValidRange_ThenValidMax_ValidMaxWins()
    {
        var v = new VariableInfo("gpp", NcType.Float, ["time"], [1], [F("valid_range", 0, 500), F("valid_max", 100)]);

        var (_, _, _, min, max, rules) = PackingAndMask.Read(v);

        Assert.Equal((0.0, 100.0), (min, max));
        Assert.Contains("values:mask-outside-valid-range", rules);
    }

    [Fact]
    public void Tas_LengthOneSoilLikeAxis_SqueezedNotGrid008()
    {
        var plan = Plans.Ok(WithLevel("tas", "K", "lev", 1).Build(), "CLASSIC/S3/CLASSIC_S3_tas.nc");

        Assert.True(plan.Level!.Reduce);
        Assert.Contains("level:squeeze-length-1-lev", plan.Rules);
        Assert.False(plan.Output.IsPftProduct);
    }

    [Fact]
    public void Tsl_LengthOneLayerWithDepth_DepthAxisKept()
    {
        var plan = Plans.Ok(WithLevel("tsl", "K", "depth", 1, [0.05], "m").Build(), "CLASSIC/S3/CLASSIC_S3_tsl.nc");

        Assert.False(plan.Level!.Reduce);
        Assert.Equal([0.05], plan.Level.Depth!);
    }

    [Fact]
    public void ValidMax_DoubleAttributeOnFloatData_HeldInFloatPrecision()
    {
        var v = new VariableInfo("gpp", NcType.Float, ["time"], [1], [N("valid_max", 0.1)]);

        var (_, _, _, _, max, _) = PackingAndMask.Read(v);

        // A stored 0.1f reads back as 0.100000001; it is inside a valid_max of 0.1 as its writer meant.
        Assert.True((double)0.1f <= max, $"{max:R}");
    }
}
