using Trendy.Core.Batch;

namespace Trendy.Core.Identify;

/// <summary>What to do with the parts of one series split by period (same model, simulation and variable).</summary>
/// <param name="Kept">Parts to convert, each to its own output named by its own period.</param>
/// <param name="Overlapping">Parts refused because they overlap an earlier part, with the reason.</param>
/// <param name="Gaps">One line per gap between consecutive parts (converted anyway: ILAMB accepts gaps).</param>
public sealed record SplitSeriesDecision(
    IReadOnlyList<string> Kept,
    IReadOnlyList<(string Path, string Reason)> Overlapping,
    IReadOnlyList<string> Gaps);

/// <summary>
/// Checks the parts of a series split by period. Each part becomes its own output with its own period in the name,
/// because ILAMB 2.x concatenates the files of one variable in a model folder by time and ilamb3 opens them together
/// (open_mfdataset) — but both refuse overlapping files (ILAMB 2.x raises a MonotonicityError). So parts are taken in
/// order of their first month; a part starting before the previous one ended is refused, and a gap is reported.
/// Pure: the periods come from the file names.
/// </summary>
public static class SplitSeries
{
    public const string OverlapCode = ReasonCodes.SeriesOverlap;

    public static SplitSeriesDecision Check(IReadOnlyList<(string Path, SeriesPeriod Period)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var kept = new List<string>();
        var overlapping = new List<(string, string)>();
        var gaps = new List<string>();
        (string Path, SeriesPeriod Period)? previous = null;
        foreach (var part in parts.OrderBy(p => p.Period.FirstMonth).ThenBy(p => p.Period.LastMonth).ThenBy(p => p.Path, StringComparer.Ordinal))
        {
            if (previous is { } prev && part.Period.FirstMonth <= prev.Period.LastMonth)
            {
                overlapping.Add((part.Path,
                    $"{part.Path}: period {part.Period.Text} overlaps {prev.Path} ({prev.Period.Text}) from {part.Period.Describe(part.Period.FirstMonth)}; " +
                    "ILAMB refuses overlapping files of one variable; remove or trim one of the parts"));
                continue;
            }

            if (previous is { } before && part.Period.FirstMonth > before.Period.LastMonth + 1)
            {
                gaps.Add($"{part.Path}: gap in the split series after {before.Path}: nothing for {before.Period.Describe(before.Period.LastMonth + 1)} to " +
                         $"{part.Period.Describe(part.Period.FirstMonth - 1)}; both parts are converted, ILAMB sees the series with a hole");
            }

            kept.Add(part.Path);
            previous = part;
        }

        return new SplitSeriesDecision(kept, overlapping, gaps);
    }
}
