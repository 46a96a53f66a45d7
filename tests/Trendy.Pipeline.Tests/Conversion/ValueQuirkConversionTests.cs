using Trendy.Core.Inventory;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Conversion;

/// <summary>Packing, fill values, units and level axes (docs/quirks.md §6; docs/contract.md §1.7–1.9, Part 3 items 1, 7–9).</summary>
public sealed class ValueQuirkConversionTests
{
    private const string Gpp = "CLASSIC/S3/CLASSIC_S3_gpp.nc";
    private const int Cells = 12 * 2 * 3;

    private static void AssertRelative(double expected, double actual, double tolerance = 1e-6) =>
        Assert.True(Math.Abs(actual - expected) <= Math.Abs(expected) * tolerance, $"expected {expected:R}, found {actual:R}");

    private static bool IsFill(double v) => v > 9.99e19 && v < 1.001e20;

    [Fact]
    public void PackedShorts_ScaleAndOffset_Unpacked()
    {
        using var dir = new TempDir();
        var src = new SourceFile
        {
            Type = NcType.Short,
            Value = (t, z, y, x) => t == 0 && y == 0 && x == 0 ? -32767 : (100 * t) + (10 * y) + x + 1,
            DataAttributes = v => v.Attr("scale_factor", NcType.Float, 0.5).Attr("add_offset", NcType.Float, 10).Attr("_FillValue", NcType.Short, -32767),
        };

        var o = Harness.Read(Harness.Converted(dir, src, Gpp).OutputPath!, "gpp");

        Assert.Equal((1113 * 0.5) + 10, o.At(11, 1, 2));
        Assert.Equal((2 * 0.5) + 10, o.At(0, 0, 1));
        Assert.True(IsFill(o.At(0, 0, 0)));
        Assert.Equal(Cells - 1, o.Valid);
        Assert.Equal(NcType.Float, o.Var.Type);
    }

    public static TheoryData<string, double, double?> FillCases => new()
    {
        { "_FillValue", -1, -1 },
        { "missing_value", -2, -2 },
        { "nan", double.NaN, null },
        { "_FillValue-nan", double.NaN, double.NaN },
        { "protocol", -99999, null },
        { "netcdf-default", 9.969209968386869e36, null },
        { "negative-default", -9.969e36, null },
        { "cmip", 1e20, null },
    };

    [Theory]
    [MemberData(nameof(FillCases))]
    public void MissingValueConvention_AnyVariant_BecomesOneFillAndCountIsRight(string how, double stored, double? declared)
    {
        using var dir = new TempDir();
        var src = new SourceFile
        {
            Value = (t, z, y, x) => (t == 3 && y == 1 && x == 1) || (t == 7 && x == 0) ? stored : (100 * t) + (10 * y) + x + 1,
            DataAttributes = v =>
            {
                if (declared is { } d) v.Attr(how.StartsWith("_FillValue", StringComparison.Ordinal) ? "_FillValue" : how, NcType.Float, d);
            },
        };

        var o = Harness.Read(Harness.Converted(dir, src, Gpp).OutputPath!, "gpp");

        Assert.True(IsFill(o.At(3, 1, 1)), $"{how}: {o.At(3, 1, 1)}");
        Assert.True(IsFill(o.At(7, 1, 0)));
        Assert.Equal(Cells - 3, o.Valid);
        Assert.DoesNotContain(o.Data, double.IsNaN);
        Assert.Equal(1e20, o.Var.Attribute("_FillValue")!.FirstNumber!.Value, 1e13);
        Assert.Equal(313, o.At(3, 1, 2));
    }

    [Fact]
    public void ValidRange_ValuesOutside_Masked()
    {
        using var dir = new TempDir();
        var src = new SourceFile { DataAttributes = v => v.Attr("valid_range", NcType.Float, 0, 500) };

        var o = Harness.Read(Harness.Converted(dir, src, Gpp).OutputPath!, "gpp");

        Assert.Equal(30, o.Valid); // steps 0..4 hold 1..413; from step 5 on every value exceeds 500
        Assert.Equal(413, o.At(4, 1, 2));
        Assert.True(IsFill(o.At(5, 0, 0)));
    }

