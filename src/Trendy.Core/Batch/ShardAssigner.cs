namespace Trendy.Core.Batch;

/// <summary>
/// Splits work items into size-balanced shards, deterministically, so every array task computes
/// the same split from the same discovered items without talking to the others.
/// </summary>
/// <remarks>
/// Greedy "longest processing time first" (Graham 1969): sort by size descending (then id, then path,
/// ordinal, so input order never matters) and give each item to the least-loaded shard, the lowest
/// shard number on ties. Whenever the final fullest shard last received an item it was the least loaded,
/// so at the end max load − min load ≤ that item's size ≤ the largest item.
/// </remarks>
public static class ShardAssigner
{
    /// <summary>The items shard <paramref name="shard"/> owns, largest first.</summary>
    public static IReadOnlyList<WorkItem> Assign(IEnumerable<WorkItem> items, ShardSpec shard)
    {
        ArgumentNullException.ThrowIfNull(shard);
        return AssignAll(items, shard.Count)[shard.Index - 1];
    }

    /// <summary>All shards at once: element K−1 is shard K of <paramref name="count"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<WorkItem>> AssignAll(IEnumerable<WorkItem> items, int count)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var shards = new List<WorkItem>[count];
        var loads = new long[count];
        for (var i = 0; i < count; i++) shards[i] = [];
        foreach (var item in SortLargestFirst(items))
        {
            var target = LeastLoaded(loads);
            shards[target].Add(item);
            loads[target] += Math.Max(0, item.SizeBytes);
        }

        return shards;
    }

    /// <summary>The one order everything uses: size descending, then id, then path (ordinal).</summary>
    public static IReadOnlyList<WorkItem> SortLargestFirst(IEnumerable<WorkItem> items) =>
        [.. items.OrderByDescending(i => i.SizeBytes)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ThenBy(i => i.InputPath, StringComparer.Ordinal)];

    private static int LeastLoaded(long[] loads)
    {
        var best = 0;
        for (var i = 1; i < loads.Length; i++)
        {
            if (loads[i] < loads[best]) best = i;
        }

        return best;
    }
}
