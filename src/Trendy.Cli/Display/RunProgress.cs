using System.Globalization;
using Trendy.Core.Batch;
using Trendy.Pipeline.Scheduling;

namespace Trendy.Cli.Display;

/// <summary>
/// What a run has done so far, fed by the scheduler's events: files done of total, failures, bytes, rate, ETA and
/// what each worker holds. Both displays read it; the clock is injected so the text can be tested.
/// </summary>
public sealed class RunProgress(TimeProvider clock, int totalItems, long totalBytes)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, (WorkItem Item, double Fraction)> _running = [];
    private readonly DateTimeOffset _started = clock.GetUtcNow();
    private int _done;
    private int _failed;
    private long _doneBytes;

    public int TotalItems => totalItems;

    public long TotalBytes => totalBytes;

    public TimeProvider Clock => clock;

    /// <summary>Applies an event; returns the finished outcome when the event ends a file.</summary>
    public WorkOutcome? Apply(SchedulerEvent e)
    {
        lock (_gate)
        {
            switch (e)
            {
                case ItemStarted s: _running[s.Worker] = (s.Item, 0); break;
                case ItemProgressed p: _running[p.Worker] = (p.Item, p.Fraction); break;
                case ItemFinished f:
                    _running.Remove(f.Worker);
                    _done++;
                    _doneBytes += f.Item.SizeBytes;
                    if (f.Outcome.IsFailure) _failed++;
                    return f.Outcome;
            }

            return null;
        }
    }

    /// <summary>Bytes done, counting the finished part of files in flight (what the bar and the rate show).</summary>
    public long BytesSoFar
    {
        get
        {
            lock (_gate) return _doneBytes + (long)_running.Values.Sum(r => r.Item.SizeBytes * r.Fraction);
        }
    }

    public IReadOnlyList<(int Worker, WorkItem Item, double Fraction)> Running
    {
        get
        {
            lock (_gate) return [.. _running.OrderBy(r => r.Key).Select(r => (r.Key, r.Value.Item, r.Value.Fraction))];
        }
    }

    /// <summary>"12/840 files (1 failed)".</summary>
    public string Files
    {
        get
        {
            lock (_gate) return $"{_done}/{totalItems} files ({_failed} failed)";
        }
    }

    /// <summary>The one-line summary of plain mode: files, MB, MB/s, elapsed, ETA.</summary>
    public string SummaryLine()
    {
        var elapsed = (clock.GetUtcNow() - _started).TotalSeconds;
        var bytes = BytesSoFar;
        var rate = elapsed > 0 ? bytes / 1e6 / elapsed : 0;
        var eta = rate > 0 && totalBytes > bytes ? Clock2(TimeSpan.FromSeconds((totalBytes - bytes) / 1e6 / rate)) : "--:--:--";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Files}, {bytes / 1e6:0.0}/{totalBytes / 1e6:0.0} MB, {rate:0.0} MB/s, elapsed {Clock2(TimeSpan.FromSeconds(elapsed))}, ETA {eta}");
    }

    private static string Clock2(TimeSpan t) => t.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);
}
