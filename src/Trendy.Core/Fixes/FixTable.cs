using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Trendy.Core.Common;

namespace Trendy.Core.Fixes;

/// <summary>
/// The per-model data-only quirks (docs/architecture.md, ESMValCore lesson): an embedded, validated JSON table that a user
/// extends with <c>--fixes FILE.json</c> without recompiling. Models are found case-insensitively by their
/// directory name (any release) or file prefix.
/// </summary>
public sealed partial class FixTable
{
    private const string EmbeddedName = "fixes.json (embedded)";

    private static readonly Lazy<FixTable> Embedded = new(() => Parse(EmbeddedText.Read("fixes.json"), EmbeddedName));

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private readonly Dictionary<string, ModelFixes> _byName;

    private readonly string _displayName;

    private FixTable(IReadOnlyList<ModelFixes> models, string displayName)
    {
        Models = models;
        _displayName = displayName;
        _byName = new Dictionary<string, ModelFixes>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in models)
        {
            foreach (var name in model.Names)
            {
                if (_byName.TryGetValue(name, out var other) && !ReferenceEquals(other, model))
                    throw new FixesFileException(displayName, null, $"$.models.{model.Key}",
                        $"name '{name}' already means model '{other.Key}'; a directory or prefix may belong to one model only");
                _byName[name] = model;
            }
        }
    }

    /// <summary>Every model entry, in file order (overrides that added a model come last).</summary>
    public IReadOnlyList<ModelFixes> Models { get; }

    /// <summary>The table shipped in the assembly (parsed and validated once).</summary>
    public static FixTable LoadEmbedded() => Embedded.Value;

    /// <summary>Parses and validates fixes JSON; <paramref name="displayName"/> names the file in errors.</summary>
    /// <exception cref="FixesFileException">Bad JSON, an unknown field, a wrong type, a missing or contradictory value.</exception>
    public static FixTable Parse(string json, string displayName)
    {
        FixesDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize<FixesDocument>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new FixesFileException(displayName, ex.LineNumber + 1, ex.Path, StripLocation(ex.Message), ex);
        }
        if (doc is null) throw new FixesFileException(displayName, 1, "$", "the file holds null, expected an object with \"models\"");
        if (doc.Version != 1) throw new FixesFileException(displayName, LineOf(json, "\"version\""), "$.version", $"version {doc.Version} is not supported; expected 1");
        var models = doc.Models.Select(kv => kv.Value with { Key = kv.Key }).ToList();
        foreach (var model in models) FixValidator.Validate(model, displayName, json);
        return new FixTable(models, displayName);
    }

    /// <summary>
    /// This table with <paramref name="overrides"/> laid on top: an override entry whose key names a known model (its
    /// key, a directory or a prefix) is merged into it (<see cref="ModelFixes.MergeWith"/>); others are added as new
    /// models, and refused if they claim a name that already means another model.
    /// </summary>
    /// <exception cref="FixesFileException">A new override entry claims a directory or prefix of a known model.</exception>
    public FixTable Merge(FixTable overrides)
    {
        var result = new List<ModelFixes>(Models);
        foreach (var over in overrides.Models)
        {
            var at = result.FindIndex(m => m.IsNamed(over.Key));
            if (at >= 0) result[at] = result[at].MergeWith(over);
            else result.Add(over);
        }
        return new FixTable(result, overrides._displayName);
    }

    /// <summary>The entry for a model directory or file prefix (case-insensitive); an empty entry when unknown.</summary>
    public ModelFixes ForModel(string modelDirOrPrefix) =>
        _byName.TryGetValue(modelDirOrPrefix, out var model) ? model : ModelFixes.Empty(modelDirOrPrefix);

    /// <summary>True when the table lists this directory or prefix.</summary>
    public bool Knows(string modelDirOrPrefix) => _byName.ContainsKey(modelDirOrPrefix);

    /// <summary>All known file prefixes and directory names, longest first (for matching a file-name start).</summary>
    public IEnumerable<string> AllNames => _byName.Keys.OrderByDescending(k => k.Length);

    internal static long? LineOf(string json, string needle)
    {
        var at = json.IndexOf(needle, StringComparison.Ordinal);
        return at < 0 ? null : 1 + json.AsSpan(0, at).Count('\n');
    }

    /// <summary>System.Text.Json appends "Path: … | LineNumber: … | BytePositionInLine: …"; we report those separately.</summary>
    private static string StripLocation(string message) => LocationSuffix().Replace(message, "").Trim();

    [GeneratedRegex(@"\s*Path: .*$", RegexOptions.Singleline)]
    private static partial Regex LocationSuffix();
}
