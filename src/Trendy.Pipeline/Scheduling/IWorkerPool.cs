using Trendy.Core.Batch;

namespace Trendy.Pipeline.Scheduling;

/// <summary>
/// A fixed number of worker slots that each run one item at a time. A pool only reports what happened
/// (<see cref="WorkerAttempt"/>); retrying, time limits and interruption are decided by <see cref="Scheduler"/>,
/// so the failure policy is written once whatever the pool.
/// </summary>
public interface IWorkerPool : IAsyncDisposable
{
    /// <summary>How many items can run at once; the scheduler uses slots 0..WorkerCount−1.</summary>
    int WorkerCount { get; }

    /// <summary>
    /// Runs one item on slot <paramref name="worker"/>. When <paramref name="cancellation"/> fires the pool stops
    /// the item as hard as it can (a process pool kills the worker) and returns <see cref="AttemptEnd.Cancelled"/>.
    /// A slot whose worker died gets a fresh worker on its next call. Never throws for worker failures.
    /// </summary>
    Task<WorkerAttempt> RunAsync(int worker, WorkItem item, IProgress<double>? progress, CancellationToken cancellation);

    /// <summary>Stops every idle worker; afterwards no worker process of this pool is left running.</summary>
    Task StopAsync();
}
