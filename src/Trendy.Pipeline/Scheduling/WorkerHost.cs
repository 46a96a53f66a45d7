using System.Diagnostics;
using Trendy.Core.Batch;

namespace Trendy.Pipeline.Scheduling;

/// <summary>
/// The worker side of the protocol: announce ready, then for each work line run the work function and answer
/// with progress lines and one done (or fault) line; exit on end of input. The CLI's hidden <c>worker</c>
/// command is <c>WorkerHost.Run(Console.In, Console.Out, convert)</c>.
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
        Func<WorkItem, IProgress<double>?, CancellationToken, WorkOutcome> work,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(work);
        var writer = new MessageWriter(output);
        writer.Write(new ReadyMessage());
        while (!cancellation.IsCancellationRequested && input.ReadLine() is { } line)
        {
            if (WorkerProtocol.TryParse(line) is WorkMessage { Item: var item }) Serve(item, writer, work, cancellation);
        }

        return 0;
    }

    private static void Serve(
        WorkItem item,
        MessageWriter writer,
        Func<WorkItem, IProgress<double>?, CancellationToken, WorkOutcome> work,
        CancellationToken cancellation)
    {
        var started = Stopwatch.GetTimestamp();
        WorkerMessage answer;
        try
        {
            var outcome = work(item, new LineProgress(writer, item.Id), cancellation);
            var seconds = outcome.Seconds > 0 ? outcome.Seconds : Stopwatch.GetElapsedTime(started).TotalSeconds;
            answer = new DoneMessage(outcome with { ItemId = item.Id, Seconds = seconds });
        }
        catch (Exception ex)
        {
            answer = new FaultMessage(item.Id, $"{ex.GetType().Name}: {ex.Message}");
        }

        writer.Write(answer);
    }

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
