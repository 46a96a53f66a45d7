using Trendy.Core.Batch;

namespace Trendy.Core.Tests.Batch;

public sealed class ShardAssignerTests
{
    // A release-like mix: ~840 files from a few KB to a few GB (seeded, so the test is repeatable).
    private static List<WorkItem> ReleaseLike(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i =>
            new WorkItem($"item{i:D4}", $"/in/f{i}.nc", "M", "S3", "gpp",
                (long)Math.Pow(10, 3 + (random.NextDouble() * 6.5))))];
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(64)]
    public void AssignAll_AnyShardCount_CoversEveryItemExactlyOnce(int count)
    {
        var items = ReleaseLike(840, 1);

        var shards = ShardAssigner.AssignAll(items, count);

        var ids = shards.SelectMany(s => s).Select(i => i.Id).ToList();
        Assert.Equal(items.Count, ids.Count);
        Assert.Equal(items.Select(i => i.Id).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void AssignAll_ReleaseLikeSizes_SpreadWithinLargestItem(int count)
    {
        // LPT bound (see ShardAssigner remarks): max load − min load ≤ the largest item.
        var items = ReleaseLike(840, 2);

        var loads = ShardAssigner.AssignAll(items, count).Select(s => s.Sum(i => i.SizeBytes)).ToList();

        Assert.True(loads.Max() - loads.Min() <= items.Max(i => i.SizeBytes),
            $"loads {string.Join(", ", loads)}; largest item {items.Max(i => i.SizeBytes)}");
    }

    [Fact]
    public void AssignAll_ManyEqualItems_CountsDifferByAtMostOne()
    {
        var items = Enumerable.Range(0, 100).Select(i => new WorkItem($"i{i}", "p", "M", "S", "v", 10)).ToList();

        var sizes = ShardAssigner.AssignAll(items, 7).Select(s => s.Count).ToList();

        Assert.True(sizes.Max() - sizes.Min() <= 1, string.Join(",", sizes));
    }

    [Fact]
    public void Assign_ShuffledInput_SameShards()
    {
        var items = ReleaseLike(200, 3);
        var shuffled = items.OrderBy(_ => Guid.NewGuid()).ToList();

        for (var k = 1; k <= 3; k++)
        {
            var a = ShardAssigner.Assign(items, new ShardSpec(k, 3)).Select(i => i.Id);
            var b = ShardAssigner.Assign(shuffled, new ShardSpec(k, 3)).Select(i => i.Id);
            Assert.Equal(a, b);
        }
    }

    [Fact]
    public void AssignAll_KnownSizes_GreedyLeastLoadedWithLowShardOnTies()
    {
        WorkItem I(string id, long size) => new(id, id, "M", "S", "v", size);
        var items = new[] { I("e", 1), I("a", 5), I("b", 4), I("d", 3), I("c", 3) };

        var shards = ShardAssigner.AssignAll(items, 2);

        // a→1 (0=0 tie, low shard), b→2, c→2 (4<5), d→1 (5<7), e→2 (7<8)
        Assert.Equal(["a", "d"], shards[0].Select(i => i.Id));
        Assert.Equal(["b", "c", "e"], shards[1].Select(i => i.Id));
    }

    [Fact]
    public void AssignAll_MoreShardsThanItems_ExtraShardsEmpty()
    {
        var items = new[] { new WorkItem("x", "x", "M", "S", "v", 1) };

        var shards = ShardAssigner.AssignAll(items, 3);

        Assert.Single(shards[0]);
        Assert.Empty(shards[1]);
        Assert.Empty(shards[2]);
    }
}
