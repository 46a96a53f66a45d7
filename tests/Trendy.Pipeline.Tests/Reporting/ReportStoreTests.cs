using Trendy.Core.Batch;
using Trendy.Pipeline.Reporting;
using Trendy.Testing;
using static Trendy.Pipeline.Tests.Reporting.ReportSamples;

namespace Trendy.Pipeline.Tests.Reporting;

public sealed class ReportStoreTests
{
    [Fact]
    public void Write_ShardReport_WritesJsonAndMarkdownNamedByStartAndShard()
    {
        using var dir = new TempDir();
        var store = new ReportStore(dir.Path, FixedClock.Noon);

        var paths = store.Write(Report(Mixed(), shard: "3/8"));

        Assert.Equal(Path.Combine(dir.Path, "reports", "run-20250304T100000Z-shard-3.json"), paths.Json);
        Assert.Equal(Path.Combine(dir.Path, "reports", "run-20250304T100000Z-shard-3.md"), paths.Markdown);
        Assert.StartsWith("# trendy2ilamb", File.ReadAllText(paths.Markdown));
        Assert.Equal(2, Directory.GetFiles(store.Folder).Length);
    }

    [Fact]
    public void Write_NonUtcStart_NamesTheFileInUtc()
    {
        var report = Report(Mixed()) with { Started = new DateTimeOffset(2025, 3, 4, 11, 30, 0, TimeSpan.FromHours(2)) };

        Assert.Equal("run-20250304T093000Z", ReportStore.Stem(report));
    }

    [Fact]
    public void Write_SameNameTwice_KeepsBothReports()
    {
        using var dir = new TempDir();
        var store = new ReportStore(dir.Path, FixedClock.Noon);

        var first = store.Write(Report(Mixed()));
        var second = store.Write(Report([Entry("A", "gpp", WorkStatus.Converted)]));

        Assert.NotEqual(first.Json, second.Json);
        Assert.EndsWith("run-20250304T100000Z-2.json", second.Json);
        Assert.Equal(2, store.ReadAll().Reports.Count);
    }

    [Fact]
    public void Write_ManyShardsAtOnce_EveryReportReadsBackWhole()
    {
        using var dir = new TempDir();
        var store = new ReportStore(dir.Path, FixedClock.Noon);
        var all = Mixed();

        Parallel.For(0, all.Count, k => store.Write(Report([all[k]], shard: $"{k + 1}/{all.Count}")));

        var stored = store.ReadAll();
        Assert.Empty(stored.Unreadable);
        Assert.Equal(all.Count, stored.Reports.Count);
        Assert.Equal(all.Count, ReportStore.Merge(stored.Reports).Entries.Count);
        Assert.DoesNotContain(Directory.GetFiles(store.Folder), f => Path.GetFileName(f).StartsWith('.'));
    }

    [Fact]
    public void ReadAll_IgnoresMergedAndTemporaryFilesAndNamesUnreadableOnes()
    {
        using var dir = new TempDir();
        var store = new ReportStore(dir.Path, FixedClock.Noon);
        store.Write(Report(Mixed()));
        store.WriteMerged(ReportStore.Merge([Report(Mixed())]));
        File.WriteAllText(Path.Combine(store.Folder, ".run-20250304T110000Z.json.1.abc.tmp"), "{");
        File.WriteAllText(Path.Combine(store.Folder, "run-broken.json"), "{ not json");

        var stored = store.ReadAll();

        var report = Assert.Single(stored.Reports);
        Assert.Equal("20250304T100000Z", report.RunId);
        Assert.Contains("run-broken.json", Assert.Single(stored.Unreadable));
    }

    [Fact]
    public void ReadAll_NoReportsFolder_IsEmpty()
    {
        using var dir = new TempDir();

        var stored = new ReportStore(dir.Path, FixedClock.Noon).ReadAll();

        Assert.Empty(stored.Reports);
        Assert.Empty(stored.Unreadable);
    }

    [Fact]
    public void WriteMerged_Twice_ReplacesTheMergedFiles()
    {
        using var dir = new TempDir();
        var store = new ReportStore(dir.Path, FixedClock.Noon);
        store.WriteMerged(ReportStore.Merge([Report(Mixed())]));

        var paths = store.WriteMerged(ReportStore.Merge([Report([Entry("A", "gpp", WorkStatus.Converted)])]));

        Assert.Single(ReportJson.Deserialize(File.ReadAllText(paths.Json)).Entries);
        Assert.Equal(["merged.json", "merged.md"], Directory.GetFiles(store.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
