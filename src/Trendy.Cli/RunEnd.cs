using Trendy.Core.Batch;
using Trendy.Pipeline.Companions;
using Trendy.Pipeline.Discovery;
using Trendy.Pipeline.Reporting;

namespace Trendy.Cli;

/// <summary>After the workers: grid companions, the run report (JSON + Markdown), the ilamb3 catalogue, the summary and the exit status.</summary>
public static class RunEnd
{
    public sealed record Record(string Root, string Output, DateTimeOffset Started, ShardSpec Shard, ConversionSettings Settings,
        DiscoveryResult Discovery, IReadOnlyList<WorkItem> Items, IReadOnlyList<WorkOutcome> Outcomes, bool Interrupted);

    public static int Finish(Record run, TextWriter stdout, TextWriter stderr)
    {
        var pairs = run.Items.Zip(run.Outcomes).Select(p => (p.First, p.Second)).ToList();
        if (!run.Interrupted)
        {
            var job = new CompanionJob(ModelCompanions.Folders(run.Output, run.Outcomes), [.. run.Discovery.Companions.Select(CompanionSourceFile.From)]);
            var child = Trendy.Pipeline.Scheduling.WorkerCommand.ForCurrentProcess(command: CompanionProcess.Command);
            pairs.AddRange(CompanionProcess.Run(job, child, TimeSpan.FromMinutes(30)));
        }
        if (run.Shard.Index == 1) pairs.AddRange(run.Discovery.Skipped.Select(Skipped));

        var clock = TimeProvider.System;
        var report = RunReport.Create($"{clock.GetUtcNow():yyyyMMddTHHmmssZ}-{Environment.ProcessId}", ToolInfo.Version, run.Started, clock.GetUtcNow(),
            Path.GetFullPath(run.Root), Path.GetFullPath(run.Output), Options(run), run.Shard.Count > 1 ? run.Shard.ToString() : null,
            pairs.Select(p => ReportEntry.From(p.Item1, p.Item2)));
        ReportPaths? paths = null;
        IlambCatalogResult? catalog = null;
        HtmlReportResult? html = null;
        try
        {
            paths = new ReportStore(run.Output, clock).Write(report);
            catalog = IlambCatalog.Write(run.Output);
            html = HtmlReportWriter.Write(run.Output, report, clock);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full or read-only output disk must not turn a finished run into a crash: say what is missing.
            stderr.WriteLine($"error: could not write the run report or the ilamb3 catalogue under {run.Output}: {e.Message}");
        }

        stdout.WriteLine();
        stdout.Write(new SummaryTable(clock).Text(report));
        if (html is not null) stdout.Write(CoverageText.Render(html.Coverage, html.Benchmarks));
        foreach (var problem in html?.Problems ?? []) stderr.WriteLine($"warning: {problem}");
        var converted = run.Outcomes.Count(o => o.Status == WorkStatus.Converted);
        if (run.Outcomes.Count > 0 && converted == 0 && run.Outcomes.All(o => o.Status == WorkStatus.UpToDate)) stdout.WriteLine("everything was already up to date: nothing converted");
        stdout.WriteLine($"outputs:         {Path.GetFullPath(run.Output)}");
        stdout.WriteLine($"ILAMB 2.x:       ilamb-run --model_root {Path.Combine(Path.GetFullPath(run.Output), "<simulation>")} (one folder per model)");
        if (catalog is not null) stdout.WriteLine($"ilamb3 catalog:  {catalog.CsvPath} ({catalog.Rows.Count} rows)");
        if (paths is not null) stdout.WriteLine($"report:          {paths.Json} and {paths.Markdown}");
        if (html is not null) stdout.WriteLine($"html report:     {html.IndexPath}");
        if (run.Interrupted)
        {
            stdout.WriteLine(InterruptedLine(run.Outcomes));
            return ExitCodes.Interrupted;
        }

        var failed = pairs.Count(p => p.Item2.IsFailure);
        return failed > 0 || paths is null ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    /// <summary>What Ctrl-C left: outputs finished before the signal are kept and count as converted; a rerun skips them.</summary>
    public static string InterruptedLine(IReadOnlyList<WorkOutcome> outcomes)
    {
        int Count(Func<WorkOutcome, bool> f) => outcomes.Count(f);
        var converted = Count(o => o.Status is WorkStatus.Converted or WorkStatus.UpToDate);
        var stopped = Count(o => o.ReasonCode == ReasonCodes.Interrupted);
        var notStarted = Count(o => o.ReasonCode == ReasonCodes.NotStarted);
        var failed = Count(o => o.IsFailure) - stopped - notStarted;
        return $"interrupted: {converted} converted, {(failed > 0 ? $"{failed} failed, " : "")}{(stopped > 0 ? $"{stopped} stopped mid-file (nothing kept), " : "")}" +
               $"{notStarted} not started; rerun the same command to resume";
    }

    private static (WorkItem, WorkOutcome) Skipped(SkippedFile s)
    {
        var id = s.File.Identity;
        var item = new WorkItem(s.File.RelativePath, s.File.Path, id.Model, id.Simulation ?? "-", id.Target?.TrendyName ?? id.VariableToken ?? "-", s.File.Size);
        return (item, new WorkOutcome(item.Id, WorkStatus.Skipped, s.Code, s.Reason) { Diagnostics = [.. id.Diagnostics.Select(d => d.ToString())] });
    }

    private static IEnumerable<KeyValuePair<string, string>> Options(Record run) =>
    [
        new("command", run.Settings.CommandLine),
        new("deflate", run.Settings.Options.DeflateLevel.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("format", run.Settings.Options.Format.ToString()),
        new("memory", run.Settings.Options.MemoryBudgetBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
