using Trendy.Core.Batch;
using Trendy.Core.Companions;
using Trendy.Core.Identify;
using Trendy.Pipeline.Cleanup;
using Trendy.Pipeline.Companions;
using Trendy.Pipeline.Conversion;
using Trendy.Pipeline.Discovery;
using Trendy.Pipeline.Execution;
using Trendy.Pipeline.Reporting;
using Trendy.Pipeline.Scheduling;

namespace Trendy.Pipeline.Release;

/// <summary>
/// `convert RELEASE -o OUT`: scan → shard → schedule the files over worker processes → companions (as scheduler items
/// too) → report → catalogue. <see cref="Prepare"/> scans and makes the staging folder (what the CLI shows before the
/// run); <see cref="Execute"/> does the rest. The failure policy is the scheduler's, for files and companion folders
/// alike; this class wires the parts together and prints nothing (docs/architecture.md, a release).
/// </summary>
public sealed class ReleaseRun : IDisposable
{
    private readonly ReleaseRequest _request;
    private readonly ConversionService _service;
    private readonly Func<int, ConversionSettings, IWorkerPool> _pools;
    private readonly TimeProvider _clock;
    private StagingFolder? _staging;

    private ReleaseRun(ReleaseRequest request, ConversionService service, Func<int, ConversionSettings, IWorkerPool> pools, TimeProvider clock,
        DateTimeOffset started, DiscoveryResult discovery, IReadOnlyList<WorkItem> items, int swept, StagingFolder staging)
    {
        (_request, _service, _pools, _clock, _staging) = (request, service, pools, clock, staging);
        (Started, Discovery, Items, SweptTemporaries) = (started, discovery, items, swept);
        Settings = request.Settings with { StagingFolder = staging.Path };
    }

    /// <summary>What the whole release holds for this run (all shards).</summary>
    public DiscoveryResult Discovery { get; }

    /// <summary>The files this shard converts.</summary>
    public IReadOnlyList<WorkItem> Items { get; }

    /// <summary>Temporary outputs an interrupted run had left in OUT, removed before starting.</summary>
    public int SweptTemporaries { get; }

    /// <summary>The settings every worker gets (with this run's staging folder).</summary>
    public ConversionSettings Settings { get; }

    public DateTimeOffset Started { get; }

    /// <summary>
    /// Scans the release (identifying every file once), refuses a selection that matches nothing, removes temporary
    /// outputs left by an interrupted run, takes this shard's files and makes the private staging folder.
    /// </summary>
    /// <param name="request">What the CLI parsed.</param>
    /// <param name="service">The service the settings describe (identification during the scan, the interrupted-run check).</param>
    /// <param name="pools">Makes the worker pool for a number of workers (null: worker processes of this executable).</param>
    /// <param name="clock">The clock of the report times (null: the system's).</param>
    /// <exception cref="ReleaseRefusedException">The selection matches nothing, or `--tmp` cannot hold a staging folder.</exception>
    public static ReleaseRun Prepare(ReleaseRequest request, ConversionService service, Func<int, ConversionSettings, IWorkerPool>? pools = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(service);
        clock ??= TimeProvider.System;
        var started = clock.GetLocalNow();
        var discovery = Scan(request.Root, request.Selection, request.Overrides, service);
        var swept = TempOutput.Sweep(request.Settings.OutputRoot);
        var items = ShardAssigner.Assign(discovery.Work.Select(w => w.Item), request.Shard);
        StagingFolder.SweepDead(request.TmpParent);
        StagingFolder staging;
        try
        {
            // --tmp names a parent: the run stages archives in a private folder of its own inside it and removes only that (docs/cleanup.md).
            staging = StagingFolder.Create(request.TmpParent);
        }
        catch (StagingFolderException e)
        {
            throw new ReleaseRefusedException(e.Message);
        }

        return new ReleaseRun(request, service, pools ?? ProcessPool, clock, started, discovery, items, swept, staging);
    }

    /// <summary>Discovery as `convert` and `scan` do it: every file identified once, by path and leading bytes; a selection that matches nothing refused.</summary>
    /// <exception cref="ReleaseRefusedException">A `--models/--simulations/--variables` value matches nothing in the release.</exception>
    public static DiscoveryResult Scan(string root, Selection selection, IdentifyOptions overrides, ConversionService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var discovery = ReleaseScanner.Scan(root, (rel, content) => service.Identify(rel, overrides, content), selection, service.Catalog);
        return UnmatchedSelection.Find(selection, discovery, root) is { } refusal ? throw new ReleaseRefusedException(refusal) : discovery;
    }

