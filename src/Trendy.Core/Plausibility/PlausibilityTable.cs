using Trendy.Core.Targets;

namespace Trendy.Core.Plausibility;

/// <summary>
/// The plausible ranges of the variable table (the plausible_* columns of <c>Resources/variables.csv</c>, each range
/// with the literature it comes from; docs/variables.md), looked up by output variable name: the one place the ranges
/// live, read by verify's plausibility and cross-model checks.
/// </summary>
public sealed class PlausibilityTable : IPlausibleRanges
{
    private static readonly Lazy<PlausibilityTable> Embedded = new(() => From(TargetCatalog.LoadEmbedded()));
    private readonly Dictionary<string, PlausibleRange> _byVariable;

    private PlausibilityTable(IEnumerable<PlausibleRange> ranges) => _byVariable = ranges.ToDictionary(r => r.VariableId, StringComparer.Ordinal);

    public static PlausibilityTable LoadEmbedded() => Embedded.Value;

    /// <summary>The ranges of <paramref name="catalog"/>'s rows that give one, keyed by the output variable they describe.</summary>
    public static PlausibilityTable From(TargetCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new PlausibilityTable(catalog.WithPlausibility
            .DistinctBy(s => s.VariableId)
            .Select(s => new PlausibleRange(s.VariableId, s.Plausibility!.Aggregate == PlausibleAggregate.GlobalTotal,
                s.Plausibility.Units, s.Plausibility.Min, s.Plausibility.Max, s.Plausibility.Source)));
    }

    public PlausibleRange? For(string variableId) => _byVariable.GetValueOrDefault(variableId);
}
