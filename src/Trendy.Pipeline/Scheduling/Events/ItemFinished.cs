using Trendy.Core.Batch;

namespace Trendy.Pipeline.Scheduling;

/// <summary>An item's final outcome (after any retry); exactly one per started item.</summary>
public sealed record ItemFinished(int Worker, WorkItem Item, WorkOutcome Outcome) : SchedulerEvent(Worker);
