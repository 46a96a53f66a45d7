using Trendy.Core.Batch;
using Trendy.Pipeline.Scheduling;

namespace Trendy.Pipeline.Tests.Scheduling;

public sealed class WorkerProtocolTests
{
    [Theory]
    [InlineData("")]
    [InlineData("NetCDF: HDF error")]
    [InlineData("{")]
    [InlineData("[1,2]")]
    [InlineData("null")]
    [InlineData("{\"foo\":1}")]
    [InlineData("{\"type\":\"nonsense\"}")]
    [InlineData("{\"type\":\"progress\"}")]
    [InlineData("{\"type\":\"progress\",\"id\":null,\"fraction\":0.1}")]
    [InlineData("{\"type\":\"done\",\"outcome\":{\"itemId\":\"x\"}}")]
    public void TryParse_NotAMessage_Null(string line)
    {
        Assert.Null(WorkerProtocol.TryParse(line));
    }

    [Fact]
    public void TryParse_WireExamples_Parsed()
    {
        Assert.IsType<ReadyMessage>(WorkerProtocol.TryParse("{\"type\":\"ready\"}"));
        Assert.Equal(new ProgressMessage("a", 0.4), WorkerProtocol.TryParse("{\"id\":\"a\",\"fraction\":0.4,\"type\":\"progress\"}"));
    }

    [Fact]
    public void TryParse_MessageGluedAfterNativeOutput_Parsed()
    {
        var line = "HDF5-DIAG: Error detected {\"type\":\"progress\",\"id\":\"a\",\"fraction\":1}";

        Assert.Equal(new ProgressMessage("a", 1), WorkerProtocol.TryParse(line));
    }

    [Fact]
    public void Serialize_Work_MatchesDocumentedShape()
    {
        var item = new WorkItem("id1", "/in/a b.nc", "CLASSIC", "S3", "gpp", 42);

        var json = WorkerProtocol.Serialize(new WorkMessage(WorkerRequest.For(item, null)));

        Assert.Equal(
            "{\"type\":\"work\",\"request\":{\"version\":1,\"item\":{\"id\":\"id1\",\"inputPath\":\"/in/a b.nc\",\"model\":\"CLASSIC\",\"simulation\":\"S3\","
            + "\"variable\":\"gpp\",\"sizeBytes\":42,\"job\":null},\"settings\":null}}",
            json);
    }

    [Fact]
    public void Done_RoundTrip_KeepsEveryField()
    {
        var outcome = new WorkOutcome("id1", WorkStatus.UpToDate, "OK", "m")
        {
            OutputPath = "/o/x.nc", BytesIn = 1, BytesOut = 2, Seconds = 3.5, PeakMemoryBytes = 4, Attempts = 2,
            Rules = ["r"], Fixes = ["f"], FixIds = ["M/time/month-index"], Diagnostics = ["d"],
        };

        var back = Assert.IsType<DoneMessage>(WorkerProtocol.TryParse(WorkerProtocol.Serialize(new DoneMessage(outcome))));

        Assert.Equal(outcome with { Rules = back.Outcome.Rules, Fixes = back.Outcome.Fixes, FixIds = back.Outcome.FixIds, Diagnostics = back.Outcome.Diagnostics }, back.Outcome);
        Assert.Equal(["r"], back.Outcome.Rules);
        Assert.Equal(["f"], back.Outcome.Fixes);
        Assert.Equal(["M/time/month-index"], back.Outcome.FixIds);
        Assert.Equal(["d"], back.Outcome.Diagnostics);
        Assert.Contains("\"status\":\"UpToDate\"", WorkerProtocol.Serialize(new DoneMessage(outcome)));
    }

    [Fact]
    public void Done_MinimalOutcome_DefaultsFilled()
    {
        var line = "{\"type\":\"done\",\"outcome\":{\"itemId\":\"x\",\"status\":\"Skipped\",\"reasonCode\":\"NOT_ILAMB\",\"message\":\"\"}}";

        var outcome = Assert.IsType<DoneMessage>(WorkerProtocol.TryParse(line)).Outcome;

        Assert.Equal((WorkStatus.Skipped, 1, 0), (outcome.Status, outcome.Attempts, outcome.Rules.Count));
    }
}
