using Trendy.Core.Inventory;

namespace Trendy.Core.Cf.Metadata;

/// <summary>
/// The global attributes CF 1.8 §2.6.2 recommends for every file (title, institution, source, references,
/// comment), filled from what the source file says about itself where it says it, so tools such as CDO name the
/// model and its institution instead of "unknown". One place for the wording of data and companion outputs.
/// </summary>
public static class RecommendedGlobals
{
    /// <summary>Attributes CF recommends and the outputs always carry (the contract checks test for them).</summary>
    public static readonly IReadOnlyList<string> Names = ["Conventions", "title", "institution", "source", "references", "comment"];

    /// <summary>The TRENDY protocol paper and project page: what every output was produced for.</summary>
    public const string TrendyProtocol =
        "Sitch, S. et al. (2015): Recent trends and drivers of regional sources and sinks of carbon dioxide, Biogeosciences 12, 653-679, "
        + "doi:10.5194/bg-12-653-2015 (TRENDY protocol); https://blogs.exeter.ac.uk/trendy/";

    private static readonly string[] InstitutionKeys = ["institution", "institute", "institution_id", "centre", "center"];
    private static readonly string[] VersionKeys = ["model_version", "version", "source_version"];

    /// <summary>
    /// institution, source, references and comment for an output of <paramref name="model"/>.
    /// <paramref name="sourceGlobals"/> are the global attributes of the file read (the model's own output, or a
    /// converted output for companions, whose values then pass through unchanged); <paramref name="comment"/> says
    /// what this file is.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> For(string model, IReadOnlyList<AttributeValue> sourceGlobals, string comment)
    {
        string? Find(params string[] keys) => keys
            .Select(k => sourceGlobals.FirstOrDefault(a => a.IsText && string.Equals(a.Name, k, StringComparison.OrdinalIgnoreCase))?.Text?.Trim())
            .FirstOrDefault(t => !string.IsNullOrEmpty(t));

        var institution = Find(InstitutionKeys) ?? $"not stated in the {model} files of the TRENDY release";
        var source = Find("source") is { } s ? (s.StartsWith(model, StringComparison.Ordinal) ? s : $"{model}: {s}")
            : Find(VersionKeys) is { } v ? $"{model} version {v}"
            : $"{model} (model name as the TRENDY release folder states it)";
        var references = Find("references") is { } r && r != TrendyProtocol && !r.Contains(TrendyProtocol, StringComparison.Ordinal) ? $"{TrendyProtocol}; {r}" : TrendyProtocol;
        var sourceComment = Find("comment");
        var fullComment = sourceComment is null || comment.Contains(sourceComment, StringComparison.Ordinal) ? comment : $"{comment} Source comment: {sourceComment}";
        return
        [
            new("institution", institution),
            new("source", source),
            new("references", references),
            new("comment", fullComment),
        ];
    }
}
