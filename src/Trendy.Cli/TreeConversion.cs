using System.CommandLine;
using Trendy.Cli.Display;
using Trendy.Cli.Parsing;
using Trendy.Core.Batch;
using Trendy.Pipeline.Cleanup;
using Trendy.Pipeline.Discovery;
using Trendy.Pipeline.Execution;
using Trendy.Pipeline.Scheduling;

namespace Trendy.Cli;

/// <summary>
/// `convert ROOT -o OUT`: discover → shard → schedule over worker processes → companions, report, catalogue.
/// The failure policy is the scheduler's; this class only wires the parts together.
/// </summary>
public static class TreeConversion
{
    public static int Run(string root, string output, ParseResult parsed, CliOptions o, ConversionSettings settings)
    {
        var (stdout, stderr) = (parsed.Out(), parsed.Err());
        var started = DateTimeOffset.Now;
        var shard = ShardFor(parsed.GetValue(o.Shard));
        var jobs = o.JobsOrCores(parsed);
        var timeout = parsed.GetValue(o.Timeout);
        var selection = ReleaseSelection.From(parsed, o);
        var discovery = ReleaseScanner.Scan(root, (rel, content) => settings.Service.Identify(rel, settings.Overrides, content), selection, settings.Service.Catalog);
        ReleaseSelection.RefuseUnmatched(selection, discovery, root);
        foreach (var p in discovery.Problems) stderr.WriteLine($"warning: {p}");
        var swept = TempOutput.Sweep(output);
        if (swept > 0) stderr.WriteLine($"removed {swept} temporary file(s) left by an interrupted run");

        var items = ShardAssigner.Assign(discovery.Work.Select(w => w.Item), shard);
        stdout.WriteLine(StartLine(root, discovery, shard, items, jobs));
        var tmpParent = parsed.GetValue(o.Tmp);
        StagingFolder.SweepDead(tmpParent);
        (IReadOnlyList<WorkOutcome> Outcomes, bool Interrupted) run;
        // --tmp names a parent: the run stages archives in a private folder of its own inside it and removes only that (docs/cleanup.md).
        using (var staging = Staging.Create(tmpParent))
        {
            var workerArgs = new List<string> { "-o", output, "--tmp", staging.Path, "--history", settings.CommandLine };
            workerArgs.AddRange(ConversionSettings.PassThrough(parsed, o));
            if (parsed.GetValue(o.Force)) workerArgs.Add(o.Force.Name);
            var live = Terminal.IsInteractive(stdout) && !parsed.GetValue(o.NoProgress);
            run = Schedule(items, output, workerArgs, jobs, timeout, live, stdout, stderr);
        }

        var (outcomes, interrupted) = run;
        if (interrupted) outcomes = FinishedBeforeInterrupt.Reclassify(items, outcomes, settings, output, started);
        return RunEnd.Finish(new RunEnd.Record(root, output, started, shard, settings, discovery, items, outcomes, interrupted), stdout, stderr);
    }

    /// <summary>
    /// What the run will cover, counted as the end summary counts (input files converted or skipped; land-fraction
    /// and area files apart, as companions).
    /// </summary>
    private static string StartLine(string root, DiscoveryResult discovery, ShardSpec shard, IReadOnlyList<WorkItem> items, int jobs) =>
        $"{root}: {discovery.Work.Count + discovery.Skipped.Count} input files: {discovery.Work.Count} to convert ({discovery.TotalBytes / 1e6:0.0} MB), " +
        $"{discovery.Skipped.Count} skipped; {discovery.Companions.Count} land-fraction/area source file(s) for the companions" +
        (shard.Count > 1 ? $"; shard {shard}: {items.Count} files" : "") + $"; {jobs} worker(s)";

    private static (IReadOnlyList<WorkOutcome> Outcomes, bool Interrupted) Schedule(IReadOnlyList<WorkItem> items, string output, IReadOnlyList<string> workerArgs,
        int jobs, TimeSpan? timeout, bool live, TextWriter stdout, TextWriter stderr)
    {
        if (items.Count == 0) return ([], false);
        using var signals = new CancelOnSignals();
        var progress = new RunProgress(TimeProvider.System, items.Count, items.Sum(i => i.SizeBytes));
        IReadOnlyList<WorkOutcome> RunWith(IProgress<SchedulerEvent> display)
        {
            var pool = new ProcessWorkerPool(Math.Min(jobs, items.Count), () => WorkerCommand.ForCurrentProcess(workerArgs));
            return new Scheduler(pool, new SchedulerOptions { ItemTimeout = timeout }, display).RunAsync(items, signals.Token).GetAwaiter().GetResult();
        }

        IReadOnlyList<WorkOutcome> outcomes;
        if (live)
        {
            outcomes = LiveDisplay.Run(Terminal.For(stdout), progress, RunWith);
        }
        else
        {
            var plain = new PlainDisplay(progress, stdout, stderr);
            outcomes = RunWith(plain);
            plain.Complete();
        }

        // Workers killed mid-file (Ctrl-C, timeout, crash) could not remove their temporary files; they are dead
        // now, so the sweep (which spares live processes, e.g. other shards) takes what they left.
        TempOutput.Sweep(output);
        return (outcomes, signals.Token.IsCancellationRequested);
    }

    private static ShardSpec ShardFor(string? text)
    {
        var result = text is not null ? ShardSpec.Parse(text) : ShardSpec.FromEnvironment(Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value));
        if (result.IsError) throw new UsageException(result.Error!);
        return result.Shard ?? ShardSpec.All;
    }

}
