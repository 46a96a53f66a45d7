using Trendy.Core.Batch;
using Trendy.Pipeline.Reporting;
using static Trendy.Pipeline.Tests.Reporting.ReportSamples;

namespace Trendy.Pipeline.Tests.Reporting;

public sealed class ReportMergeTests
{
    [Fact]
    public void Merge_TwoShards_CoversEachItemOnce()
    {
        var all = Mixed();
        var shard1 = Report(all.Take(3), "1/2");
        var shard2 = Report(all.Skip(3), "2/2", minutesLater: 1);

        var merged = ReportStore.Merge([shard2, shard1]);

        Assert.Equal(all.Select(e => e.Id).Order(StringComparer.Ordinal), merged.Entries.Select(e => e.Id));
        Assert.Equal(Report(all).Totals, merged.Totals);
        Assert.Null(merged.Shard);
        Assert.Equal([RunId(0, "1/2"), RunId(1, "2/2")], merged.MergedFrom);
        Assert.Equal(shard1.Started, merged.Started);
        Assert.Equal(shard2.Finished, merged.Finished);
    }

    [Fact]
    public void Merge_FailedThenConvertedInLaterRun_LaterOutcomeWins()
    {
        var first = Report([Entry("JULES", "gpp", WorkStatus.Failed, "UNIT010", "bad units"), Entry("JULES", "nbp", WorkStatus.Converted)]);
        var later = Report([Entry("JULES", "gpp", WorkStatus.Converted), Entry("JULES", "nbp", WorkStatus.Failed, "TIMEOUT", "too slow")], minutesLater: 60);

        var merged = ReportStore.Merge([later, first]);

        Assert.Equal(2, merged.Entries.Count);
        Assert.Equal(WorkStatus.Converted, merged.Entries.Single(e => e.Variable == "gpp").Status);
        Assert.Equal("TIMEOUT", merged.Entries.Single(e => e.Variable == "nbp").ReasonCode);
    }

    [Fact]
    public void Merge_ConvertedThenUpToDate_CountsAsDoneAndKeepsTheConversion()
    {
        var first = Report([Entry("CLASSIC", "gpp", WorkStatus.Converted, bytesOut: 77)]);
        var later = Report([Entry("CLASSIC", "gpp", WorkStatus.UpToDate)], minutesLater: 30);

        var merged = ReportStore.Merge([first, later]);

        var entry = Assert.Single(merged.Entries);
        Assert.Equal(WorkStatus.Converted, entry.Status);
        Assert.Equal(77, entry.BytesOut);
        Assert.Equal(1, merged.Totals.Done);
        Assert.Equal(0, merged.Totals.Failed);
    }

    [Fact]
    public void Merge_FailedThenNotSelectedInRestrictedRun_StaysFailed()
    {
        var first = Report([Entry("JULES", "gpp", WorkStatus.Failed, "UNIT010", "bad units"), Entry("CLASSIC", "gpp", WorkStatus.Converted)]);
        var restricted = Report([Entry("JULES", "gpp", WorkStatus.Skipped, ReasonCodes.NotSelected, "model JULES not selected (--models)"),
            Entry("CLASSIC", "gpp", WorkStatus.UpToDate)], minutesLater: 30);

        var merged = ReportStore.Merge([restricted, first]);

        var jules = merged.Entries.Single(e => e.Model == "JULES");
        Assert.Equal((WorkStatus.Failed, "UNIT010"), (jules.Status, jules.ReasonCode));
        Assert.Equal(1, merged.Totals.Failed);
    }

    [Fact]
    public void Merge_NotSelectedThenConverted_ConversionWins()
    {
        var first = Report([Entry("JULES", "gpp", WorkStatus.Failed, "UNIT010", "bad units")]);
        var restricted = Report([Entry("JULES", "gpp", WorkStatus.Skipped, ReasonCodes.NotSelected, "not selected")], minutesLater: 30);
        var fixedRun = Report([Entry("JULES", "gpp", WorkStatus.Converted)], minutesLater: 60);

        var merged = ReportStore.Merge([fixedRun, restricted, first]);

        Assert.Equal(WorkStatus.Converted, Assert.Single(merged.Entries).Status);
    }

    [Fact]
    public void Merge_OnlyNotSelected_KeptAsSkipped()
    {
        var merged = ReportStore.Merge([Report([Entry("JULES", "gpp", WorkStatus.Skipped, ReasonCodes.NotSelected, "not selected")])]);

        Assert.Equal(ReasonCodes.NotSelected, Assert.Single(merged.Entries).ReasonCode);
    }

    [Fact]
    public void Merge_DifferingOptions_ShowsEachValue()
    {
        var a = Report([Entry("A", "gpp", WorkStatus.Converted)]);
        var b = Report([Entry("B", "gpp", WorkStatus.Converted)], minutesLater: 5) with
        {
            Options = new Dictionary<string, string> { ["jobs"] = "8", ["force"] = "false" },
        };

        var merged = ReportStore.Merge([a, b]);

        Assert.Equal("4 | 8", merged.Options["jobs"]);
        Assert.Equal("false", merged.Options["force"]);
    }

    [Fact]
    public void Merge_Nothing_Throws() => Assert.Throws<ArgumentException>(() => ReportStore.Merge([]));
}
