using Trendy.Core.Fixes;
using Trendy.Core.Inventory;
using static Trendy.Core.Tests.Planning.HeaderBuilder;

namespace Trendy.Core.Tests.Planning;

/// <summary>Fired fixes are recorded with their stable id, and only when they changed the plan.</summary>
public sealed class FiredFixTests
{
    private static DatasetHeader WithTime(string timeName, double[] values, params (string, string)[] timeAttributes) =>
        new HeaderBuilder()
            .Coord(timeName, values, [.. timeAttributes.Select(a => T(a.Item1, a.Item2))])
            .Coord("lat", [0], T("units", "degrees_north")).Coord("lon", [0], T("units", "degrees_east"))
            .Var("gpp", NcType.Float, [timeName, "lat", "lon"], null, T("units", "kg m-2 s-1")).Build();

    [Fact]
    public void ElmFates_DecimalYearsWithoutUnits_DecodedWithoutClaimingTheDecimalYearFix()
    {
        // The DecimalYear fix's symptom (no units attribute) matches, but the decoder reads decimal years by itself.
        var symptom = FixTable.LoadEmbedded().ForModel("ELM-FATES").TimeFixesFor("gpp", null);
        Assert.Contains(symptom, f => f.Kind == TimeFixKind.DecimalYear);

        var plan = Plans.Ok(WithTime("time", [1700 + (0.5 / 12), 1700 + (1.5 / 12), 1700 + (2.5 / 12)]), "ELM-FATES/S3/ELM-FATES_S3_gpp.nc");

        Assert.Equal(("170001", "170003"), (plan.Time.FirstLabel, plan.Time.LastLabel));
        Assert.Contains("decimal-years", plan.Time.Rule, StringComparison.Ordinal);
        Assert.Empty(plan.Fixes);
        Assert.DoesNotContain(plan.Output.GlobalAttributes, a => a.Key == "conversion_fixes" && a.Value != "none");
    }

    [Fact]
    public void Cardamom_MonthIndex_RecordedWithItsId()
    {
        var plan = Plans.Ok(WithTime("Time", [1, 2, 3], ("units", "d")), "CARDAMOM/S3/CARDAMOM_S3_gpp.nc");

        var fix = Assert.Single(plan.Fixes);
        Assert.Equal("CARDAMOM/time/month-index", fix.Id);
        Assert.StartsWith("CARDAMOM: time MonthIndex (", fix.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Visit_RewriteUnits_RecordedWithItsId()
    {
        var plan = Plans.Ok(WithTime("time", [0, 1, 2], ("units", "years since AD 1700-Jan-1st")), "VISIT/S3/VISIT_S3_gpp.nc");

        Assert.Equal(["VISIT/time/rewrite-units"], plan.Fixes.Select(f => f.Id));
    }
}
