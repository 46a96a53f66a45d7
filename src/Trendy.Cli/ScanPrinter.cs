using Spectre.Console;
using Trendy.Core.Batch;
using Trendy.Pipeline.Discovery;

namespace Trendy.Cli;

/// <summary>
/// Renders a scan for people: a table with one row per variable and one column per simulation (a release has ~40
/// variables but at most a handful of simulations, so it stays readable in 100 columns however many models there
/// are), the files that will fail or were skipped with their reasons, then totals.
/// </summary>
public static class ScanPrinter
{
    public static void Print(IReadOnlyList<ScanEntry> entries, DiscoveryResult discovery, TextWriter w)
    {
        var console = Terminal.For(w);
        var data = entries.Where(e => e.Simulation != "-" && e.Code != ReasonCodes.Ignored).ToList();
        var sims = data.Select(e => e.Simulation).Distinct().Order(StringComparer.Ordinal).ToList();
        var models = data.Select(e => e.Model).Distinct(StringComparer.Ordinal).Count();
        if (sims.Count > 0)
        {
            var table = new Table().Title($"models with a file that will convert, per variable and simulation (of {models} models)");
            table.AddColumn("variable");
            foreach (var sim in sims) table.AddColumn(new TableColumn(sim).RightAligned());
            table.AddColumn("will fail (model/simulation)");
            foreach (var variable in data.Select(e => e.Variable).Distinct().Order(StringComparer.Ordinal))
            {
                var rows = data.Where(e => e.Variable == variable).ToList();
                var cells = new List<string> { Markup.Escape(variable) };
                cells.AddRange(sims.Select(s => Cell(rows.Where(e => e.Simulation == s).ToList())));
                cells.Add(Markup.Escape(string.Join(", ", rows.Where(e => e.Verdict == ScanEntry.Fail).Select(e => $"{e.Model}/{e.Simulation}").Distinct())));
                table.AddRow(cells.ToArray());
            }

            console.Write(table);
        }

        foreach (var e in entries.OrderBy(e => e.File, StringComparer.Ordinal))
        {
            var detail = e.TimeRule is not null ? $"{e.Frequency} {e.Period} {e.Calendar} {e.TimeRule} {e.Grid}" : $"[{e.Code}] {e.Reason}";
            w.WriteLine($"{e.Verdict,-7} {e.File}  {detail}");
        }

        foreach (var p in discovery.Problems) w.WriteLine($"warning {p}");
        w.WriteLine();
        w.WriteLine($"{entries.Count} files, {entries.Sum(e => e.Bytes) / 1e6:0.0} MB: {entries.Count(e => e.Verdict == ScanEntry.Convert)} will convert, " +
                    $"{entries.Count(e => e.Verdict == ScanEntry.Skip)} skipped, {entries.Count(e => e.Verdict == ScanEntry.Fail)} will fail");
    }

    /// <summary>"18" models converting; "+2s" skipped and "+1F" failing files beside them; "." when no model has the file.</summary>
    private static string Cell(IReadOnlyList<ScanEntry> cell)
    {
        if (cell.Count == 0) return ".";
        var convert = cell.Where(e => e.Verdict == ScanEntry.Convert).Select(e => e.Model).Distinct().Count();
        var skipped = cell.Count(e => e.Verdict == ScanEntry.Skip);
        var failed = cell.Count(e => e.Verdict == ScanEntry.Fail);
        return $"{convert}{(skipped > 0 ? $" +{skipped}s" : "")}{(failed > 0 ? $" [red]+{failed}F[/]" : "")}";
    }
}
