using Trendy.Core.Batch;

namespace Trendy.Pipeline.Scheduling;

/// <summary>
/// One worker slot that runs the work function on the caller's thread: for <c>-j 1</c> and for tests.
/// Nothing can be killed here, so a time limit or cancellation only works if the function honours its token;
/// use a one-worker <see cref="ProcessWorkerPool"/> when a hang in native code must be survivable.
/// </summary>
public sealed class InProcessWorkerPool : IWorkerPool
{
    private readonly Func<WorkItem, IProgress<double>?, CancellationToken, WorkOutcome> _work;

    public InProcessWorkerPool(Func<WorkItem, IProgress<double>?, CancellationToken, WorkOutcome> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work;
    }

    public int WorkerCount => 1;

    public Task<WorkerAttempt> RunAsync(int worker, WorkItem item, IProgress<double>? progress, CancellationToken cancellation)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(worker, 0);
        ArgumentNullException.ThrowIfNull(item);
        return Task.FromResult(Run(item, progress, cancellation));
    }

    public Task StopAsync() => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private WorkerAttempt Run(WorkItem item, IProgress<double>? progress, CancellationToken cancellation)
    {
        if (cancellation.IsCancellationRequested) return WorkerAttempt.Failed(AttemptEnd.Cancelled, "cancelled before start");
        try
        {
            var outcome = _work(item, progress, cancellation);
            // Reset after sampling so the next item's peak is its own, as for a worker process.
            return WorkerAttempt.Completed(outcome) with { PeakMemoryBytes = PeakMemory.SampleAndReset(Environment.ProcessId) };
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return WorkerAttempt.Failed(AttemptEnd.Cancelled, "the work function stopped on cancellation");
        }
        catch (Exception ex)
        {
            // The in-process twin of a worker's "fault" message: the function threw, the process lives on.
            return WorkerAttempt.Failed(AttemptEnd.Faulted, $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
