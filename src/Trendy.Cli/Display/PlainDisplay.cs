using Trendy.Pipeline.Scheduling;

namespace Trendy.Cli.Display;

/// <summary>
/// Not on a terminal (CI, Slurm logs, pipes): one line per finished file with a UTC timestamp, failures also on
/// stderr, and a summary line every <see cref="SummaryEvery"/> and at the end.
/// </summary>
public sealed class PlainDisplay(RunProgress progress, TextWriter stdout, TextWriter stderr) : IProgress<SchedulerEvent>
{
    public static readonly TimeSpan SummaryEvery = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private DateTimeOffset _lastSummary = progress.Clock.GetUtcNow();

    public void Report(SchedulerEvent value)
    {
        if (progress.Apply(value) is not { } outcome) return;
        lock (_gate)
        {
            var now = progress.Clock.GetUtcNow();
            var line = $"{Stamp(now)} {OutcomeLine.Text(outcome)}";
            stdout.WriteLine(line);
            if (outcome.IsFailure) stderr.WriteLine(line);
            if (now - _lastSummary < SummaryEvery) return;
            _lastSummary = now;
            stdout.WriteLine($"{Stamp(now)} {progress.SummaryLine()}");
        }
    }

    public void Complete()
    {
        lock (_gate) stdout.WriteLine($"{Stamp(progress.Clock.GetUtcNow())} {progress.SummaryLine()}");
    }

    /// <summary>ISO 8601 UTC to the second, as Slurm and CI logs are read.</summary>
    public static string Stamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
