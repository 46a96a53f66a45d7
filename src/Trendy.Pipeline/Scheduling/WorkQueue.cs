namespace Trendy.Pipeline.Scheduling;

/// <summary>Hands out item indices largest first to the worker loops, and can be closed early; thread-safe.</summary>
internal sealed class WorkQueue
{
    private readonly Lock _lock = new();
    private readonly Queue<int> _order;
    private int _failures;

    internal WorkQueue(IEnumerable<int> order) => _order = new Queue<int>(order);

    internal bool Stopped { get; private set; }

    internal bool TryTake(out int index)
    {
        lock (_lock)
        {
            index = -1;
            return !Stopped && _order.TryDequeue(out index);
        }
    }

    /// <summary>Counts a failure and closes the queue once <paramref name="limit"/> failures are reached.</summary>
    internal void CountFailure(int? limit)
    {
        lock (_lock)
        {
            _failures++;
            if (limit is { } max && _failures >= max) Stopped = true;
        }
    }
}
