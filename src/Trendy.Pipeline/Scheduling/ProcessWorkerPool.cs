using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using Trendy.Core.Batch;
using Trendy.Pipeline.Conversion;

namespace Trendy.Pipeline.Scheduling;

/// <summary>
/// Worker slots backed by child processes that speak the JSON-lines protocol (<see cref="WorkerHost"/>).
/// libnetcdf/HDF5 are not thread-safe and may crash in native code, so isolation is by process:
/// a crash ends one worker, never the run. Workers start lazily and are reused across items;
/// a worker that died or was cancelled is discarded and its slot starts a fresh one next time.
/// </summary>
/// <remarks>Each slot is used by one caller at a time (the scheduler gives each slot its own loop).</remarks>
public sealed class ProcessWorkerPool : IWorkerPool
{
    private readonly Func<ProcessStartInfo> _startInfo;
    private readonly ProcessWorkerPoolOptions _options;
    private readonly ConversionSettings? _settings;
    private readonly WorkerProcess?[] _workers;
    private readonly ConcurrentQueue<int> _started = new();

    /// <param name="workerCount">Number of slots (the CLI's -j).</param>
    /// <param name="startInfo">
    /// Makes the command line of one worker: in production the same executable with the hidden <c>worker</c>
    /// argument (<see cref="WorkerCommand.ForCurrentProcess"/>); in tests any program speaking the protocol.
    /// Redirection and encodings are set by the pool.
    /// </param>
    /// <param name="options">Grace periods and how much worker output to keep.</param>
    /// <param name="settings">The run's settings, sent with every item in its <see cref="WorkerRequest"/>.</param>
    public ProcessWorkerPool(int workerCount, Func<ProcessStartInfo> startInfo, ProcessWorkerPoolOptions? options = null, ConversionSettings? settings = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workerCount, 1);
        ArgumentNullException.ThrowIfNull(startInfo);
        _startInfo = startInfo;
        _options = options ?? new ProcessWorkerPoolOptions();
        _workers = new WorkerProcess?[workerCount];
        _settings = settings;
    }

    public int WorkerCount => _workers.Length;

    /// <summary>Every worker process id this pool has started, in order (for diagnostics and leak tests).</summary>
    public IReadOnlyList<int> StartedProcessIds => [.. _started];

    public async Task<WorkerAttempt> RunAsync(int worker, WorkItem item, IProgress<double>? progress, CancellationToken cancellation)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(worker);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(worker, _workers.Length);
        ArgumentNullException.ThrowIfNull(item);
        if (cancellation.IsCancellationRequested) return WorkerAttempt.Failed(AttemptEnd.Cancelled, "cancelled before start");
        var (process, startError) = await ReadyWorkerAsync(worker);
        if (process is null) return WorkerAttempt.Failed(AttemptEnd.StartFailed, startError);
        var attempt = await process.RunAsync(WorkerRequest.For(item, _settings), progress, cancellation);
        if (attempt.End is not (AttemptEnd.Completed or AttemptEnd.Faulted))
        {
            _workers[worker] = null;
            await process.DisposeAsync();
        }

        return attempt;
    }

    public async Task StopAsync()
    {
        var running = _workers.Where(w => w is not null).Cast<WorkerProcess>().ToList();
        Array.Clear(_workers);
        await Task.WhenAll(running.Select(w => w.DisposeAsync().AsTask()));
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task<(WorkerProcess? Process, string Error)> ReadyWorkerAsync(int worker)
    {
        if (_workers[worker] is { HasExited: false } alive) return (alive, "");
        if (_workers[worker] is { } dead) await dead.DisposeAsync();
        _workers[worker] = null;
        var info = _startInfo();
        try
        {
            var process = WorkerProcess.Start(info, _options);
            _started.Enqueue(process.ProcessId);
            _workers[worker] = process;
            return (process, "");
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException or IOException)
        {
            return (null, $"could not start worker '{info.FileName}': {ex.Message}");
        }
    }
}
