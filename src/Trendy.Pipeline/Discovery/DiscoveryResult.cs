using Trendy.Core.Batch;

namespace Trendy.Pipeline.Discovery;

/// <summary>What a release holds for this run: work to do, files deliberately skipped, grid companions, and walk problems.</summary>
public sealed record DiscoveryResult(
    IReadOnlyList<(WorkItem Item, DiscoveredFile File)> Work,
    IReadOnlyList<SkippedFile> Skipped,
    IReadOnlyList<DiscoveredFile> Companions,
    IReadOnlyList<string> Problems)
{
    public long TotalBytes => Work.Sum(w => w.Item.SizeBytes);
}
