using Trendy.Core.Batch;

namespace Trendy.Pipeline.Scheduling;

/// <summary>A line on a worker's stdout that was not a protocol message (typically a native library printing).</summary>
public sealed record WorkerNoise(int Worker, WorkItem Item, string Line) : SchedulerEvent(Worker);
