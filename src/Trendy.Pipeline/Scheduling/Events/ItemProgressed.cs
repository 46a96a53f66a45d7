using Trendy.Core.Batch;

namespace Trendy.Pipeline.Scheduling;

/// <summary>The worker reported how far it is with an item, from 0 to 1.</summary>
public sealed record ItemProgressed(int Worker, WorkItem Item, double Fraction) : SchedulerEvent(Worker);
