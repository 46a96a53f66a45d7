using System.CommandLine;
using Trendy.Cli.Parsing;
using Trendy.Pipeline.Reporting;

namespace Trendy.Cli.Commands;

/// <summary>
/// `report OUT`: merges the run and shard reports in `OUT/reports` into `merged.json`/`merged.md`, rebuilds
/// `OUT/ilamb3-models.csv` from the files on disk, redraws `OUT/reports/index.html` (docs/report.md), and prints the
/// summary with the coverage matrix. Exit 0 when no item failed, 1 when
/// one did, 2 on a usage error (no OUT, or no reports in it). Run it after the last shard of a Slurm array.
/// </summary>
public static class ReportCommand
{
    public static Command Create(TimeProvider clock)
    {
        var output = new Argument<string>("OUT") { Description = "Output folder of a conversion" }
            .MustBe(PathKind.Folder, "give the folder that 'convert -o OUT' wrote");
        var command = new Command("report", "Merge run/shard reports in OUT, rebuild the ilamb3 model CSV, print the summary") { output };
        command.SetAction(r => Run(r.GetValue(output)!, clock, r.Out(), r.Err()));
        return command;
    }

    private static int Run(string output, TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var store = new ReportStore(output, clock);
        var stored = store.ReadAll();
        foreach (var problem in stored.Unreadable) stderr.WriteLine($"trendy2ilamb report: skipped unreadable report {problem}");
        if (stored.Reports.Count == 0) throw new UsageException($"no run reports found in '{store.Folder}' (convert writes them there)");

        var merged = ReportStore.Merge(stored.Reports);
        var paths = store.WriteMerged(merged);
        var catalog = IlambCatalog.Write(output);
        var html = HtmlReportWriter.Write(output, merged, clock);
        stdout.Write(new SummaryTable(clock).Text(merged));
        stdout.Write(CoverageText.Render(html.Coverage, html.Benchmarks));
        stdout.WriteLine();
        stdout.WriteLine($"merged {stored.Reports.Count} report(s) into {paths.Json} and {paths.Markdown}");
        stdout.WriteLine($"ilamb3 model database: {catalog.Rows.Count} row(s) in {catalog.CsvPath}");
        stdout.WriteLine($"html report: {html.IndexPath}");
        foreach (var problem in html.Problems) stderr.WriteLine($"trendy2ilamb report: {problem}");
        foreach (var skip in catalog.Skipped) stderr.WriteLine($"trendy2ilamb report: not listed for ilamb3: {skip.Path}: {skip.Reason}");
        return merged.Totals.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }
}
