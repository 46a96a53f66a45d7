using System.Text.Json;
using System.Text.Json.Serialization;

namespace Trendy.Pipeline.Synthesis;

/// <summary>
/// Everything <see cref="SyntheticRelease.Write"/> put on disk, sorted by path, so end-to-end tests can
/// compare a converter's outcomes with what each file was made to exercise.
/// </summary>
public sealed record SynthManifest(string Profile, int Seed, IReadOnlyList<SynthFileEntry> Files)
{
    /// <summary>The file name the CLI writes next to the tree.</summary>
    public const string FileName = "synth-manifest.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public long TotalBytes => Files.Sum(f => f.Bytes);

    public IReadOnlyList<string> Models => [.. Files.Select(f => f.Model).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Every quirk family exercised by at least one file.</summary>
    public IReadOnlyList<string> QuirkFamilies => [.. Files.SelectMany(f => f.Quirks).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public int Count(SynthExpectation expected) => Files.Count(f => f.Expected == expected);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SynthManifest FromJson(string json) =>
        JsonSerializer.Deserialize<SynthManifest>(json, Json) ?? throw new JsonException("manifest is empty");
}
