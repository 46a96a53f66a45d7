using System.Diagnostics;
using System.Text;
using System.Threading.Channels;
using Trendy.Core.Batch;

namespace Trendy.Pipeline.Scheduling;

/// <summary>
/// One worker child process: its stdout is pumped into a channel of lines (so waiting for the next line can be
/// cancelled), its stderr into a tail for failure messages. Runs one item at a time.
/// </summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Process _process;
    private readonly ProcessWorkerPoolOptions _options;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>(new() { SingleReader = true });
    private readonly LineTail _stderr;
    private readonly Task _stdoutPump;
    private readonly Task _stderrPump;

    private WorkerProcess(Process process, ProcessWorkerPoolOptions options)
    {
        _process = process;
        _options = options;
        _stderr = new LineTail(options.StderrTailLines);
        _stdoutPump = Task.Run(async () =>
        {
            await PumpAsync(process.StandardOutput, line => _lines.Writer.TryWrite(line));
            _lines.Writer.TryComplete();
        });
        _stderrPump = Task.Run(() => PumpAsync(process.StandardError, _stderr.Add));
        _ = Task.Run(CompleteLinesAsync);
    }

    internal int ProcessId => _process.Id;

    internal bool HasExited => _process.HasExited;

    /// <summary>Starts the process; throws what <see cref="Process.Start()"/> throws if it cannot.</summary>
    internal static WorkerProcess Start(ProcessStartInfo info, ProcessWorkerPoolOptions options)
    {
        info.UseShellExecute = false;
        info.RedirectStandardInput = info.RedirectStandardOutput = info.RedirectStandardError = true;
        info.StandardInputEncoding = info.StandardOutputEncoding = info.StandardErrorEncoding = Utf8;
        var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch
        {
            process.Dispose();
            throw;
        }

        return new WorkerProcess(process, options);
    }

    /// <summary>Sends the item and reads until its outcome, a fault, the worker's death, or cancellation.</summary>
    internal async Task<WorkerAttempt> RunAsync(WorkerRequest request, IProgress<double>? progress, CancellationToken cancellation)
    {
        var item = request.Item;
        var noise = new List<string>();
        try
        {
            if (!await TrySendAsync(request)) return await DiedAsync("closed its stdin before the item was sent", noise);
            while (await NextLineAsync(cancellation) is { } line)
            {
                if (Handle(item, line, progress, noise) is { } attempt) return attempt with { Noise = noise };
            }

            return await DiedAsync("closed its stdout before finishing the item", noise);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await KillAsync();
            return WorkerAttempt.Failed(AttemptEnd.Cancelled, $"worker (pid {ProcessId}) killed: {Stderr()}") with { Noise = noise };
        }
    }

    /// <summary>Closes stdin (a worker exits on EOF), waits the grace period, then kills what is left.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // Already gone: the pipe is broken.
        }

        if (!await WaitForExitAsync()) await KillAsync();
        await Task.WhenAll(_stdoutPump, _stderrPump).WaitAsync(_options.ShutdownGrace).ContinueWith(_ => { }, TaskScheduler.Default);
        _process.Dispose();
    }

    private WorkerAttempt? Handle(WorkItem item, string line, IProgress<double>? progress, List<string> noise)
    {
        switch (WorkerProtocol.TryParse(line))
        {
            case ProgressMessage p when p.Id == item.Id:
                progress?.Report(p.Fraction);
                return null;
            case DoneMessage d when d.Outcome.ItemId == item.Id:
                return WorkerAttempt.Completed(d.Outcome) with { PeakMemoryBytes = PeakMemory.SampleAndReset(ProcessId) };
            case FaultMessage f when f.Id == item.Id:
                return WorkerAttempt.Failed(AttemptEnd.Faulted, f.Error);
            case DoneMessage or FaultMessage:
                // An answer for another item means the worker and we disagree about state: the pool
                // discards a worker that ended in Died, so the next attempt starts afresh.
                return WorkerAttempt.Failed(AttemptEnd.Died,
                    $"worker (pid {ProcessId}) broke the protocol: answered another item while running '{item.Id}': {line}");
            case ReadyMessage or ProgressMessage:
                return null;
            default:
                if (line.Length > 0 && noise.Count < _options.MaxNoiseLines) noise.Add(line);
                return null;
        }
    }

    private async Task<bool> TrySendAsync(WorkerRequest request)
    {
        try
        {
            await _process.StandardInput.WriteLineAsync(WorkerProtocol.Serialize(new WorkMessage(request)));
            await _process.StandardInput.FlushAsync();
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private async Task<string?> NextLineAsync(CancellationToken cancellation)
    {
        while (await _lines.Reader.WaitToReadAsync(cancellation))
        {
            if (_lines.Reader.TryRead(out var line)) return line;
        }

        return null;
    }

    private async Task<WorkerAttempt> DiedAsync(string what, List<string> noise)
    {
        // Stdout can close before the process is reaped; give it the grace period, then make sure it is gone.
        if (!await WaitForExitAsync()) await KillAsync();
        await _stderrPump.WaitAsync(_options.ShutdownGrace).ContinueWith(_ => { }, TaskScheduler.Default);
        var how = _process.HasExited ? ProcessExit.Describe(_process.ExitCode) : "did not exit and was killed";
        return WorkerAttempt.Failed(AttemptEnd.Died, $"worker (pid {ProcessId}) {what}; it {how}; stderr: {Stderr()}")
            with { Noise = noise };
    }

    private string Stderr()
    {
        var tail = _stderr.Text();
        return tail.Length == 0 ? "(empty)" : tail;
    }

    private async Task KillAsync()
    {
        try
        {
            // The whole tree: a worker's own children (e.g. a decompressor) must not outlive it.
            _process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already exited.
        }

        await WaitForExitAsync();
    }

    private async Task<bool> WaitForExitAsync()
    {
        using var grace = new CancellationTokenSource(_options.ShutdownGrace);
        try
        {
            await _process.WaitForExitAsync(grace.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// Stdout normally ends when the worker exits, but a grandchild holding the pipe would keep it open;
    /// so the line stream also ends one grace period after the process itself has exited.
    /// </summary>
    private async Task CompleteLinesAsync()
    {
        try
        {
            await _process.WaitForExitAsync();
            await _stdoutPump.WaitAsync(_options.ShutdownGrace);
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            // Pump still blocked by someone else's handle, or the process object was disposed.
        }

        _lines.Writer.TryComplete();
    }

    private static async Task PumpAsync(StreamReader reader, Action<string> onLine)
    {
        try
        {
            while (await reader.ReadLineAsync() is { } line) onLine(line);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The process was disposed under us: nothing more to read.
        }
    }
}
