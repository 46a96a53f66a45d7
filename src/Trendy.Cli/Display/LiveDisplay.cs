using Spectre.Console;
using Trendy.Pipeline.Scheduling;

namespace Trendy.Cli.Display;

/// <summary>
/// On a terminal: Spectre.Console's progress display, redrawn in place at whatever width the terminal has (also
/// after a resize): an overall bar (files, MB/s, ETA) and one line per worker with its file; a failure is printed
/// above the live block as it happens.
/// </summary>
public sealed class LiveDisplay : IProgress<SchedulerEvent>
{
    // Beside a description: the bar, then percent (4), speed (9), ETA (8) and the gaps between columns (5).
    private const int FixedColumns = 26;
    private const int MinDescription = 20;

    private readonly IAnsiConsole _console;
    private readonly RunProgress _progress;
    private readonly Dictionary<int, ProgressTask> _workers = [];
    private readonly Lock _gate = new();
    private ProgressContext? _context;
    private ProgressTask? _overall;

    private LiveDisplay(IAnsiConsole console, RunProgress progress)
    {
        _console = console;
        _progress = progress;
    }

    /// <summary>Runs <paramref name="body"/> while the display is live; returns what it returns.</summary>
    public static T Run<T>(IAnsiConsole console, RunProgress progress, Func<IProgress<SchedulerEvent>, T> body)
    {
        var display = new LiveDisplay(console, progress);
        return console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn { Width = BarWidth(console) }, new PercentageColumn(),
                new TransferSpeedColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                lock (display._gate)
                {
                    display._context = context;
                    display._overall = context.AddTask(display.Fit(progress.Files, keepEnd: false), maxValue: Math.Max(1, progress.TotalBytes));
                }

                var result = body(display);
                display.Finish();
                return result;
            });
    }

    public void Report(SchedulerEvent value)
    {
        var finished = _progress.Apply(value);
        lock (_gate)
        {
            if (_context is null || _overall is null) return;
            if (finished is { IsFailure: true }) _console.MarkupLine($"[red]{Markup.Escape(OutcomeLine.Text(finished))}[/]");
            Update();
        }
    }

    private void Finish()
    {
        lock (_gate)
        {
            Update();
            foreach (var (worker, task) in _workers)
            {
                task.Description = Fit($"{worker + 1}: done");
                task.StopTask();
            }

            _overall?.StopTask();
            _context?.Refresh();
        }
    }

    private void Update()
    {
        _overall!.Description = Fit(_progress.Files, keepEnd: false);
        _overall.Value = _progress.BytesSoFar;
        var running = _progress.Running.ToDictionary(r => r.Worker);
        foreach (var (worker, item, fraction) in running.Values)
        {
            if (!_workers.TryGetValue(worker, out var task)) _workers[worker] = task = _context!.AddTask(Fit($"{worker + 1}: starting"), maxValue: 1);
            task.MaxValue = Math.Max(1, item.SizeBytes);
            task.Value = item.SizeBytes * fraction;
            task.Description = Fit($"{worker + 1}: {item.Id}");
        }

        foreach (var (worker, task) in _workers.Where(w => !running.ContainsKey(w.Key)))
        {
            task.Description = Fit($"{worker + 1}: idle");
        }
    }

    /// <summary>A fifth of the terminal, 10 to 40 columns.</summary>
    private static int BarWidth(IAnsiConsole console) => Math.Clamp(console.Profile.Width / 5, 10, 40);

    /// <summary>The text cut to the width left for it (for a path, keeping its end: the file name matters most), escaped for markup.</summary>
    private string Fit(string text, bool keepEnd = true)
    {
        var max = Math.Max(MinDescription, _console.Profile.Width - FixedColumns - BarWidth(_console));
        if (text.Length > max) text = keepEnd ? "…" + text[^(max - 1)..] : text[..(max - 1)] + "…";
        return Markup.Escape(text);
    }
}
