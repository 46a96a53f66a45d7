using Trendy.Core.Batch;
using Trendy.Pipeline.Reporting;

namespace Trendy.Pipeline.Tests.Reporting;

public sealed class RunReportJsonTests
{
    [Fact]
    public void RoundTrip_MixedReport_KeepsEveryField()
    {
        var report = ReportSamples.Report(ReportSamples.Mixed(), shard: "2/5") with { MergedFrom = ["a", "b"] };

        var json = ReportJson.Serialize(report);
        var back = ReportJson.Deserialize(json);

        Assert.Equal(json, ReportJson.Serialize(back));
        Assert.Equal(report.Started, back.Started);
        Assert.Equal(report.Finished, back.Finished);
        Assert.Equal("2/5", back.Shard);
        Assert.Equal(report.Options, back.Options);
        Assert.Equal(["a", "b"], back.MergedFrom);
        Assert.Equal(report.Totals, back.Totals);
        var crash = Assert.Single(back.Entries, e => e.ReasonCode == ReasonCodes.WorkerCrash);
        Assert.Equal("worker died | signal 11\nno output", crash.Message);
        Assert.Equal(123_456_789, crash.PeakMemoryBytes);
        var converted = Assert.Single(back.Entries, e => e.Status == WorkStatus.Converted);
        Assert.Equal(["units: gC m-2 month-1 -> kg m-2 s-1"], converted.Rules);
        Assert.Equal(12.25, converted.Seconds);
    }

    [Fact]
    public void Serialize_UsesCamelCaseNamesAndEnumStrings()
    {
        var json = ReportJson.Serialize(ReportSamples.Report(ReportSamples.Mixed()));

        Assert.Contains("\"runId\":", json);
        Assert.Contains("\"peakMemoryBytes\":", json);
        Assert.Contains("\"status\": \"upToDate\"", json);
        Assert.Contains("\"status\": \"failed\"", json);
        Assert.Contains("\"totals\":", json);
        Assert.DoesNotContain("\"Status\"", json);
    }

    [Fact]
    public void Totals_CountEveryStatusAndSumSizes()
    {
        var t = ReportSamples.Report(ReportSamples.Mixed()).Totals;

        Assert.Equal(new ReportTotals(6, 1, 1, 1, 3, 3 * 1024 * 1024 + 2048 + 4096 + 100, 1024 * 1024, 14.75), t);
        Assert.Equal(2, t.Done);
    }

    [Fact]
    public void EntryFrom_MismatchedItemAndOutcome_Throws()
    {
        var item = new WorkItem("a", "/a.nc", "M", "S3", "gpp", 1);
        Assert.Throws<ArgumentException>(() => ReportEntry.From(item, new WorkOutcome("b", WorkStatus.Converted, "OK", "")));
    }
}
