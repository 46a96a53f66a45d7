using Trendy.Core.Fixes;

namespace Trendy.Core.Tests.Fixes;

public class FixTableParseTests
{
    private static FixesFileException Refused(string json) =>
        Assert.Throws<FixesFileException>(() => FixTable.Parse(json, "my-fixes.json"));

    [Fact]
    public void Parse_CommentsAndTrailingCommas_Accepted()
    {
        var t = FixTable.Parse("""
            // a comment
            { "models": { "M": { "seen": "test", "prefixes": ["MM",], }, }, }
            """, "x.json");
        Assert.Equal("M", t.ForModel("mm").Key);
    }

    [Fact]
    public void Parse_BadJson_ReportsFileAndLine()
    {
        var ex = Refused("{\n  \"models\": {\n    \"M\": { \"seen\": \"x\" \n  }\n");
        Assert.Equal("my-fixes.json", ex.DisplayName);
        Assert.NotNull(ex.Line);
        Assert.StartsWith("my-fixes.json:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownField_ReportsLineAndField()
    {
        var ex = Refused("{\n  \"models\": {\n    \"M\": {\n      \"seen\": \"x\",\n      \"prefixez\": [\"M\"]\n    }\n  }\n}");
        Assert.Equal(5, ex.Line);
        Assert.Contains("prefixez", ex.Field ?? ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WrongType_ReportsLineAndField()
    {
        var ex = Refused("{\n  \"models\": {\n    \"M\": {\n      \"seen\": \"x\",\n      \"prefixes\": \"M\"\n    }\n  }\n}");
        Assert.Equal(5, ex.Line);
        Assert.Equal("$.models.M.prefixes", ex.Field);
    }

    [Fact]
    public void Parse_UnknownEnumValue_ReportsField()
    {
        var ex = Refused("""
            { "models": { "M": { "seen": "x",
              "time": [ { "kind": "monthsIndex", "whenUnits": ["d"], "origin": "2003-01-01", "seen": "y" } ] } } }
            """);
        Assert.Equal(2, ex.Line);
        Assert.Contains("time[0].kind", ex.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingSeen_Refused()
    {
        var ex = Refused("""{ "models": { "M": { "prefixes": ["M"] } } }""");
        Assert.Contains("seen", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptySeenOnQuirk_ReportsField()
    {
        var ex = Refused("""
            { "models": {
              "M": { "seen": "x", "units": [ { "variable": "gpp", "found": "g", "replacement": "kg", "seen": "" } ] } } }
            """);
        Assert.Equal("$.models.M.units[0].seen", ex.Field);
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Parse_MonthIndexWithoutOrigin_Refused()
    {
        var ex = Refused("""{ "models": { "M": { "seen": "x", "time": [ { "kind": "monthIndex", "whenUnits": ["d"], "seen": "y" } ] } } }""");
        Assert.Equal("$.models.M.time[0].origin", ex.Field);
    }

    [Fact]
    public void Parse_TimeFixWithoutSymptom_Refused()
    {
        var ex = Refused("""{ "models": { "M": { "seen": "x", "time": [ { "kind": "decimalYear", "seen": "y" } ] } } }""");
        Assert.Equal("$.models.M.time[0].whenUnits", ex.Field);
    }

    [Fact]
    public void Parse_SameNameInTwoModels_Refused()
    {
        var ex = Refused("""{ "models": { "A": { "seen": "x", "prefixes": ["P"] }, "B": { "seen": "y", "prefixes": ["p"] } } }""");
        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateModelKey_Refused()
    {
        Refused("""{ "models": { "A": { "seen": "x" }, "A": { "seen": "y" } } }""");
    }

    [Fact]
    public void Parse_OverlappingSoilLayers_Refused()
    {
        var ex = Refused("""{ "models": { "M": { "seen": "x", "soilLayers": [ { "boundsMetres": [[0, 0.1], [0.05, 0.3]], "seen": "y" } ] } } }""");
        Assert.Equal("$.models.M.soilLayers[0].boundsMetres[1]", ex.Field);
    }

    [Fact]
    public void Parse_UnsupportedVersion_Refused()
    {
        var ex = Refused("""{ "version": 2, "models": {} }""");
        Assert.Equal("$.version", ex.Field);
    }

    [Fact]
    public void Parse_PftReductionMethod_ReadAndCoverMeanOnSoilRefused()
    {
        var t = FixTable.Parse("""
            { "models": { "M": { "seen": "test", "reductions": [ { "variable": "lai", "axis": "pft", "method": "coverWeightedMean", "seen": "test" } ] } } }
            """, "x.json");
        Assert.Equal(ReductionMethod.CoverWeightedMean, t.ForModel("M").ReductionFor("lai", Trendy.Core.Targets.ExtraDimension.Pft)!.Method);

        var ex = Refused("""
            { "models": { "M": { "seen": "test", "reductions": [ { "variable": "mrso", "axis": "soil", "method": "coverWeightedMean", "seen": "test" } ] } } }
            """);
        Assert.Contains("pft axis only", ex.Message, StringComparison.Ordinal);
    }
}
