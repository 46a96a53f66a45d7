using System.Globalization;
using Trendy.Core.Common;

namespace Trendy.Core.Cf.Time;

/// <summary>
/// A guess of the whole axis from the number of steps alone, used only when no rule decodes the values
/// (all-zero ISAM times, no units, garbage). The table is the embedded step_counts.csv (TRENDY-Emulator's counts,
/// docs/quirks.md §1 and §5); <see cref="RuleName"/> is reported so the guess is never silent.
/// </summary>
public sealed record StepCountFallback(int Count, TimeGrid Grid)
{
    private const string TableName = "step_counts.csv";

    private static readonly string[] Header = ["steps", "frequency", "start_year"];

    private static readonly Dictionary<string, TimeFrequency> Frequencies = new(StringComparer.Ordinal)
    {
        ["monthly"] = TimeFrequency.Monthly, ["annual"] = TimeFrequency.Annual,
    };

    private static readonly Lazy<IReadOnlyList<StepCountFallback>> Embedded = new(() => Parse(EmbeddedText.Read(TableName)));

    /// <summary>The known step counts (3888/324 from 1700, 3876 from 1701, 1968/164 from 1860, 1488 from 1900 today).</summary>
    public static IReadOnlyList<StepCountFallback> Table => Embedded.Value;

    public string RuleName => $"fallback:step-count-{Count}";

    /// <summary>The calendar year of the last step.</summary>
    public int EndYear => Grid.Frequency == TimeFrequency.Annual
        ? Grid.StartYear + Count - 1
        : Grid.StartYear + (int)((Grid.StartMonth - 1 + (long)Count - 1) / 12);

    /// <summary>Builds the table from CSV text with the step_counts.csv header (optionally after '#' legend lines).</summary>
    /// <exception cref="FormatException">The header, a field count, a number or the frequency is wrong, or two rows guess for the same count and end year.</exception>
    public static IReadOnlyList<StepCountFallback> Parse(string csvText)
    {
        var rows = new List<StepCountFallback>();
        foreach (var r in LegendCsv.Parse(TableName, csvText, Header))
        {
            var row = new StepCountFallback(Positive(r, 0, "steps"), new TimeGrid(LegendCsv.Enum(TableName, r, 1, "frequency", Frequencies), Positive(r, 2, "start_year")));
            if (rows.Any(o => o.Count == row.Count && o.EndYear == row.EndYear))
                throw new FormatException($"{TableName} line {r.Line}: {row.Count} steps ending in {row.EndYear} occur twice");
            rows.Add(row);
        }
        return rows;
    }

    private static int Positive(CsvRecord r, int index, string column) =>
        int.TryParse(r[index], NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v
            : throw new FormatException($"{TableName} line {r.Line}: {column} '{r[index]}' is not a positive whole number");
}
