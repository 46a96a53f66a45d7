using System.Globalization;
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
    public static readonly HashSet<string> ValueOptions = ["-j", "--jobs", "--models", "--simulations", "--variables", "--timeout", "--tmp", "--shard"];

    public static int Run(string root, string output, ParsedArgs parsed, ConversionSettings settings, TextWriter stdout, TextWriter stderr)
    {
        var started = DateTimeOffset.Now;
        var shard = ShardFor(parsed);
        var jobs = parsed.Int("-j", parsed.Int("--jobs", Environment.ProcessorCount, 1, 1024), 1, 1024);
        var timeout = parsed.Value("--timeout") is { } t ? TimeSpan.FromSeconds(ParsePositive(t, "--timeout")) : (TimeSpan?)null;
        var selection = new Selection(parsed.List("--models"), parsed.List("--simulations"), parsed.List("--variables"), parsed.Flag("--all"));
        var discovery = ReleaseScanner.Scan(root, rel => settings.Service.Identify(rel, settings.Overrides), selection, settings.Service.Catalog);
        foreach (var p in discovery.Problems) stderr.WriteLine($"warning: {p}");
        var swept = TempOutput.Sweep(output);
        if (swept > 0) stderr.WriteLine($"removed {swept} temporary file(s) left by an interrupted run");

        var items = ShardAssigner.Assign(discovery.Work.Select(w => w.Item), shard);
        stdout.WriteLine($"{root}: {discovery.Work.Count} files to convert ({discovery.TotalBytes / 1e6:0.0} MB), {discovery.Skipped.Count} skipped, {discovery.Companions.Count} land-fraction/area files" +
                         (shard.Count > 1 ? $"; shard {shard}: {items.Count} files" : "") + $"; {jobs} worker(s)");
        StagingFolder.SweepDead(parsed.Value("--tmp"));
        (IReadOnlyList<WorkOutcome> Outcomes, bool Interrupted) run;
        // --tmp names a parent: the run stages archives in a private folder of its own inside it and removes only that (docs/cleanup.md).
        using (var staging = Staging.Create(parsed.Value("--tmp"))) run = Schedule(items, output, staging.Path, jobs, timeout, parsed, settings, stdout);
        var (outcomes, interrupted) = run;
        return RunEnd.Finish(new RunEnd.Record(root, output, started, shard, settings, discovery, items, outcomes, interrupted), stdout, stderr);
    }

    private static (IReadOnlyList<WorkOutcome> Outcomes, bool Interrupted) Schedule(IReadOnlyList<WorkItem> items, string output, string tmp, int jobs, TimeSpan? timeout,
        ParsedArgs parsed, ConversionSettings settings, TextWriter stdout)
    {
        if (items.Count == 0) return ([], false);
        var workerArgs = new List<string> { "-o", output, "--tmp", tmp, "--history", settings.CommandLine["trendy2ilamb convert ".Length..] };
        foreach (var name in ConversionSettings.ValueOptions)
        {
            if (parsed.Value(name) is { } v) workerArgs.AddRange([name, v]);
        }

        if (parsed.Flag("--force")) workerArgs.Add("--force");
        var live = !Console.IsOutputRedirected && !parsed.Flag("--no-progress") && ReferenceEquals(stdout, Console.Out);
        using var display = new ProgressDisplay(stdout, live, TimeProvider.System, items.Count, items.Sum(i => i.SizeBytes));
        using var signals = new CancelOnSignals();
        var pool = new ProcessWorkerPool(Math.Min(jobs, items.Count), () => WorkerCommand.ForCurrentProcess(workerArgs));
        var scheduler = new Scheduler(pool, new SchedulerOptions { ItemTimeout = timeout }, display);
        var outcomes = scheduler.RunAsync(items, signals.Token).GetAwaiter().GetResult();
        display.Complete();
        // Workers killed mid-file (Ctrl-C, timeout, crash) could not remove their temporary files; they are dead
        // now, so the sweep (which spares live processes, e.g. other shards) takes what they left.
        TempOutput.Sweep(output);
        if (signals.Token.IsCancellationRequested) stdout.WriteLine("interrupted: workers stopped, temporary files removed, finished outputs kept");
        return (outcomes, signals.Token.IsCancellationRequested);
    }

    private static ShardSpec ShardFor(ParsedArgs parsed)
    {
        var result = parsed.Value("--shard") is { } s ? ShardSpec.Parse(s) : ShardSpec.FromEnvironment(Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value));
        if (result.IsError) throw new UsageException(result.Error!);
        return result.Shard ?? ShardSpec.All;
    }

    private static double ParsePositive(string text, string name) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : throw new UsageException($"{name} takes a positive number of seconds, found '{text}'");
}
