using Trendy.Core.Fixes;

namespace Trendy.Core.Tests.Fixes;

public class FixTableMergeTests
{
    private static readonly FixTable Embedded = FixTable.LoadEmbedded();

    private static FixTable Override(string json) => FixTable.Parse(json, "user.json");

    [Fact]
    public void Merge_NewModel_Added()
    {
        var merged = Embedded.Merge(Override("""{ "models": { "NEWM": { "seen": "user", "prefixes": ["NM"] } } }"""));
        Assert.Equal("NEWM", merged.ForModel("nm").Key);
        Assert.Equal(Embedded.Models.Count + 1, merged.Models.Count);
        Assert.False(Embedded.Knows("NM"));
    }

    [Fact]
    public void Merge_KnownModelByPrefix_PrefixAddedAndOldKept()
    {
        var merged = Embedded.Merge(Override("""{ "models": { "CLM6.0": { "seen": "user: CLM7 in v15", "prefixes": ["CLM7.0"] } } }"""));
        var m = merged.ForModel("CLM7.0");
        Assert.Equal("CLM", m.Key);
        Assert.True(m.HasPrefix("CLM6.0"));
        Assert.Contains("overridden", m.Seen, StringComparison.Ordinal);
        Assert.Equal(Embedded.Models.Count, merged.Models.Count);
    }

    [Fact]
    public void Merge_SameTimeFixKind_Replaced()
    {
        var merged = Embedded.Merge(Override("""
            { "models": { "CARDAMOM": { "seen": "user",
              "time": [ { "kind": "monthIndex", "origin": "2001-01-01", "whenUnits": ["d"], "seen": "user re-upload" } ] } } }
            """));
        var fix = Assert.Single(merged.ForModel("CARDAMOM").TimeFixesFor("gpp", "d"));
        Assert.Equal("2001-01-01", fix.Origin);
        Assert.Equal("2003-01-01", Assert.Single(Embedded.ForModel("CARDAMOM").TimeFixesFor("gpp", "d")).Origin);
    }

    [Fact]
    public void Merge_UnitFix_AddedAndSymptomGated()
    {
        var merged = Embedded.Merge(Override("""
            { "models": { "ED": { "seen": "user",
              "units": [ { "variable": "gpp", "found": "kg m-2 s-1", "replacement": "g m-2 s-1", "seen": "user check" } ] } } }
            """));
        var ed = merged.ForModel("EDv3");
        Assert.Equal("g m-2 s-1", ed.UnitFixFor("GPP", "kg m-2 s-1")!.Replacement);
        Assert.Null(ed.UnitFixFor("gpp", "kg m-2 s-1 "));
        Assert.Null(ed.UnitFixFor("npp", "kg m-2 s-1"));
        Assert.NotEmpty(ed.KnownIssues);
    }

    [Fact]
    public void Merge_Alias_Replaced()
    {
        var merged = Embedded.Merge(Override("""
            { "models": { "CARDAMOM": { "seen": "user", "variableAliases": [ { "from": "tas_max", "to": "tas", "seen": "user" } ] } } }
            """));
        var m = merged.ForModel("CARDAMOM");
        Assert.Equal("tas", m.AliasFor("tas_max")!.To);
        Assert.Equal("tasmin", m.AliasFor("tas_min")!.To);
    }

    [Fact]
    public void Merge_OverrideClaimsOtherModelsName_Refused()
    {
        var over = Override("""{ "models": { "NEWM": { "seen": "user", "prefixes": ["EDv3"] } } }""");
        var ex = Assert.Throws<FixesFileException>(() => Embedded.Merge(over));
        Assert.Equal("user.json", ex.DisplayName);
        Assert.Contains("EDv3", ex.Message, StringComparison.Ordinal);
    }
}
