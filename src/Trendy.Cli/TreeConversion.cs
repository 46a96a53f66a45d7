using System.CommandLine;
using Trendy.Cli.Display;
using Trendy.Cli.Parsing;
using Trendy.Core.Batch;
using Trendy.Pipeline.Conversion;
using Trendy.Pipeline.Discovery;
using Trendy.Pipeline.Release;
using Trendy.Pipeline.Reporting;

namespace Trendy.Cli;

/// <summary>
/// `convert ROOT -o OUT`: the options as a <see cref="ReleaseRequest"/>, the run itself by <see cref="ReleaseRun"/>
/// (scan → schedule → companions → report → catalogue), and what the user sees: warnings, the start line, the live
/// progress (or one line per file), the summary and the exit status.
/// </summary>
public static class TreeConversion
{
    public static ReleaseRequest Request(string root, string output, ParseResult parsed, CliOptions o, CommandSettings settings) =>
        new(root, ReleaseSelection.From(parsed, o), settings.Overrides, ShardFor(parsed.GetValue(o.Shard)), o.JobsOrCores(parsed), parsed.GetValue(o.Timeout),
            parsed.GetValue(o.Tmp), settings.ForConversion(output, parsed.GetValue(o.Force), stagingFolder: ""));

    public static int Run(ReleaseRequest request, ConversionService service, bool noProgress, TextWriter stdout, TextWriter stderr)
    {
        using var run = AsUsageError(() => ReleaseRun.Prepare(request, service));
        foreach (var p in run.Discovery.Problems) stderr.WriteLine($"warning: {p}");
        if (run.SweptTemporaries > 0) stderr.WriteLine($"removed {run.SweptTemporaries} temporary file(s) left by an interrupted run");
        stdout.WriteLine(StartLine(request, run.Discovery, run.Items));

        using var signals = new CancelOnSignals();
        var progress = new RunProgress(TimeProvider.System, run.Items.Count, run.Items.Sum(i => i.SizeBytes));
        ReleaseResult result;
        if (run.Items.Count == 0)
        {
            result = run.Execute(null, signals.Token);
        }
        else if (Terminal.IsInteractive(stdout) && !noProgress)
        {
            result = LiveDisplay.Run(Terminal.For(stdout), progress, display => run.Execute(display, signals.Token));
        }
        else
        {
            var plain = new PlainDisplay(progress, stdout, stderr);
            result = run.Execute(plain, signals.Token);
            plain.Complete();
        }

        return Finish(result, request.Settings.OutputRoot, stdout, stderr);
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

    /// <summary>Runs <paramref name="step"/>; a release run's refusal (nothing matched, an unusable `--tmp`) is a usage error (exit 2).</summary>
    public static T AsUsageError<T>(Func<T> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            return step();
        }
        catch (ReleaseRefusedException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>The summary, where the outputs are, and the exit status.</summary>
    private static int Finish(ReleaseResult result, string output, TextWriter stdout, TextWriter stderr)
    {
        if (result.WriteError is { } error) stderr.WriteLine($"error: {error}");
        var clock = TimeProvider.System;
        stdout.WriteLine();
        stdout.Write(new SummaryTable(clock).Text(result.Report));
        if (result.Html is { } html) stdout.Write(CoverageText.Render(html.Coverage, html.Benchmarks));
        foreach (var problem in result.Html?.Problems ?? []) stderr.WriteLine($"warning: {problem}");
        if (result.NothingToDo) stdout.WriteLine("everything was already up to date: nothing converted");
        var full = Path.GetFullPath(output);
        stdout.WriteLine($"outputs:         {full}");
        stdout.WriteLine($"ILAMB 2.x:       ilamb-run --model_root {Path.Combine(full, "<simulation>")} (one folder per model)");
        if (result.Catalog is { } catalog) stdout.WriteLine($"ilamb3 catalog:  {catalog.CsvPath} ({catalog.Rows.Count} rows)");
        if (result.Reports is { } paths) stdout.WriteLine($"report:          {paths.Json} and {paths.Markdown}");
        if (result.Html is { } written) stdout.WriteLine($"html report:     {written.IndexPath}");
        if (result.Interrupted)
        {
            stdout.WriteLine(InterruptedLine(result.FileOutcomes));
            return ExitCodes.Interrupted;
        }

        return result.Failed > 0 || result.Reports is null ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    /// <summary>
    /// What the run will cover, counted as the end summary counts (input files converted or skipped; land-fraction
    /// and area files apart, as companions).
    /// </summary>
    private static string StartLine(ReleaseRequest request, DiscoveryResult discovery, IReadOnlyList<WorkItem> items) =>
        $"{request.Root}: {discovery.Work.Count + discovery.Skipped.Count} input files: {discovery.Work.Count} to convert ({discovery.TotalBytes / 1e6:0.0} MB), " +
        $"{discovery.Skipped.Count} skipped; {discovery.Companions.Count} land-fraction/area source file(s) for the companions" +
        (request.Shard.Count > 1 ? $"; shard {request.Shard}: {items.Count} files" : "") + $"; {request.Jobs} worker(s)";

    private static ShardSpec ShardFor(string? text)
    {
        var result = text is not null ? ShardSpec.Parse(text) : ShardSpec.FromEnvironment(Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value));
        if (result.IsError) throw new UsageException(result.Error!);
        return result.Shard ?? ShardSpec.All;
    }
}
