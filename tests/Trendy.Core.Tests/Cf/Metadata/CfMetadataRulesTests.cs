using Trendy.Core.Cf.Metadata;
using Trendy.Core.Inventory;
using Trendy.Core.Tests.Planning;
using static Trendy.Core.Tests.Planning.HeaderBuilder;

namespace Trendy.Core.Tests.Cf.Metadata;

public sealed class CfMetadataRulesTests
{
    private static HeaderBuilder Clean(params AttributeValue[] dataAttributes)
    {
        var b = HeaderBuilder.Monthly("gpp", "kg m-2 s-1", "noleap", [T("cell_measures", "area: areacella"), .. dataAttributes]);
        foreach (var name in RecommendedGlobals.Names) b.Global(T(name, "x"));
        return b.Global(T("external_variables", "areacella"));
    }

    [Fact]
    public void Check_CleanHeader_NoFinding()
    {
        Assert.Empty(CfMetadataRules.Check(Clean(T("cell_methods", "area: mean where land time: mean")).Build()));
    }

    [Fact]
    public void Check_CellMeasureNeitherInFileNorExternal_Section72()
    {
        var b = HeaderBuilder.Monthly("gpp", "kg m-2 s-1", "noleap", T("cell_measures", "area: areacella"));
        foreach (var name in RecommendedGlobals.Names) b.Global(T(name, "x"));

        var finding = Assert.Single(CfMetadataRules.Check(b.Build()));

        Assert.Equal("7.2", finding.Section);
        Assert.Contains("areacella", finding.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CellMeasureInTheFile_NoFinding()
    {
        var b = HeaderBuilder.Monthly("gpp", "kg m-2 s-1", "noleap", T("cell_measures", "area: cellarea"))
            .Var("cellarea", NcType.Float, ["lat", "lon"], null, T("units", "m2"));
        foreach (var name in RecommendedGlobals.Names) b.Global(T(name, "x"));

        Assert.Empty(CfMetadataRules.Check(b.Build()));
    }

    [Fact]
    public void Check_WhereSectorWithoutVariable_Section733()
    {
        var finding = Assert.Single(CfMetadataRules.Check(Clean(T("cell_methods", "area: time: mean where sector")).Build()));

        Assert.Equal("7.3.3", finding.Section);
        Assert.Contains("sector", finding.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhereNamesStringAreaTypeVariable_NoFinding()
    {
        var h = Clean(T("cell_methods", "area: time: mean where sector"), T("coordinates", "sector"))
            .Dim("strlen", 8).Var("sector", NcType.Char, ["strlen"], null, T("standard_name", "area_type")).Build();

        Assert.Empty(CfMetadataRules.Check(h));
    }

    [Fact]
    public void Check_IndexCoordinateWithoutUnitsOrLongName_Section31()
    {
        var h = Clean().Coord("pft", [1, 2, 3]).Build();

        var finding = Assert.Single(CfMetadataRules.Check(h));

        Assert.Equal("3.1", finding.Section);
        Assert.Contains("pft", finding.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_IntegerIndexWithLongName_NoFinding()
    {
        var h = Clean().Dim("pft", 3).Var("pft", NcType.Int, ["pft"], [1, 2, 3], T("long_name", "plant functional type index")).Build();

        Assert.Empty(CfMetadataRules.Check(h));
    }

    [Fact]
    public void Check_RecommendedGlobalMissing_Section262PerAttribute()
    {
        var h = HeaderBuilder.Monthly().Global(T("Conventions", "CF-1.8")).Global(T("title", "t")).Build();

        var findings = CfMetadataRules.Check(h);

        Assert.All(findings, f => Assert.Equal("2.6.2", f.Section));
        Assert.Equal(["institution", "source", "references", "comment"], findings.Select(f => f.Problem.Split('\'')[1]));
    }
}
