using Trendy.Core.Cf.Units;
using Trendy.Core.Diagnostics;

namespace Trendy.Core.Tests.Cf.Units;

public sealed class UnitNormaliserRuleTests
{
    private static NormalisedUnit Normalise(string raw, bool millimetresOfWater = true)
    {
        Assert.True(UnitNormaliser.TryNormalise(raw, Where.Nowhere, out var unit, out var diagnostic, millimetresOfWater), diagnostic?.ToString());
        return unit;
    }

    [Fact]
    public void TryNormalise_CanonicalString_AppliesNoRules() =>
        Assert.Empty(Normalise("kg m-2 s-1").RulesApplied);

    [Fact]
    public void TryNormalise_GluedCarbonMonthlySlashes_ListsRulesInOrder() =>
        Assert.Equal([UnitRules.ElementTag, UnitRules.TimeSymbol, UnitRules.PerMonth], Normalise("gC/m2/mon").RulesApplied);

    [Fact]
    public void TryNormalise_Latex_RecordsLatexRule() =>
        Assert.Contains(UnitRules.LatexStripped, Normalise("kg m$^{-2}$ s$^{-1}$").RulesApplied);

    [Fact]
    public void TryNormalise_MillimetresPerDay_RecordsWaterRule() =>
        Assert.Contains(UnitRules.WaterDepth, Normalise("mm/day").RulesApplied);

    [Fact]
    public void TryNormalise_MillimetresAsLength_KeepsMillimetres()
    {
        var unit = Normalise("mm/day", millimetresOfWater: false);

        Assert.Equal("mm d-1", unit.Udunits);
        Assert.DoesNotContain(UnitRules.WaterDepth, unit.RulesApplied);
    }

    [Fact]
    public void TryNormalise_MillimetresWithOtherLength_IsNotWater() =>
        Assert.Equal("mm m-1", Normalise("mm m-1").Udunits);

    [Fact]
    public void TryNormalise_SquareMetresOverSquareMetres_RecordsCombination() =>
        Assert.Contains(UnitRules.Combined, Normalise("m2 m-2 s-1").RulesApplied);

    [Fact]
    public void TryNormalise_NewtonNotAfterMass_StaysNewton()
    {
        var unit = Normalise("N m-2");

        Assert.Equal("N m-2", unit.Udunits);
        Assert.Null(unit.ElementTag);
    }

    [Fact]
    public void TryNormalise_SpecificLeafArea_StripsTagFromDenominator()
    {
        var unit = Normalise("m2 gC-1");

        Assert.Equal("m2 g-1", unit.Udunits);
        Assert.Equal("C", unit.ElementTag);
    }

    [Fact]
    public void TryNormalise_Unreadable_DiagnosticHasExpectedFoundRemedy()
    {
        UnitNormaliser.TryNormalise("kg m-2 s-1 of carbon", new Where("a.nc", "gpp", "units"), out _, out var diagnostic);

        Assert.NotNull(diagnostic);
        Assert.Equal("UNIT001", diagnostic.Code);
        Assert.StartsWith("a.nc › gpp › units: expected a units string UDUNITS-2 can read", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'of'", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(diagnostic.Remedy));
    }
}
