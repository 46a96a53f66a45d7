using Trendy.Core.Cf.Metadata;

namespace Trendy.Core.Tests.Cf.Metadata;

public sealed class CellMethodsTests
{
    [Fact]
    public void WithoutUndefinedTypes_AreaTypeLand_Kept()
    {
        var (result, dropped) = CellMethods.WithoutUndefinedTypes("area: mean where land time: mean", _ => false);

        Assert.Equal("area: mean where land time: mean", result);
        Assert.Empty(dropped);
    }

    [Fact]
    public void WithoutUndefinedTypes_SectorWithoutVariable_ClauseDroppedMethodKept()
    {
        var (result, dropped) = CellMethods.WithoutUndefinedTypes("area: time: mean where sector", _ => false);

        Assert.Equal("area: time: mean", result);
        Assert.Equal(["sector"], dropped);
    }

    [Fact]
    public void WithoutUndefinedTypes_SectorIsAreaTypeVariableOfTheFile_Kept()
    {
        var (result, dropped) = CellMethods.WithoutUndefinedTypes("area: time: mean where sector", n => n == "sector");

        Assert.Equal("area: time: mean where sector", result);
        Assert.Empty(dropped);
    }

    [Fact]
    public void WithoutUndefinedTypes_WhereOverWithUnknownType_WholeClauseDropped()
    {
        var (result, dropped) = CellMethods.WithoutUndefinedTypes("area: mean where landuse over sea time: mean", _ => false);

        Assert.Equal("area: mean time: mean", result);
        Assert.Equal(["landuse", "sea"], dropped);
    }

    [Fact]
    public void TypeNames_IgnoresWordsInsideComments()
    {
        Assert.Equal(["crops"], CellMethods.TypeNames("area: mean where crops time: mean (comment: where it rains)"));
    }

    [Theory]
    [InlineData("land", true)]
    [InlineData("crops", true)]
    [InlineData("sector", false)]
    [InlineData("Land", false)]
    public void AreaTypes_FromTableVersion13(string name, bool expected)
    {
        Assert.Equal(expected, AreaTypes.IsAreaType(name));
    }

    [Fact]
    public void CellMeasures_VariableNames_EveryMeasure()
    {
        Assert.Equal(["areacella", "volcello"], CellMeasures.VariableNames("area: areacella volume: volcello"));
        Assert.Empty(CellMeasures.VariableNames(null));
    }
}
