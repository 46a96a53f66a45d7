using Trendy.Pipeline.Discovery;

namespace Trendy.Cli;

/// <summary>Renders a scan: a models × variables matrix per simulation, then one line per file, then totals.</summary>
public static class ScanPrinter
{
    public static void Print(IReadOnlyList<ScanEntry> entries, DiscoveryResult discovery, TextWriter w)
    {
        w.WriteLine("legend: C will convert, s skipped, F will fail, . no file");
        foreach (var sim in entries.Where(e => e.Simulation != "-").Select(e => e.Simulation).Distinct().Order(StringComparer.Ordinal))
        {
            var rows = entries.Where(e => e.Simulation == sim && e.Reason?.StartsWith("[IGNORED]", StringComparison.Ordinal) != true).ToList();
            var vars = rows.Select(e => e.Variable).Distinct().Order(StringComparer.Ordinal).ToList();
            var models = rows.Select(e => e.Model).Distinct().Order(StringComparer.Ordinal).ToList();
            var width = Math.Max(8, models.Max(m => m.Length) + 1);
            w.WriteLine();
            w.WriteLine($"{sim.PadRight(width)} {string.Join(" ", vars.Select(v => v.PadRight(Math.Max(4, v.Length))))}");
            foreach (var m in models)
            {
                var cells = vars.Select(v => Mark(rows.Where(e => e.Model == m && e.Variable == v).ToList()).PadRight(Math.Max(4, v.Length)));
                w.WriteLine($"{m.PadRight(width)} {string.Join(" ", cells)}");
            }
        }

        w.WriteLine();
        foreach (var e in entries.OrderBy(e => e.File, StringComparer.Ordinal))
        {
            var detail = e.Verdict == ScanEntry.Convert && e.TimeRule is not null
                ? $"{e.Frequency} {e.Period} {e.Calendar} {e.TimeRule} {e.Grid}"
                : e.Reason ?? "";
            w.WriteLine($"{e.Verdict,-7} {e.File}  {detail}");
        }

        foreach (var p in discovery.Problems) w.WriteLine($"warning {p}");
        w.WriteLine();
        w.WriteLine($"{entries.Count} files, {entries.Sum(e => e.Bytes) / 1e6:0.0} MB: {entries.Count(e => e.Verdict == ScanEntry.Convert)} will convert, " +
                    $"{entries.Count(e => e.Verdict == ScanEntry.Skip)} skipped, {entries.Count(e => e.Verdict == ScanEntry.Fail)} will fail");
    }

    private static string Mark(List<ScanEntry> cell) =>
        cell.Count == 0 ? "." : cell.Any(e => e.Verdict == ScanEntry.Fail) ? "F" : cell.Any(e => e.Verdict == ScanEntry.Convert) ? "C" : "s";
}
