using Trendy.Core.Cf.Time;
using Trendy.Core.Planning;
using Trendy.Core.Targets;

namespace Trendy.Core.Tests.Targets;

/// <summary>
/// Checks the embedded variables.csv as data: table ids are CMIP6 tables of the right frequency, renames name the
/// CMIP variable and agree with the row of that name, the default column is the rule it replaced, plausible ranges
/// sit on convertible variables. Unit strings are checked with UDUNITS in Trendy.Native.Tests (VariableSchemaUnitsTests).
/// </summary>
public sealed class VariableSchemaTests
{
    private static readonly TargetCatalog Catalog = TargetCatalog.LoadEmbedded();

    // CMIP6 tables by frequency (https://github.com/PCMDI/cmip6-cmor-tables: Amon/Lmon/Emon/LImon monthly, Eyr yearly, day/Eday daily, fx fixed).
    private static readonly HashSet<string> Daily = ["day", "Eday"];
    private static readonly HashSet<string> Monthly = ["Amon", "Lmon", "Emon", "LImon"];
    private static readonly HashSet<string> Yearly = ["Eyr"];
    private static readonly HashSet<string> Fixed = ["fx"];

    [Fact]
    public void Tables_EveryFrequencyColumn_HoldsOnlyTablesOfThatFrequency()
    {
        foreach (var s in Catalog.All)
        {
            Assert.True(s.Tables.Day.Length == 0 || Daily.Contains(s.Tables.Day), $"{s.TrendyName}: table_day '{s.Tables.Day}'");
            Assert.True(s.Tables.Mon.Length == 0 || Monthly.Contains(s.Tables.Mon), $"{s.TrendyName}: table_mon '{s.Tables.Mon}'");
            Assert.True(s.Tables.Yr.Length == 0 || Yearly.Contains(s.Tables.Yr), $"{s.TrendyName}: table_yr '{s.Tables.Yr}'");
            Assert.True(s.Tables.Fx.Length == 0 || Fixed.Contains(s.Tables.Fx), $"{s.TrendyName}: table_fx '{s.Tables.Fx}'");
        }
    }

    [Fact]
    public void CmipTable_EveryRow_IsOneOfItsFrequencyTablesAndNamesAVariable()
    {
        foreach (var s in Catalog.All)
        {
            if (s.CmipTable.Length == 0)
            {
                Assert.True(s.Tables.All.Count() == 0, $"{s.TrendyName}: per-frequency tables without a cmip_table");
                continue;
            }
            Assert.Contains(s.CmipTable, s.Tables.All);
            Assert.False(string.IsNullOrEmpty(s.CmipName), $"{s.TrendyName}: cmip_table {s.CmipTable} without cmip_name");
        }
    }

    [Fact]
    public void Tables_ForDecodedFrequency_PicksTheColumn()
    {
        var cVeg = Catalog.Find("cVeg")!;
        Assert.Equal("Lmon", cVeg.Tables.For(TimeFrequency.Monthly));
        Assert.Equal("Eyr", cVeg.Tables.For(TimeFrequency.Annual));
        Assert.Equal("", cVeg.Tables.For(TimeFrequency.Other));
        Assert.Equal("Eday", Catalog.Find("dlai")!.Tables.For(TimeFrequency.Daily));
    }

    [Fact]
    public void Renames_AreExactlyTheContractOnes()
    {
        var renames = Catalog.All.Where(s => s.IsRenamed).ToDictionary(s => s.TrendyName, s => s.VariableId);
        Assert.Equal(new Dictionary<string, string> { ["evapotrans"] = "evspsbl", ["burntArea"] = "burntFractionAll", ["msl"] = "mrsol" }, renames);
    }

    [Fact]
    public void OutputNames_EveryRow_AlreadySafeForOutputPaths()
    {
        // OutputNaming puts the output name into folder-free file names unchanged; a name it would alter is a table error.
        foreach (var s in Catalog.All)
            Assert.Equal(s.VariableId, OutputNaming.Safe(s.VariableId));
    }

    [Fact]
    public void Renames_NameTheCmipVariable_AndAgreeWithTheRowOfThatName()
    {
        foreach (var s in Catalog.All.Where(s => s.IsRenamed))
        {
            Assert.Equal(s.VariableId, s.CmipName);
            if (Catalog.FindExact(s.VariableId) is not { } twin) continue;
            // Two rows writing one output name must write one meaning: same units, table and extra axis.
            Assert.Equal(twin.VariableId, s.VariableId);
            Assert.Equal(twin.Units, s.Units);
            Assert.Equal(twin.CmipTable, s.CmipTable);
            Assert.Equal(twin.ExtraDimension, s.ExtraDimension);
        }
    }

    [Fact]
    public void OutputNames_SharedByTwoRows_OnlyThroughARename()
    {
        foreach (var group in Catalog.All.GroupBy(s => s.VariableId, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            Assert.Single(group, s => !s.IsRenamed);
    }

    [Fact]
    public void DefaultColumn_EqualsConvertibleVariablesWithIlambUse()
    {
        // The rule the column replaced: a model file can carry it (not companion, not ILAMB-side) and ILAMB reads it.
        var expected = Catalog.All.Where(s => s.Role == TargetRole.Variable && s.HasIlambUse).Select(s => s.TrendyName);
        Assert.Equal(expected, Catalog.DefaultSet.Select(s => s.TrendyName));
    }

    [Fact]
    public void Roles_FollowQuantityAndIlambSideColumns()
    {
        Assert.All(Catalog.All.Where(s => s.Quantity == Quantity.Companion), s => Assert.Equal(TargetRole.Companion, s.Role));
        Assert.Equal(
            ["oceanCoverFrac", "sftlf", "areacella", "land_fraction"],
            Catalog.All.Where(s => s.Role == TargetRole.Companion).Select(s => s.TrendyName));
        Assert.Equal(17, Catalog.All.Count(s => s.Role == TargetRole.IlambSide));
    }

    [Fact]
    public void PlausibleRanges_OnlyOnConvertedVariables_GlobalTotalsOnlyForFluxesAndPools()
    {
        Assert.NotEmpty(Catalog.WithPlausibility);
        foreach (var s in Catalog.WithPlausibility)
        {
            Assert.Equal(TargetRole.Variable, s.Role);
            Assert.True(s.Plausibility!.Source.Length > 0);
            if (s.Plausibility.Aggregate == PlausibleAggregate.GlobalTotal)
                Assert.Contains(s.Quantity, new[] { Quantity.Flux, Quantity.Pool });
        }
    }

    [Fact]
    public void PlausibleRange_Gpp_GlobalTotalPerYear()
    {
        var r = Catalog.Find("gpp")!.Plausibility!;
        Assert.Equal(PlausibleAggregate.GlobalTotal, r.Aggregate);
        Assert.Equal("Pg yr-1", r.Units);
        Assert.True(r.Contains(123));
        Assert.False(r.Contains(20));
        Assert.Equal("(kg m-2 s-1) m2", r.AggregatedUnits("kg m-2 s-1"));
        Assert.Equal("K", Catalog.Find("tas")!.Plausibility!.AggregatedUnits("K"));
    }
}
