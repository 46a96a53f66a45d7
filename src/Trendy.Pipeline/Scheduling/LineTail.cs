namespace Trendy.Pipeline.Scheduling;

/// <summary>Keeps the last few lines of a stream (a worker's stderr) for failure messages; thread-safe.</summary>
internal sealed class LineTail(int capacity)
{
    private readonly Queue<string> _lines = new();
    private readonly Lock _lock = new();

    internal void Add(string line)
    {
        lock (_lock)
        {
            _lines.Enqueue(line);
            while (_lines.Count > capacity) _lines.Dequeue();
        }
    }

    internal string Text()
    {
        lock (_lock)
        {
            return string.Join(" | ", _lines);
        }
    }
}
