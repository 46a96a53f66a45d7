using System.Diagnostics;
using Trendy.Core.Batch;

namespace Trendy.Pipeline.Scheduling;

/// <summary>
/// Runs work items on a pool, largest first, and owns the failure policy for every pool:
/// <list type="bullet">
/// <item>an outcome reported by a worker is final (a conversion failure is data, not a reason to retry);</item>
/// <item>a worker that dies fails only its item, which is retried in a fresh worker up to
/// <see cref="SchedulerOptions.MaxAttempts"/> times in all, then fails with WORKER_CRASH (WORKER_START if it never started);</item>
/// <item>a work function that throws fails the item with WORKER_EXCEPTION, no retry (the code path is deterministic);</item>
/// <item>an item past <see cref="SchedulerOptions.ItemTimeout"/> has its worker killed and fails with TIMEOUT, no retry;</item>
/// <item>cancellation starts no new item, stops running ones (INTERRUPTED) and marks the rest NOT_STARTED.</item>
/// </list>
/// Every item gets exactly one outcome, returned in input order, so a report can always be written.
/// </summary>
public sealed class Scheduler
{
    private readonly IWorkerPool _pool;
    private readonly SchedulerOptions _options;
    private readonly IProgress<SchedulerEvent>? _events;
    private readonly Lock _eventLock = new();

    public Scheduler(IWorkerPool pool, SchedulerOptions? options = null, IProgress<SchedulerEvent>? events = null)
    {
        ArgumentNullException.ThrowIfNull(pool);
        _pool = pool;
        _options = options ?? new SchedulerOptions();
        _events = events;
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxAttempts, 1, nameof(options));
    }

    /// <summary>
    /// Runs every item and returns one outcome per item, in input order. Cancelling <paramref name="cancellation"/>
    /// ends the run early but still returns; the pool's workers are stopped before this returns.
    /// </summary>
    public async Task<IReadOnlyList<WorkOutcome>> RunAsync(IReadOnlyList<WorkItem> items, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var queue = new WorkQueue(LargestFirst(items));
        var results = new WorkOutcome?[items.Count];
        try
        {
            var loops = Enumerable.Range(0, _pool.WorkerCount)
                .Select(worker => Task.Run(() => WorkerLoopAsync(worker, items, queue, results, cancellation), CancellationToken.None));
            await Task.WhenAll(loops);
        }
        finally
        {
            await _pool.StopAsync();
        }

        return [.. items.Select((item, i) => results[i] ?? NotStarted(item, cancellation))];
    }

    /// <summary>Indices by size descending, then id and input position: largest first keeps the tail of a run short.</summary>
    private static IEnumerable<int> LargestFirst(IReadOnlyList<WorkItem> items) =>
        Enumerable.Range(0, items.Count)
            .OrderByDescending(i => items[i].SizeBytes)
            .ThenBy(i => items[i].Id, StringComparer.Ordinal)
            .ThenBy(i => i);

    private async Task WorkerLoopAsync(
        int worker, IReadOnlyList<WorkItem> items, WorkQueue queue, WorkOutcome?[] results, CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested && queue.TryTake(out var index))
        {
            var outcome = await RunItemAsync(worker, items[index], cancellation);
            results[index] = outcome;
            Emit(new ItemFinished(worker, items[index], outcome));
            if (outcome.IsFailure && outcome.ReasonCode != ReasonCodes.Interrupted) queue.CountFailure(_options.StopAfterFailures);
        }
    }

    private async Task<WorkOutcome> RunItemAsync(int worker, WorkItem item, CancellationToken cancellation)
    {
        for (var attempt = 1; ; attempt++)
        {
            Emit(new ItemStarted(worker, item, attempt));
            var started = Stopwatch.GetTimestamp();
            var (result, timedOut) = await AttemptAsync(worker, item, cancellation);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            foreach (var line in result.Noise) Emit(new WorkerNoise(worker, item, line));
            if (Decide(item, result, attempt, timedOut, cancellation) is { } outcome) return Stamp(outcome, result, attempt, seconds);
            Emit(new AttemptFailed(worker, item, attempt, result.Detail));
        }
    }

    private async Task<(WorkerAttempt Result, bool TimedOut)> AttemptAsync(int worker, WorkItem item, CancellationToken cancellation)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        if (_options.ItemTimeout is { } timeout) limit.CancelAfter(timeout);
        var progress = new CallbackProgress(fraction => Emit(new ItemProgressed(worker, item, fraction)));
        var result = await _pool.RunAsync(worker, item, progress, limit.Token);
        return (result, limit.IsCancellationRequested && !cancellation.IsCancellationRequested);
    }

    /// <summary>The failure policy: the final outcome of this attempt, or null to try again.</summary>
    private WorkOutcome? Decide(WorkItem item, WorkerAttempt result, int attempt, bool timedOut, CancellationToken cancellation)
    {
        if (result.End == AttemptEnd.Completed && result.Outcome is { } reported) return reported;
        // Ctrl-C reaches the whole process group, so workers may die of SIGINT before they are stopped: still an interruption.
        if (cancellation.IsCancellationRequested)
            return WorkOutcome.Failure(item, ReasonCodes.Interrupted, $"run cancelled while the item was running ({result.Detail})", attempt);
        return result.End switch
        {
            AttemptEnd.Faulted => WorkOutcome.Failure(item, ReasonCodes.WorkerException, result.Detail, attempt),
            AttemptEnd.Cancelled when timedOut => WorkOutcome.Failure(item, ReasonCodes.Timeout,
                $"no result within the time limit of {_options.ItemTimeout}; worker stopped ({result.Detail})", attempt),
            _ when attempt < _options.MaxAttempts => null,
            AttemptEnd.StartFailed => WorkOutcome.Failure(item, ReasonCodes.WorkerStart, result.Detail, attempt),
            _ => WorkOutcome.Failure(item, ReasonCodes.WorkerCrash, $"worker died on attempt {attempt} of {_options.MaxAttempts}: {result.Detail}", attempt),
        };
    }

    /// <summary>Fills in what the scheduler measured where the worker left it blank.</summary>
    private static WorkOutcome Stamp(WorkOutcome outcome, WorkerAttempt result, int attempt, double seconds) => outcome with
    {
        Attempts = attempt,
        Seconds = outcome.Seconds > 0 ? outcome.Seconds : seconds,
        PeakMemoryBytes = outcome.PeakMemoryBytes > 0 ? outcome.PeakMemoryBytes : result.PeakMemoryBytes,
    };

    private static WorkOutcome NotStarted(WorkItem item, CancellationToken cancellation) =>
        WorkOutcome.Failure(item, ReasonCodes.NotStarted,
            cancellation.IsCancellationRequested ? "run cancelled before the item started" : "run stopped after too many failures before the item started",
            attempts: 0);

    private void Emit(SchedulerEvent e)
    {
        if (_events is null) return;
        lock (_eventLock) _events.Report(e);
    }

    /// <summary>Synchronous, unlike <see cref="Progress{T}"/>, which posts to a synchronization context and can reorder.</summary>
    private sealed class CallbackProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
