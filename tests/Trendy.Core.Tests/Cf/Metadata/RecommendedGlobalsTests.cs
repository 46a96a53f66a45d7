using Trendy.Core.Cf.Metadata;
using Trendy.Core.Inventory;
using static Trendy.Core.Tests.Planning.HeaderBuilder;

namespace Trendy.Core.Tests.Cf.Metadata;

public sealed class RecommendedGlobalsTests
{
    private static Dictionary<string, string> For(params AttributeValue[] globals) =>
        RecommendedGlobals.For("CLASSIC", globals, "what the file is.").ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public void For_SourceStatesInstitutionSourceReferencesComment_CarriedOver()
    {
        var g = For(T("Institution", "Environment and Climate Change Canada"), T("source", "land model v1.4"),
            T("references", "Melton et al. 2020"), T("comment", "S3 run"));

        Assert.Equal("Environment and Climate Change Canada", g["institution"]);
        Assert.Equal("CLASSIC: land model v1.4", g["source"]);
        Assert.Equal(RecommendedGlobals.TrendyProtocol + "; Melton et al. 2020", g["references"]);
        Assert.Equal("what the file is. Source comment: S3 run", g["comment"]);
    }

    [Fact]
    public void For_SourceSilent_ModelNameAndProtocol()
    {
        var g = For();

        Assert.Contains("CLASSIC", g["institution"], StringComparison.Ordinal);
        Assert.StartsWith("CLASSIC", g["source"], StringComparison.Ordinal);
        Assert.Equal(RecommendedGlobals.TrendyProtocol, g["references"]);
        Assert.Equal("what the file is.", g["comment"]);
    }

    [Fact]
    public void For_ModelVersionAttribute_InSource()
    {
        Assert.Equal("CLASSIC version 1.4", For(T("model_version", "1.4"))["source"]);
    }

    [Fact]
    public void For_AlreadyConvertedGlobals_PassThroughUnchanged()
    {
        var first = For(T("source", "CLASSIC v1.4"));
        var again = RecommendedGlobals.For("CLASSIC", [.. first.Select(p => AttributeValue.OfText(p.Key, p.Value))], "what the file is.")
            .ToDictionary(p => p.Key, p => p.Value);

        Assert.Equal(first, again);
    }
}