    /// <summary>
    /// Converts this shard's files (<paramref name="events"/> sees their progress), then, unless interrupted, writes
    /// the companions of every model folder written to; then the report and the catalogue. Returns when all is done
    /// or <paramref name="cancel"/> stopped it; never throws for a file, a worker or a full output disk.
    /// </summary>
    public ReleaseResult Execute(IProgress<SchedulerEvent>? events, CancellationToken cancel)
    {
        var outcomes = Schedule(Items, events, cancel);
        // Workers killed mid-file (Ctrl-C, timeout, crash) could not remove their temporary files; they are dead
        // now, so the sweep (which spares live processes, e.g. other shards) takes what they left.
        TempOutput.Sweep(Settings.OutputRoot);
        _staging?.Dispose();
        _staging = null;

        var interrupted = cancel.IsCancellationRequested;
        if (interrupted) outcomes = FinishedBeforeInterrupt.Reclassify(Items, outcomes, _service, Settings, Started);
        var entries = Items.Zip(outcomes).ToList();
        if (!interrupted)
        {
            var companions = CompanionItems(outcomes);
            entries.AddRange(companions.Zip(Schedule(companions, null, cancel)));
            interrupted = cancel.IsCancellationRequested;
        }

        if (_request.Shard.Index == 1) entries.AddRange(Discovery.Skipped.Select(Skipped));
        return WriteReports(entries, outcomes, interrupted);
    }

    public void Dispose()
    {
        _staging?.Dispose();
        _staging = null;
    }

    private IReadOnlyList<WorkOutcome> Schedule(IReadOnlyList<WorkItem> items, IProgress<SchedulerEvent>? events, CancellationToken cancel)
    {
        if (items.Count == 0) return [];
        var pool = _pools(Math.Min(_request.Jobs, items.Count), Settings);
        return new Scheduler(pool, new SchedulerOptions { ItemTimeout = _request.ItemTimeout }, events).RunAsync(items, cancel).GetAwaiter().GetResult();
    }

    private IReadOnlyList<WorkItem> CompanionItems(IReadOnlyList<WorkOutcome> outcomes) =>
        ModelCompanions.ItemsFor(ModelCompanions.Folders(Settings.OutputRoot, outcomes), [.. Discovery.Companions.Select(f => CompanionSourceFile.From(f.Path, f.Identity))]);

    /// <summary>
    /// The one place where a run's reports are written: the run report (JSON + Markdown), the ilamb3 catalogue
    /// rebuilt from everything under OUT, and the HTML report. A full or read-only output disk must not turn a finished run into a crash:
    /// the result says what is missing.
    /// </summary>
    private ReleaseResult WriteReports(IReadOnlyList<(WorkItem Item, WorkOutcome Outcome)> entries, IReadOnlyList<WorkOutcome> fileOutcomes, bool interrupted)
    {
        var report = RunReport.Create($"{_clock.GetUtcNow():yyyyMMddTHHmmssZ}-{Environment.ProcessId}", Core.ProductVersion.Current, Started, _clock.GetUtcNow(),
            Path.GetFullPath(_request.Root), Path.GetFullPath(Settings.OutputRoot), Options(), _request.Shard.Count > 1 ? _request.Shard.ToString() : null,
            entries.Select(p => ReportEntry.From(p.Item, p.Outcome)));
        ReportPaths? paths = null;
        IlambCatalogResult? catalog = null;
        HtmlReportResult? html = null;
        try
        {
            paths = new ReportStore(Settings.OutputRoot, _clock).Write(report);
            catalog = IlambCatalog.Write(Settings.OutputRoot);
            html = HtmlReportWriter.Write(Settings.OutputRoot, report, _clock);
            return new ReleaseResult(entries, fileOutcomes, report, paths, catalog, html, null, interrupted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // What was written before the disk refused is kept and shown.
            return new ReleaseResult(entries, fileOutcomes, report, paths, catalog, html,
                $"could not write the run report or the ilamb3 catalogue under {Settings.OutputRoot}: {e.Message}", interrupted);
        }
    }

    private static (WorkItem, WorkOutcome) Skipped(SkippedFile s)
    {
        var id = s.File.Identity;
        var item = new WorkItem(s.File.RelativePath, s.File.Path, id.Model, id.Simulation ?? "-", id.Target?.TrendyName ?? id.VariableToken ?? "-", s.File.Size);
        return (item, new WorkOutcome(item.Id, WorkStatus.Skipped, s.Code, s.Reason) { Diagnostics = [.. id.Diagnostics.Select(d => d.ToString())] });
    }

    private IEnumerable<KeyValuePair<string, string>> Options() =>
    [
        new("command", Settings.CommandLine),
        new("deflate", Settings.Options.DeflateLevel.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("format", Settings.Options.Format.ToString()),
        new("memory", Settings.Options.MemoryBudgetBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    private static IWorkerPool ProcessPool(int workers, ConversionSettings settings) =>
        new ProcessWorkerPool(workers, WorkerCommand.ForCurrentProcess, settings: settings);
}
