using System.Diagnostics;
using Trendy.Core.Batch;

namespace Trendy.Pipeline.Scheduling;

/// <summary>
/// The worker side of the protocol: announce ready, then for each work line run the work function on its request and
/// answer with progress lines and one done (or fault) line; exit on end of input. A request of another version than
/// <see cref="WorkerRequest.CurrentVersion"/> is answered with a failed outcome (<see cref="ReasonCodes.WorkerVersion"/>)
/// and not run. The CLI's hidden <c>worker</c> command is <c>WorkerHost.Run(Console.In, Console.Out, ReleaseWorker.Run)</c>.
/// </summary>
public static class WorkerHost
{
    /// <summary>Serves work items until <paramref name="input"/> ends; returns the process exit code.</summary>
    /// <remarks>
    /// Lines that are not work messages are ignored: the coordinator only sends work. A throwing work function
    /// is reported as a fault and the loop goes on; a crash in native code ends the process, which the
    /// coordinator sees as a dead worker. Only <paramref name="cancellation"/> (the worker's own SIGTERM) stops early.
    /// </remarks>
    public static int Run(
        TextReader input,
        TextWriter output,
        Func<WorkerRequest, IProgress<double>?, CancellationToken, WorkOutcome> work,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(work);
        var writer = new MessageWriter(output);
        writer.Write(new ReadyMessage());
        while (!cancellation.IsCancellationRequested && input.ReadLine() is { } line)
        {
            if (WorkerProtocol.TryParse(line) is WorkMessage { Request: var request }) Serve(request, writer, work, cancellation);
            else if (WorkerProtocol.UnreadableWork(line) is var (id, version)) writer.Write(new DoneMessage(VersionMismatch(id, version)));
        }

        return 0;
    }

    private static void Serve(
        WorkerRequest request,
        MessageWriter writer,
        Func<WorkerRequest, IProgress<double>?, CancellationToken, WorkOutcome> work,
        CancellationToken cancellation)
    {
        var item = request.Item;
        if (request.Version != WorkerRequest.CurrentVersion)
        {
            writer.Write(new DoneMessage(VersionMismatch(item.Id, request.Version)));
            return;
        }

        var started = Stopwatch.GetTimestamp();
        WorkerMessage answer;
        try
        {
            var outcome = work(request, new LineProgress(writer, item.Id), cancellation);
            var seconds = outcome.Seconds > 0 ? outcome.Seconds : Stopwatch.GetElapsedTime(started).TotalSeconds;
            answer = new DoneMessage(outcome with { ItemId = item.Id, Seconds = seconds });
        }
        catch (Exception ex)
        {
            answer = new FaultMessage(item.Id, $"{ex.GetType().Name}: {ex.Message}");
        }

        writer.Write(answer);
    }

    /// <summary>The answer to a request this worker must not run: it was made by another build of the tool.</summary>
    private static WorkOutcome VersionMismatch(string id, int? version) =>
        new(id, WorkStatus.Failed, ReasonCodes.WorkerVersion,
            $"{id}: the coordinator sent worker request version {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}, " +
            $"this worker reads version {WorkerRequest.CurrentVersion}: they are different trendy2ilamb builds (was the executable replaced during the run?); " +
            "nothing was done; rerun the command with one installed version");

    /// <summary>Writes whole lines under a lock (progress may be reported from another thread) and flushes each.</summary>
    private sealed class MessageWriter(TextWriter output)
    {
        private readonly Lock _lock = new();

        internal void Write(WorkerMessage message)
        {
            var line = WorkerProtocol.Serialize(message);
            lock (_lock)
            {
                output.Write(line + "\n");
                output.Flush();
            }
        }
    }

    private sealed class LineProgress(MessageWriter writer, string id) : IProgress<double>
    {
        public void Report(double value)
        {
            if (double.IsFinite(value)) writer.Write(new ProgressMessage(id, Math.Clamp(value, 0, 1)));
        }
    }
}
