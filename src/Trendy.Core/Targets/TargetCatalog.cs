using Trendy.Core.Common;

namespace Trendy.Core.Targets;

/// <summary>
/// The variable table: what each TRENDY variable becomes. Loaded from the embedded variables.csv
/// (docs/quirks.md §7–8); lookups by TRENDY name are case-insensitive because models spell names
/// their own way (ISAM <c>LAI</c>, CARDAMOM <c>fFireCSoil</c>).
/// </summary>
public sealed class TargetCatalog
{
    private static readonly Lazy<TargetCatalog> Embedded = new(() => Parse(EmbeddedText.Read("variables.csv")));

    private readonly Dictionary<string, TargetSpec> _byName;

    private TargetCatalog(IReadOnlyList<TargetSpec> all)
    {
        All = all;
        _byName = new Dictionary<string, TargetSpec>(StringComparer.OrdinalIgnoreCase);
        foreach (var spec in all)
        {
            if (!_byName.TryAdd(spec.TrendyName, spec))
                throw new FormatException($"variables.csv: name '{spec.TrendyName}' occurs twice (names are matched case-insensitively)");
        }
        DefaultSet = [.. all.Where(s => s.Role == TargetRole.Variable && s.HasIlambUse)];
    }

    /// <summary>Every row of the table, in table order.</summary>
    public IReadOnlyList<TargetSpec> All { get; }

    /// <summary>Variables converted by default: a model file can carry them and some ILAMB confrontation reads them.</summary>
    public IReadOnlyList<TargetSpec> DefaultSet { get; }

    /// <summary>The catalog built from the embedded variables.csv (parsed once).</summary>
    public static TargetCatalog LoadEmbedded() => Embedded.Value;

    /// <summary>Builds a catalog from CSV text with the variables.csv header.</summary>
    /// <exception cref="FormatException">The header, a field count or an enumerated column is wrong.</exception>
    public static TargetCatalog Parse(string csvText)
    {
        var rows = CsvText.Parse(csvText);
        if (rows.Count == 0 || !rows[0].Select(h => h.Trim()).SequenceEqual(TargetRow.Header, StringComparer.Ordinal))
            throw new FormatException($"variables.csv: header must be {string.Join(",", TargetRow.Header)}");
        var specs = new List<TargetSpec>(rows.Count - 1);
        for (var i = 1; i < rows.Count; i++) specs.Add(TargetRow.ToSpec(rows[i], i + 1));
        return new TargetCatalog(specs);
    }

    /// <summary>The spec for a TRENDY name, ignoring case; null when the table has no such name.</summary>
    public TargetSpec? Find(string trendyName) => _byName.GetValueOrDefault(trendyName);

    /// <summary>The spec whose name matches with exact case; null otherwise.</summary>
    public TargetSpec? FindExact(string trendyName) =>
        _byName.TryGetValue(trendyName, out var spec) && string.Equals(spec.TrendyName, trendyName, StringComparison.Ordinal) ? spec : null;
}
