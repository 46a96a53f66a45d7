using Trendy.Core.Batch;

namespace Trendy.Pipeline.Scheduling;

/// <summary>Worker slot <see cref="SchedulerEvent.Worker"/> started an item; Attempt 2 is the retry after a crash.</summary>
public sealed record ItemStarted(int Worker, WorkItem Item, int Attempt) : SchedulerEvent(Worker);
