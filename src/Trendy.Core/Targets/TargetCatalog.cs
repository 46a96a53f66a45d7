using Trendy.Core.Common;

namespace Trendy.Core.Targets;

/// <summary>
/// The variable schema: what each TRENDY variable becomes. Loaded from the embedded variables.csv, the one place
/// that names renames, roles, extra-axis handling, default selection and plausible ranges (docs/variables.md); lookups by TRENDY name are case-insensitive because models spell names
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
        DefaultSet = [.. all.Where(s => s.IsDefault)];
    }

    /// <summary>Every row of the table, in table order.</summary>
    public IReadOnlyList<TargetSpec> All { get; }

    /// <summary>Variables converted by default (the table's <c>default</c> column): a model file can carry them and some ILAMB confrontation reads them.</summary>
    public IReadOnlyList<TargetSpec> DefaultSet { get; }

    /// <summary>The catalog built from the embedded variables.csv (parsed once).</summary>
    public static TargetCatalog LoadEmbedded() => Embedded.Value;

    /// <summary>Variables with a plausible range, for output checks.</summary>
    public IEnumerable<TargetSpec> WithPlausibility => All.Where(s => s.Plausibility is not null);

    /// <summary>The column names of variables.csv, in order.</summary>
    public static IReadOnlyList<string> Columns => TargetRow.Header;

    /// <summary>Builds a catalog from CSV text with the variables.csv header (optionally after '#' legend lines).</summary>
    /// <exception cref="FormatException">The header, a field count, an enumerated or numeric column is wrong.</exception>
    public static TargetCatalog Parse(string csvText) =>
        new([.. LegendCsv.Parse(TargetRow.Table, csvText, TargetRow.Header).Select(TargetRow.ToSpec)]);

    /// <summary>The spec for a TRENDY name, ignoring case; null when the table has no such name.</summary>
    public TargetSpec? Find(string trendyName) => _byName.GetValueOrDefault(trendyName);

    /// <summary>The spec whose name matches with exact case; null otherwise.</summary>
    public TargetSpec? FindExact(string trendyName) =>
        _byName.TryGetValue(trendyName, out var spec) && string.Equals(spec.TrendyName, trendyName, StringComparison.Ordinal) ? spec : null;
}
