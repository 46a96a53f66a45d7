using Trendy.Core.Common;

namespace Trendy.Core.Identify;

/// <summary>
/// Folders that hold no simulation (docs/quirks.md §2), from the embedded folders.csv (legend at its top;
/// docs/variables.md "Other rule tables"). Names match ignoring case.
/// </summary>
internal sealed class NonSimulationFolders
{
    public const string Table = "folders.csv";

    public static readonly string[] Header = ["folder", "files", "reason"];

    private static readonly Lazy<NonSimulationFolders> Embedded = new(() => Parse(EmbeddedText.Read(Table)));

    private static readonly Dictionary<string, bool> Files = new(StringComparer.Ordinal) { ["ignore"] = true, ["identify"] = false };

    private readonly Dictionary<string, string?> _ignoreReason;

    private NonSimulationFolders(Dictionary<string, string?> ignoreReason) => _ignoreReason = ignoreReason;

    /// <summary>The table built from the embedded folders.csv (parsed once).</summary>
    public static NonSimulationFolders LoadEmbedded() => Embedded.Value;

    /// <summary>Every folder name, in table order.</summary>
    public IEnumerable<string> Names => _ignoreReason.Keys;

    /// <exception cref="FormatException">The header, a field count, the files column, a missing reason or a repeated name.</exception>
    public static NonSimulationFolders Parse(string csvText)
    {
        var map = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in LegendCsv.Parse(Table, csvText, Header))
        {
            var ignore = LegendCsv.Enum(Table, r, 1, "files", Files);
            if (r[0].Length == 0 || r[2].Length == 0)
                throw new FormatException($"{Table} line {r.Line}: folder and reason must not be empty");
            if (!map.TryAdd(r[0], ignore ? r[2] : null))
                throw new FormatException($"{Table} line {r.Line}: folder '{r[0]}' occurs twice (names are matched case-insensitively)");
        }
        return new NonSimulationFolders(map);
    }

    /// <summary>True when <paramref name="folder"/> is a known non-simulation folder.</summary>
    public bool Contains(string folder) => _ignoreReason.ContainsKey(folder);

    /// <summary>Why files below <paramref name="folder"/> are skipped; null when they are identified as usual.</summary>
    public string? IgnoreReason(string folder) => _ignoreReason.GetValueOrDefault(folder);
}
