using Trendy.Core.Cf.Units;
using Trendy.Core.Diagnostics;

namespace Trendy.Core.Tests.Cf.Units;

public sealed class UnitPlannerTests
{
    private static readonly Where At = new("f.nc", "gpp", "units");

    [Fact]
    public void Plan_MonthlyTotal_AsksForTargetTimesSecondAndDividesByMonth()
    {
        var fake = new FakeUnitConverter().Knows("g m-2", "(kg m-2 s-1) s", 1e-3);

        var result = new UnitPlanner(fake).Plan("gC m-2 month-1", "kg m-2 s-1", At);

        Assert.Equal([("g m-2", "(kg m-2 s-1) s")], fake.Asked);
        Assert.NotNull(result.Step);
        Assert.Equal(1e-3, result.Step.Factor);
        Assert.Equal(CalendarInterval.Month, result.Step.DivideByInterval);
        Assert.Equal("C", result.Step.ElementTag);
    }

    [Fact]
    public void Plan_NotConvertible_IsUnit010NamingBoth()
    {
        var result = new UnitPlanner(new FakeUnitConverter()).Plan("kg m-2", "K", At);

        Assert.Null(result.Step);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("UNIT010", diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Contains("cannot convert 'kg m-2'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("to 'K'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Plan_MissingUnitsForDimensionalTarget_IsUnit003(string? source)
    {
        var result = new UnitPlanner(new FakeUnitConverter()).Plan(source, "kg m-2 s-1", At);

        Assert.Null(result.Step);
        Assert.Equal("UNIT003", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Plan_MissingUnitsForDimensionlessTarget_IdentityWithNote()
    {
        var result = new UnitPlanner(new FakeUnitConverter()).Plan(null, "1", At);

        Assert.NotNull(result.Step);
        Assert.True(result.Step.IsIdentity);
        var note = Assert.Single(result.Diagnostics);
        Assert.Equal("UNIT004", note.Code);
        Assert.Equal(Severity.Note, note.Severity);
    }

    [Fact]
    public void Plan_MillimetresToMetres_RetriesAsLength()
    {
        var fake = new FakeUnitConverter().Knows("mm", "m", 1e-3);

        var result = new UnitPlanner(fake).Plan("mm", "m", At);

        Assert.Equal([("kg m-2", "m"), ("mm", "m")], fake.Asked);
        Assert.Equal(1e-3, result.Step!.Factor);
        Assert.Equal("mm", result.Step.ConvertedFrom);
    }

    [Fact]
    public void Plan_PerIntervalWithOffset_Refused()
    {
        var fake = new FakeUnitConverter().Knows("degC", "(K) s", 1.0, 273.15);

        var result = new UnitPlanner(fake).Plan("degC yr-1", "K", At);

        Assert.Null(result.Step);
        Assert.Contains("offset", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_UnreadableSource_PassesNormaliserDiagnostic()
    {
        var result = new UnitPlanner(new FakeUnitConverter()).Plan("m C", "kg m-2", At);

        Assert.Equal("UNIT002", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Plan_BadTarget_IsUnit012()
    {
        var result = new UnitPlanner(new FakeUnitConverter()).Plan("kg", "kg yr-1", At);

        Assert.Equal("UNIT012", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void UnitStep_Apply_ScalesThenDividesByInterval()
    {
        var step = new UnitStep("gC m-2 month-1", "kg m-2 s-1", "g m-2", "(kg m-2 s-1) s",
            new UnitConversion(1e-3, 0.0), CalendarInterval.Month, "C", []);

        // 30 gC m-2 in a 31-day month: 30e-3 kg m-2 / (31 × 86 400 s).
        Assert.Equal(30e-3 / (31 * 86_400.0), step.Apply(30.0, 31 * 86_400.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => step.Apply(30.0));
    }
}
