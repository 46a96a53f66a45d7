using System.Globalization;
using Trendy.Core.Common;

namespace Trendy.Core.Plausibility;

/// <summary>
/// The plausible ranges held in the embedded <c>Resources/plausibility.csv</c> (variable_id, aggregate, units, min,
/// max, source): data, not code, each range with the literature it comes from.
/// </summary>
public sealed class PlausibilityTable : IPlausibleRanges
{
    private static readonly Lazy<PlausibilityTable> Embedded = new(() => Parse(EmbeddedText.Read("plausibility.csv")));
    private readonly Dictionary<string, PlausibleRange> _byVariable;

    private PlausibilityTable(IEnumerable<PlausibleRange> ranges) => _byVariable = ranges.ToDictionary(r => r.VariableId, StringComparer.Ordinal);

    public static PlausibilityTable LoadEmbedded() => Embedded.Value;

    /// <summary>Parses the CSV text; throws <see cref="FormatException"/> naming the line at fault.</summary>
    public static PlausibilityTable Parse(string csv)
    {
        var rows = CsvText.Parse(csv);
        var ranges = new List<PlausibleRange>();
        for (var i = 1; i < rows.Count; i++)
        {
            var f = rows[i];
            if (f.Length != 6 || f[1] is not ("total" or "mean")
                || !double.TryParse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var min)
                || !double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var max) || !(min < max))
            {
                throw new FormatException($"plausibility.csv line {i + 1}: expected variable_id,total|mean,units,min,max,source with min < max");
            }

            ranges.Add(new PlausibleRange(f[0], f[1] == "total", f[2], min, max, f[5]));
        }

        return new PlausibilityTable(ranges);
    }

    public PlausibleRange? For(string variableId) => _byVariable.GetValueOrDefault(variableId);
}
