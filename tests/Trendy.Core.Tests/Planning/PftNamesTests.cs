using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using static Trendy.Core.Tests.Planning.HeaderBuilder;

namespace Trendy.Core.Tests.Planning;

public sealed class PftNamesTests
{
    private static HeaderBuilder Pft(int n, params AttributeValue[] pftAttributes) => HeaderBuilder.Monthly()
        .Dim("pft", n).Var("pft", NcType.Int, ["pft"], [.. Enumerable.Range(1, n).Select(i => (double)i)], pftAttributes)
        .Var("gpppft", NcType.Float, ["time", "pft", "lat", "lon"], null, T("units", "kg m-2 s-1"));

    private static IReadOnlyList<string>? Find(DatasetHeader h) => PftNames.Find(h, h.Variable("gpppft")!, "pft", (int)h.Dimension("pft")!.Length);

    [Fact]
    public void Find_NumberedListInLongName_Names()
    {
        var h = Pft(3, T("long_name", "plant functional type: 1 tropical tree, 2 temperate tree, 3 grass")).Build();

        Assert.Equal(["tropical tree", "temperate tree", "grass"], Find(h));
    }

    [Fact]
    public void Find_SemicolonListInGlobal_Names()
    {
        var h = Pft(3).Global(T("pft_list", "TrBE; TeNE; C3G")).Build();

        Assert.Equal(["TrBE", "TeNE", "C3G"], Find(h));
    }

    [Fact]
    public void Find_FlagMeanings_Names()
    {
        var h = Pft(3, T("flag_meanings", "trees shrubs grass")).Build();

        Assert.Equal(["trees", "shrubs", "grass"], Find(h));
    }

    [Fact]
    public void Find_CharLabelVariableOnTheAxis_Names()
    {
        var h = Pft(2).Dim("nchar", 8).Var("PFT_names", NcType.Char, ["pft", "nchar"], null).Build() with
        {
            TextValues = new Dictionary<string, string[]> { ["PFT_names"] = ["C3 grass ", "C4 grass"] },
        };

        Assert.Equal(["C3 grass", "C4 grass"], Find(h));
    }

    [Fact]
    public void Find_ListOfAnotherLength_Null()
    {
        var h = Pft(3, T("long_name", "plant functional type: 1 tree, 2 grass")).Build();

        Assert.Null(Find(h));
    }

    [Fact]
    public void Find_PlainDescription_Null()
    {
        Assert.Null(Find(Pft(3, T("long_name", "plant functional type")).Build()));
    }
}
