using Trendy.Cli;
using Trendy.Cli.Parsing;
using Trendy.Core.Batch;
using Trendy.Pipeline.Reporting;
using Trendy.Testing;
using static Trendy.Pipeline.Tests.Reporting.ReportSamples;

namespace Trendy.Pipeline.Tests.Reporting;

public sealed class ReportCommandTests
{
    [Fact]
    public void Run_ShardReportsWithAFailure_WritesMergedAndCsvAndExitsOne()
    {
        using var dir = new TempDir();
        var store = new ReportStore(dir.Path, FixedClock.Noon);
        var all = Mixed();
        store.Write(Report(all.Take(2), "1/2"));
        store.Write(Report(all.Skip(2), "2/2"));
        CatalogFixtures.Output(dir.Path, "S3", "CLASSIC", "gpp");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        var status = CliApp.Run(["report", dir.Path], stdout, stderr, FixedClock.Noon);

        Assert.Equal(ExitCodes.SomeFailed, status);
        Assert.Equal(all.Count, ReportJson.Deserialize(File.ReadAllText(Path.Combine(store.Folder, "merged.json"))).Entries.Count);
        Assert.True(File.Exists(Path.Combine(store.Folder, "merged.md")));
        Assert.Equal(2, File.ReadAllLines(Path.Combine(dir.Path, IlambCatalog.FileName)).Length);
        Assert.Contains("items 6: converted 1, up-to-date 1, skipped 1, failed 3", stdout.ToString());
        Assert.Contains("ilamb3 model database: 1 row(s)", stdout.ToString());
        Assert.Equal("", stderr.ToString());
    }

    [Fact]
    public void Run_FailureFixedByLaterRun_ExitsZero()
    {
        using var dir = new TempDir();
        var store = new ReportStore(dir.Path, FixedClock.Noon);
        store.Write(Report([Entry("A", "gpp", WorkStatus.Failed, "UNIT010", "bad units")]));
        store.Write(Report([Entry("A", "gpp", WorkStatus.Converted)], minutesLater: 20));

        var status = CliApp.Run(["report", dir.Path], TextWriter.Null, TextWriter.Null, FixedClock.Noon);

        Assert.Equal(ExitCodes.Ok, status);
    }

    [Fact]
    public void Run_FailureThenRestrictedRerun_StillFailedAndExitsOne()
    {
        using var dir = new TempDir();
        var store = new ReportStore(dir.Path, FixedClock.Noon);
        store.Write(Report([Entry("A", "gpp", WorkStatus.Failed, "UNIT010", "bad units")]));
        store.Write(Report([Entry("A", "gpp", WorkStatus.Skipped, ReasonCodes.NotSelected, "model A not selected (--models)")], minutesLater: 20));
        var stdout = new StringWriter();

        var status = CliApp.Run(["report", dir.Path], stdout, TextWriter.Null, FixedClock.Noon);

        Assert.Equal(ExitCodes.SomeFailed, status);
        Assert.Equal("UNIT010", Assert.Single(ReportJson.Deserialize(File.ReadAllText(Path.Combine(store.Folder, "merged.json"))).Entries).ReasonCode);
    }

    [Fact]
    public void Run_NoReports_IsAUsageError()
    {
        using var dir = new TempDir();

        var stderr = new StringWriter();

        Assert.Equal(ExitCodes.Usage, CliApp.Run(["report", dir.Path], TextWriter.Null, stderr, FixedClock.Noon));
        Assert.Contains("no run reports", stderr.ToString());
    }

    [Theory]
    [InlineData]
    [InlineData("a", "b")]
    public void Run_NotExactlyOneFolder_IsAUsageError(params string[] args) =>
        Assert.Equal(ExitCodes.Usage, CliApp.Run(["report", .. args], TextWriter.Null, TextWriter.Null, FixedClock.Noon));
}
