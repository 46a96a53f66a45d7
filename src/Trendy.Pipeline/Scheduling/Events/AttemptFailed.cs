using Trendy.Core.Batch;

namespace Trendy.Pipeline.Scheduling;

/// <summary>An attempt ended without an outcome and the item will be tried again; Detail says what happened.</summary>
public sealed record AttemptFailed(int Worker, WorkItem Item, int Attempt, string Detail) : SchedulerEvent(Worker);
