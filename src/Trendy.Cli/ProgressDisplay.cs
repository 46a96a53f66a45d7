using System.Globalization;
using Trendy.Core.Batch;
using Trendy.Pipeline.Scheduling;

namespace Trendy.Cli;

/// <summary>
/// Shows a run as it happens. On a terminal: a live block (files done/total, bytes, MB/s, ETA, one line per
/// worker with its file and percent) redrawn in place. Elsewhere (CI, Slurm logs): one plain line per finished
/// file and a summary line every <see cref="PlainSummaryEvery"/> (Spectre.Console's split, design.md). The
/// clock is injected so the text can be tested.
/// </summary>
public sealed class ProgressDisplay : IProgress<SchedulerEvent>, IDisposable
{
    public static readonly TimeSpan PlainSummaryEvery = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private readonly TextWriter _out;
    private readonly bool _live;
    private readonly TimeProvider _clock;
    private readonly int _total;
    private readonly long _totalBytes;
    private readonly Dictionary<int, (WorkItem Item, double Fraction)> _running = [];
    private readonly DateTimeOffset _started;
    private readonly ITimer? _timer;
    private int _done;
    private long _doneBytes;
    private int _failed;
    private int _drawnLines;
    private DateTimeOffset _lastSummary;

    public ProgressDisplay(TextWriter output, bool live, TimeProvider clock, int totalItems, long totalBytes)
    {
        _out = output;
        _live = live;
        _clock = clock;
        _total = totalItems;
        _totalBytes = totalBytes;
        _started = _lastSummary = clock.GetUtcNow();
        if (live) _timer = clock.CreateTimer(_ => Redraw(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
    }

    public void Report(SchedulerEvent value)
    {
        lock (_gate)
        {
            switch (value)
            {
                case ItemStarted s: _running[s.Worker] = (s.Item, 0); break;
                case ItemProgressed p: _running[p.Worker] = (p.Item, p.Fraction); break;
                case ItemFinished f: Finished(f); break;
            }
        }
    }

    /// <summary>Final redraw (live) or last summary line (plain).</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _running.Clear();
            if (_live) DrawLocked();
            else _out.WriteLine(SummaryLine());
        }
    }

    public void Dispose() => _timer?.Dispose();

    private void Finished(ItemFinished f)
    {
        _running.Remove(f.Worker);
        _done++;
        _doneBytes += f.Item.SizeBytes;
        if (f.Outcome.IsFailure) _failed++;
        if (_live)
        {
            if (f.Outcome.IsFailure) PrintAboveLive(f.Outcome);
            return;
        }

        OutcomeLine.Write(f.Outcome, _out);
        var now = _clock.GetUtcNow();
        if (now - _lastSummary < PlainSummaryEvery) return;
        _lastSummary = now;
        _out.WriteLine(SummaryLine());
    }

    private void PrintAboveLive(WorkOutcome o)
    {
        Erase();
        OutcomeLine.Write(o, _out);
        DrawLocked();
    }

    private void Redraw()
    {
        lock (_gate) DrawLocked();
    }

    private void DrawLocked()
    {
        Erase();
        var lines = new List<string> { SummaryLine() };
        lines.AddRange(_running.OrderBy(r => r.Key).Select(r => $"  worker {r.Key + 1}: {Shorten(r.Value.Item.Id, 60),-60} {r.Value.Fraction * 100,5:0}%"));
        foreach (var l in lines) _out.WriteLine(l);
        _drawnLines = lines.Count;
        _out.Flush();
    }

    private void Erase()
    {
        for (var i = 0; i < _drawnLines; i++) _out.Write("\u001b[1A\u001b[2K");
        _drawnLines = 0;
    }

    private string SummaryLine()
    {
        var elapsed = (_clock.GetUtcNow() - _started).TotalSeconds;
        var rate = elapsed > 0 ? _doneBytes / 1e6 / elapsed : 0;
        var eta = rate > 0 && _totalBytes > _doneBytes ? TimeSpan.FromSeconds((_totalBytes - _doneBytes) / 1e6 / rate).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "--:--:--";
        return $"{_done}/{_total} files ({_failed} failed), {_doneBytes / 1e6:0.0}/{_totalBytes / 1e6:0.0} MB, {rate:0.0} MB/s, elapsed {TimeSpan.FromSeconds(elapsed):hh\\:mm\\:ss}, ETA {eta}";
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : "…" + s[^(max - 1)..];
}
