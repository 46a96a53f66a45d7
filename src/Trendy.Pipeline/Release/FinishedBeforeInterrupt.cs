using Trendy.Core.Batch;
using Trendy.Pipeline.Conversion;

namespace Trendy.Pipeline.Release;

/// <summary>
/// Ctrl-C reaches the workers and the coordinator at once: a worker that had just renamed its output into place may
/// be stopped before its answer is read, and the scheduler then reports the file INTERRUPTED. Such a file is
/// finished: its output carries the source fingerprint and options (the resume check) and was written by this run.
/// It is reported converted, as a rerun would find it.
/// </summary>
public static class FinishedBeforeInterrupt
{
    public static IReadOnlyList<WorkOutcome> Reclassify(IReadOnlyList<WorkItem> items, IReadOnlyList<WorkOutcome> outcomes, ConversionService service,
        ConversionSettings settings, DateTimeOffset runStarted) =>
        [.. items.Zip(outcomes, (item, outcome) => outcome.ReasonCode == ReasonCodes.Interrupted && Written(item, service, settings, runStarted) is { } path
            ? new WorkOutcome(item.Id, WorkStatus.Converted, ReasonCodes.Ok, $"wrote {path} (finished as the run was interrupted)")
            {
                OutputPath = path,
                BytesIn = item.SizeBytes,
                Attempts = outcome.Attempts,
            }
            : outcome)];

    private static string? Written(WorkItem item, ConversionService service, ConversionSettings settings, DateTimeOffset runStarted)
    {
        if (item.Job is not ConvertFileJob job) return null;
        if (service.Plan(item.InputPath, job.Identity, settings.Options).Plan?.Plan is not { } plan) return null;
        var path = Path.Combine(settings.OutputRoot, plan.Output.RelativePath);
        return File.Exists(path) && File.GetLastWriteTimeUtc(path) >= runStarted.UtcDateTime && ResumeCheck.IsUpToDate(path, plan, settings.Options) ? path : null;
    }
}
