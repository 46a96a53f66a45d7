using Trendy.Core.Fixes;

namespace Trendy.Core.Tests.Fixes;

public sealed class FixIdsTests
{
    [Fact]
    public void EmbeddedTable_EveryFixHasAUniqueIdOfTheForm_ModelAreaKind()
    {
        var ids = FixTable.LoadEmbedded().Models.SelectMany(FixIds.All).Select(f => f.Id).ToList();

        Assert.True(ids.Count > 20, $"only {ids.Count} fixes in the embedded table");
        Assert.Empty(ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(ids, id => Assert.Matches("^[^/ ]+(/[^/ ]+){2,3}$", id));
    }

    [Fact]
    public void Of_KindAndVariable_KebabCaseAndOptionalVariable()
    {
        var all = new TimeFix { Kind = TimeFixKind.MonthIndex, Seen = "test" };
        var one = new TimeFix { Kind = TimeFixKind.RewriteUnits, Variable = "gpp", Seen = "test" };

        Assert.Equal("CARDAMOM/time/month-index", FixIds.Of("CARDAMOM", all));
        Assert.Equal("VISIT/time/rewrite-units/gpp", FixIds.Of("VISIT", one));
    }
}
