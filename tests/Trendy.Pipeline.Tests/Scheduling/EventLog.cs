using System.Collections.Concurrent;
using Trendy.Pipeline.Scheduling;

namespace Trendy.Pipeline.Tests.Scheduling;

/// <summary>Collects scheduler events synchronously and can run an action when a condition first holds.</summary>
internal sealed class EventLog(Func<IReadOnlyCollection<SchedulerEvent>, bool>? when = null, Action? then = null)
    : IProgress<SchedulerEvent>
{
    private readonly ConcurrentQueue<SchedulerEvent> _events = new();
    private int _fired;

    internal IReadOnlyList<SchedulerEvent> Events => [.. _events];

    public void Report(SchedulerEvent value)
    {
        _events.Enqueue(value);
        if (when is not null && then is not null && when(_events) && Interlocked.Exchange(ref _fired, 1) == 0)
        {
            // Off the scheduler's thread, like a signal handler would be.
            Task.Run(then);
        }
    }
}
