using Trendy.Core.Batch;
using Trendy.Pipeline.Conversion;
using Trendy.Pipeline.Discovery;

namespace Trendy.Cli;

/// <summary>
/// Ctrl-C reaches the workers and the coordinator at once: a worker that had just renamed its output into place may
/// be stopped before its answer is read, and the scheduler then reports the file INTERRUPTED. Such a file is
/// finished: its output carries the source fingerprint and options (the resume check) and was written by this run.
/// It is reported converted, as a rerun would find it.
/// </summary>
public static class FinishedBeforeInterrupt
{
    public static IReadOnlyList<WorkOutcome> Reclassify(IReadOnlyList<WorkItem> items, IReadOnlyList<WorkOutcome> outcomes, ConversionSettings settings,
        string output, DateTimeOffset runStarted) =>
        [.. items.Zip(outcomes, (item, outcome) => outcome.ReasonCode == ReasonCodes.Interrupted && Written(item, settings, output, runStarted) is { } path
            ? new WorkOutcome(item.Id, WorkStatus.Converted, ReasonCodes.Ok, $"wrote {path} (finished as the run was interrupted)")
            {
                OutputPath = path,
                BytesIn = item.SizeBytes,
                Attempts = outcome.Attempts,
            }
            : outcome)];

    private static string? Written(WorkItem item, ConversionSettings settings, string output, DateTimeOffset runStarted)
    {
        var relative = item.Options.TryGetValue(DiscoveryResult.RelativePathOption, out var r) ? r : item.Id;
        if (settings.Service.Plan(item.InputPath, relative, settings.Overrides, settings.Options).Plan?.Plan is not { } plan) return null;
        var path = Path.Combine(output, plan.Output.RelativePath);
        return File.Exists(path) && File.GetLastWriteTimeUtc(path) >= runStarted.UtcDateTime && ResumeCheck.IsUpToDate(path, plan, settings.Options) ? path : null;
    }
}
