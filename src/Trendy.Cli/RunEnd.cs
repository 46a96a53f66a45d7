using Trendy.Core.Batch;
using Trendy.Pipeline.Discovery;

namespace Trendy.Cli;

/// <summary>What happens after the workers are done: summary and exit status.</summary>
public static class RunEnd
{
    public sealed record Record(string Root, string Output, DateTimeOffset Started, DateTimeOffset Finished, ShardSpec Shard,
        ConversionSettings Settings, DiscoveryResult Discovery, IReadOnlyList<WorkItem> Items, IReadOnlyList<WorkOutcome> Outcomes,
        IReadOnlyList<WorkOutcome> Skipped);

    public static int Finish(Record run, TextWriter stdout, TextWriter stderr)
    {
        var all = run.Outcomes.Concat(run.Skipped).ToList();
        var converted = all.Count(o => o.Status == WorkStatus.Converted);
        var upToDate = all.Count(o => o.Status == WorkStatus.UpToDate);
        var skipped = all.Count(o => o.Status == WorkStatus.Skipped);
        var failed = all.Count(o => o.IsFailure);
        if (run.Outcomes.Count > 0 && upToDate == run.Outcomes.Count) stdout.WriteLine("everything was already up to date: nothing converted");
        stdout.WriteLine($"converted {converted}, up to date {upToDate}, skipped {skipped}, failed {failed}");
        foreach (var f in all.Where(o => o.IsFailure)) stderr.WriteLine($"FAILED {f.ItemId}: [{f.ReasonCode}] {f.Message}");
        return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }
}