    [Fact]
    public void UnitsAttribute_NamedUnit_Used()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Units = null, DataAttributes = v => v.Attr("unit", "g m-2 s-1") };

        var o = Harness.Read(Harness.Converted(dir, src, Gpp).OutputPath!, "gpp");

        AssertRelative(0.113, o.At(1, 1, 2));
        Assert.Contains("units:from-attribute-unit", o.Global("conversion_rules"));
    }

    [Fact]
    public void Units_Latex_Converted()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Units = "g m$^{-2}$ s$^{-1}$" };

        var o = Harness.Read(Harness.Converted(dir, src, Gpp).OutputPath!, "gpp");

        AssertRelative(0.113, o.At(1, 1, 2));
        Assert.Equal("kg m-2 s-1", o.Var.Text("units"));
    }

    [Fact]
    public void Tas_DegreesCelsius_ConvertedToKelvin()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Variable = "tas", Units = "degC" };

        var outcome = Harness.Converted(dir, src, "CLASSIC/S3/CLASSIC_S3_tas.nc");
        var o = Harness.Read(outcome.OutputPath!, "tas");

        AssertRelative(113 + 273.15, o.At(1, 1, 2));
        Assert.Equal("K", o.Var.Text("units"));
        Assert.Contains("tas_Amon_CLASSIC_S3", outcome.OutputPath);
    }

    [Fact]
    public void BurntArea_Fraction_WrittenAsBurntFractionAllPercent()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Variable = "burntArea", Units = "1", Value = (t, z, y, x) => ((10 * y) + x + 1) / 1000.0 };

        var outcome = Harness.Converted(dir, src, "CLASSIC/S3/CLASSIC_S3_burntArea.nc");
        var o = Harness.Read(outcome.OutputPath!, "burntFractionAll");

        AssertRelative(1.3, o.At(0, 1, 2));
        Assert.Equal("%", o.Var.Text("units"));
        Assert.Contains("burntFractionAll_", Path.GetFileName(outcome.OutputPath));
        Assert.Equal("burntFractionAll", o.Global("variable_id"));
    }

    [Fact]
    public void Evapotrans_WrittenAsEvspsbl()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Variable = "evapotrans" };

        var outcome = Harness.Converted(dir, src, "CLASSIC/S3/CLASSIC_S3_evapotrans.nc");
        var o = Harness.Read(outcome.OutputPath!, "evspsbl");

        Assert.StartsWith("evspsbl_Amon_CLASSIC_S3_", Path.GetFileName(outcome.OutputPath));
        Assert.Null(o.Header.Variable("evapotrans"));
        Assert.Equal(113, o.At(1, 1, 2));
    }

    [Fact]
    public void Msl_SoilCoordinateInCentimetres_DepthAxisInMetresWithBounds()
    {
        using var dir = new TempDir();
        var src = new SourceFile
        {
            Variable = "msl", Units = "kg m-2", Level = ("soil", 3), Order = ["t", "soil", "y", "x"],
            Extra = b => b.Variable("soil", NcType.Double, "soil").Values(5, 20, 60).Attr("units", "cm").And(),
        };

        var outcome = Harness.Converted(dir, src, "CLASSIC/S3/CLASSIC_S3_msl.nc");
        var o = Harness.Read(outcome.OutputPath!, "mrsol");

        Assert.Equal(["time", "depth", "lat", "lon"], o.Var.Dimensions);
        Assert.Equal([0.05, 0.2, 0.6], o.Values("depth"), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal([0, 0.125, 0.125, 0.4, 0.4, 0.8], o.Values("depth_bnds"), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal("m", o.Header.Variable("depth")!.Text("units"));
        Assert.Equal("depth_bnds", o.Header.Variable("depth")!.Text("bounds"));
        Assert.Equal(2113, o.At(1, 2, 1, 2));
    }

    [Fact]
    public void Tsl_LayerDepthsInAttribute_DepthAxisFromAttribute()
    {
        using var dir = new TempDir();
        var src = new SourceFile
        {
            Variable = "tsl", Units = "K", Level = ("stlayer", 2), Order = ["t", "stlayer", "y", "x"],
            DataAttributes = v => v.Attr("layer_depths_m", NcType.Double, 0, 0.1, 0.5),
        };

        var outcome = Harness.Converted(dir, src, "CLASSIC/S3/CLASSIC_S3_tsl.nc");
        var o = Harness.Read(outcome.OutputPath!, "tsl");

        Assert.Equal([0.05, 0.3], o.Values("depth"), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal([0, 0.1, 0.1, 0.5], o.Values("depth_bnds"), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(1213, o.At(2, 1, 1, 2));
    }

    [Fact]
    public void Mrso_CablePopSoilAxis_SummedToColumnTotal()
    {
        using var dir = new TempDir();
        var src = new SourceFile
        {
            Variable = "mrso", Units = "kg m-2", Level = ("soil", 3), Order = ["t", "soil", "y", "x"],
            Value = (t, z, y, x) => t == 0 && z == 1 && y == 0 && x == 0 ? -99999 : (100 * t) + (1000 * z) + (10 * y) + x + 1,
        };

        var outcome = Harness.Converted(dir, src, "CABLE-POP/S3/CABLE-POP_S3_mrso.nc");
        var o = Harness.Read(outcome.OutputPath!, "mrso");

        Assert.Equal(["time", "lat", "lon"], o.Var.Dimensions);
        Assert.Equal((3 * 113) + 3000, o.At(1, 1, 2));
        Assert.Equal(1 + 2001, o.At(0, 0, 0)); // the missing layer is left out of the sum
        Assert.Contains("level:sum-over-soil-layers", o.Global("conversion_rules"));
    }

    [Fact]
    public void PftVariable_PftAxis_GoesToArchiveFolder()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Variable = "gpppft", Level = ("pft", 2), Order = ["t", "pft", "y", "x"] };

        var outcome = Harness.Converted(dir, src, "CLASSIC/S3/CLASSIC_S3_gpppft.nc");

        var relative = Path.GetRelativePath(Harness.OutRoot(dir), outcome.OutputPath!).Replace('\\', '/');
        Assert.StartsWith("pft/S3/CLASSIC/", relative);
    }

    [Theory]
    [InlineData(NcType.Float, NcType.Double, -999.9)]
    [InlineData(NcType.Double, NcType.Float, -999.9)]
    [InlineData(NcType.Float, NcType.Double, 1.1e10)]
    public void MissingValue_AttributeTypeDiffersFromData_StillMasked(NcType data, NcType attribute, double missing)
    {
        // Seen in the wild: missing_value written as a double on float data (and the reverse); the stored
        // value then differs from the attribute in the last bits, and an exact comparison misses it.
        using var dir = new TempDir();
        var src = new SourceFile
        {
            Type = data,
            Value = (t, z, y, x) => t == 2 && y == 0 && x == 1 ? missing : (100 * t) + (10 * y) + x + 1,
            DataAttributes = v => v.Attr("missing_value", attribute, missing),
        };

        var o = Harness.Read(Harness.Converted(dir, src, Gpp).OutputPath!, "gpp");

        Assert.True(IsFill(o.At(2, 0, 1)), $"{o.At(2, 0, 1)}");
        Assert.Equal(Cells - 1, o.Valid);
    }

    // Units strings seen in TRENDY files (docs/quirks.md §6), for a value of 113 in February 2000 (noleap).
    [Theory]
    [InlineData("gpp", "kg m-2 s-1", 113.0)]
    [InlineData("gpp", "kg C m-2 s-1", 113.0)]
    [InlineData("gpp", "kgC m-2 s-1", 113.0)]
    [InlineData("gpp", "kg m$^{-2}$ s$^{-1}$", 113.0)]
    [InlineData("gpp", "gC m-2 day-1", 113.0 / 86400 / 1000)]
    [InlineData("gpp", "gC m-2 yr-1", 113.0 / (365 * 86400.0) / 1000)]
    [InlineData("gpp", "gC m-2 month-1", 113.0 / (28 * 86400.0) / 1000)]
    [InlineData("cVeg", "gC/m^2", 0.113)]
    [InlineData("cVeg", "gC/m2", 0.113)]
    [InlineData("cVeg", "gC m-2", 0.113)]
    [InlineData("cVeg", "kgC m-2", 113.0)]
    [InlineData("mrro", "mm/yr", 113.0 / (365 * 86400.0))]
    [InlineData("pr", "mm/day", 113.0 / 86400)]
    [InlineData("pr", "mm month-1", 113.0 / (28 * 86400.0))]
    [InlineData("pr", "kg m-2 s-1", 113.0)]
    [InlineData("lai", "m2 m-2", 113.0)]
    [InlineData("lai", "m2/m2", 113.0)]
    [InlineData("rsds", "W/m2", 113.0)]
    [InlineData("tas", "K", 113.0)]
    public void UnitsSeenInTrendy_Converted_ToCanonical(string variable, string units, double expected)
    {
        using var dir = new TempDir();
        var src = new SourceFile { Variable = variable, Units = units };

        var o = Harness.Read(Harness.Converted(dir, src, $"CLASSIC/S3/CLASSIC_S3_{variable}.nc").OutputPath!, variable);

        AssertRelative(expected, o.At(1, 1, 2));
    }

    [Theory]
    [InlineData("height", "m", "Z")]
    [InlineData("lev", null, null)]
    [InlineData("sdepth", "m", null)]
    public void Tas_LengthOneLevelAxis_SqueezedNotRefused(string dim, string? units, string? axis)
    {
        // A near-surface field with a single (height or layer) level: one level is no layering, and a
        // temperature cannot be summed anyway, so the only sensible output is (time, lat, lon).
        using var dir = new TempDir();
        var src = new SourceFile
        {
            Variable = "tas", Units = "K", Level = (dim, 1), Order = ["t", dim, "y", "x"],
            Extra = b =>
            {
                var c = b.Variable(dim, NcType.Double, dim).Values(2);
                if (units is not null) c.Attr("units", units);
                if (axis is not null) c.Attr("axis", axis);
            },
        };

        var o = Harness.Read(Harness.Converted(dir, src, "CLASSIC/S3/CLASSIC_S3_tas.nc").OutputPath!, "tas");

        Assert.Equal(["time", "lat", "lon"], o.Var.Dimensions);
        Assert.Equal(113, o.At(1, 1, 2));
    }

    [Theory]
    [InlineData("t", "y", "x", "soil")]
    [InlineData("soil", "t", "y", "x")]
    [InlineData("y", "x", "soil", "t")]
    public void LevelAxis_AnyPosition_KeptOrSummedWithData(string a, string b, string c, string d)
    {
        using var kept = new TempDir();
        using var summed = new TempDir();
        Action<MessyNetcdf> soil = f => f.Variable("soil", NcType.Double, "soil").Values(0.1, 0.4, 1.0).Attr("units", "m");
        var msl = new SourceFile { Variable = "msl", Units = "kg m-2", Level = ("soil", 3), Order = [a, b, c, d], Extra = soil, Lon = [270, 0, 90] };
        var mrso = new SourceFile { Variable = "mrso", Units = "kg m-2", Level = ("soil", 3), Order = [a, b, c, d], Extra = soil, Lon = [270, 0, 90] };

        var k = Harness.Read(Harness.Converted(kept, msl, "CLASSIC/S3/CLASSIC_S3_msl.nc").OutputPath!, "mrsol");
        var s = Harness.Read(Harness.Converted(summed, mrso, "CLASSIC/S3/CLASSIC_S3_mrso.nc").OutputPath!, "mrso");

        // Output column 0 (0°) is source column 1 after the roll; layer 2 adds 2000.
        Assert.Equal(2000 + 500 + 10 + 1 + 1, k.At(5, 2, 1, 0));
        Assert.Equal(3 * (500 + 10 + 1 + 1) + 3000, s.At(5, 1, 0));
        Assert.Equal(["time", "depth", "lat", "lon"], k.Var.Dimensions);
    }
}
