using Trendy.Core.Targets;
using Trendy.Native.Tests.Udunits;
using Trendy.Native.Udunits;

namespace Trendy.Native.Tests.Schema;

/// <summary>
/// Every unit string of the variable schema (variables.csv) checked with the real libudunits2, so a typo fails here
/// instead of in the middle of a release run: canonical units parse, a row's quantity matches its units, and each
/// plausible range's units are reachable from the aggregated field (variable units, times m2 for a global total).
/// </summary>
public sealed class VariableSchemaUnitsTests
{
    private static readonly TargetCatalog Catalog = TargetCatalog.LoadEmbedded();

    private static UnitSystem System => UnitSystem.Default;

    public static TheoryData<string> Names => [.. Catalog.All.Select(s => s.TrendyName)];

    public static TheoryData<string> PlausibleNames => [.. Catalog.WithPlausibility.Select(s => s.TrendyName)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Units_EveryRow_ParsedByUdunits(string name)
    {
        var units = Catalog.FindExact(name)!.Units;
        using var parsed = System.Parse(units);
        Assert.Equal(units, parsed.Text);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Quantity_EveryRow_MatchesItsUnits(string name)
    {
        var s = Catalog.FindExact(name)!;
        bool To(string units) => System.AreConvertible(s.Units, units);
        switch (s.Quantity)
        {
            case Quantity.Flux:
                Assert.True(To("kg m-2 s-1") || To("W m-2"), $"{name}: a flux needs mass or energy per area and time, has '{s.Units}'");
                break;
            case Quantity.Pool:
                Assert.True(To("kg m-2"), $"{name}: a pool needs mass per area, has '{s.Units}'");
                break;
            case Quantity.State:
                Assert.False(To("kg m-2 s-1") || To("W m-2") || To("kg m-2"), $"{name}: units '{s.Units}' are those of a flux or pool, not a state");
                break;
            case Quantity.Companion:
                Assert.True(To("1") || To("m2"), $"{name}: a grid companion is a fraction or an area, has '{s.Units}'");
                break;
            default:
                Assert.Fail($"{name}: quantity {s.Quantity} has no unit rule here");
                break;
        }
    }

    [Fact]
    public void PlausibleRanges_TheKeyVariables_AreSet()
    {
        // The ranges the output checks need first: carbon fluxes and stocks, LAI, the water cycle and forcing echoes.
        foreach (var n in new[] { "gpp", "npp", "ra", "rh", "nbp", "cVeg", "cSoil", "lai", "tas", "pr", "evapotrans", "mrro" })
            Assert.NotNull(Catalog.FindExact(n)!.Plausibility);
    }

    [Theory]
    [MemberData(nameof(PlausibleNames))]
    public void PlausibleUnits_EveryRange_ConvertibleFromTheAggregatedField(string name)
    {
        var s = Catalog.FindExact(name)!;
        var range = s.Plausibility!;
        using var parsed = System.Parse(range.Units);
        var from = range.AggregatedUnits(s.Units);
        Assert.True(System.AreConvertible(from, range.Units), $"{name}: {range.Aggregate} in '{from}' cannot be converted to '{range.Units}'");
    }

    [Fact]
    public void PlausibleUnits_GppGlobalTotal_IsPetagramsPerYear()
    {
        // UDUNITS "yr" is the tropical year, 365.242198781 d (udunits2-common.xml) = 31 556 925.9747 s, and
        // 1 Pg = 1e12 kg: 1 kg s-1 over the globe is 31 556 925.9747 / 1e12 Pg yr-1.
        var gpp = Catalog.FindExact("gpp")!.Plausibility!;
        var c = System.GetConversion(gpp.AggregatedUnits("kg m-2 s-1"), gpp.Units);
        Close.Equal(365.242198781 * 86_400 / 1e12, c.Factor, 1e-9);
    }
}
