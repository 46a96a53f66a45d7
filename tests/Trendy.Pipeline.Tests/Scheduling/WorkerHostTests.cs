using Trendy.Core.Batch;
using Trendy.Core.Planning;
using Trendy.Pipeline.Conversion;
using Trendy.Pipeline.Scheduling;

namespace Trendy.Pipeline.Tests.Scheduling;

public sealed class WorkerHostTests
{
    private static readonly WorkItem Good = new("good", "/in/g.nc", "M", "S3", "gpp", 10);

    private static readonly WorkItem Bad = new("bad", "/in/b.nc", "M", "S3", "gpp", 10);

    private static readonly ConversionSettings Settings = new("/o", new ConvertOptions(), "/tmp/staging", "trendy2ilamb convert in -o /o");

    private static List<WorkerMessage?> Serve(string input, Func<WorkerRequest, IProgress<double>?, CancellationToken, WorkOutcome> work)
    {
        var output = new StringWriter();

        var exit = WorkerHost.Run(new StringReader(input), output, work);

        Assert.Equal(0, exit);
        return [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(WorkerProtocol.TryParse)];
    }

    private static string Work(WorkItem item) => WorkerProtocol.Serialize(new WorkMessage(WorkerRequest.For(item, Settings))) + "\n";

    [Fact]
    public void Run_TwoItemsAndJunk_ReadyProgressDoneAndFault()
    {
        var input = Work(Good) + "not json\n" + Work(Bad);

        var messages = Serve(input, (request, progress, _) =>
        {
            progress?.Report(0.5);
            return request.Item.Id == "bad" ? throw new IOException("disk gone") : new WorkOutcome(request.Item.Id, WorkStatus.Converted, "OK", request.Settings!.OutputRoot);
        });

        Assert.Collection(messages,
            m => Assert.IsType<ReadyMessage>(m),
            m => Assert.Equal(new ProgressMessage("good", 0.5), m),
            m => Assert.Equal("/o", Assert.IsType<DoneMessage>(m).Outcome.Message),
            m => Assert.Equal(new ProgressMessage("bad", 0.5), m),
            m => Assert.Equal(new FaultMessage("bad", "IOException: disk gone"), m));
    }

    [Fact]
    public void Run_ProgressOutOfRange_ClampedAndNaNDropped()
    {
        var messages = Serve(Work(Good), (request, progress, _) =>
        {
            progress?.Report(double.NaN);
            progress?.Report(3);
            return new WorkOutcome(request.Item.Id, WorkStatus.Converted, "OK", "");
        });

        Assert.Equal([1.0], messages.OfType<ProgressMessage>().Select(p => p.Fraction));
    }

    [Fact]
    public void Run_RequestOfAnotherVersion_FailedWithWorkerVersionAndNotRun()
    {
        var input = WorkerProtocol.Serialize(new WorkMessage(WorkerRequest.For(Good, Settings) with { Version = WorkerRequest.CurrentVersion + 1 })) + "\n";

        var messages = Serve(input, (_, _, _) => throw new InvalidOperationException("a request of another version must not run"));

        var outcome = Assert.IsType<DoneMessage>(messages[1]).Outcome;
        Assert.Equal(2, messages.Count);
        Assert.Equal(("good", WorkStatus.Failed, ReasonCodes.WorkerVersion), (outcome.ItemId, outcome.Status, outcome.ReasonCode));
        Assert.Contains($"version {WorkerRequest.CurrentVersion + 1}", outcome.Message, StringComparison.Ordinal);
        Assert.Contains($"reads version {WorkerRequest.CurrentVersion}", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WorkLineThisBuildCannotRead_AnsweredForItsItemNotIgnored()
    {
        // A future coordinator's request whose item has changed shape: the worker must still answer, or the coordinator waits forever.
        var input = "{\"type\":\"work\",\"request\":{\"version\":7,\"item\":{\"id\":\"future\",\"source\":{\"uri\":\"s3://x\"}}}}\n";

        var messages = Serve(input, (_, _, _) => throw new InvalidOperationException("an unreadable request must not run"));

        var outcome = Assert.IsType<DoneMessage>(messages[1]).Outcome;
        Assert.Equal(("future", WorkStatus.Failed, ReasonCodes.WorkerVersion), (outcome.ItemId, outcome.Status, outcome.ReasonCode));
        Assert.Contains("version 7", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EmptyInput_OnlyReady()
    {
        var messages = Serve("", (_, _, _) => throw new InvalidOperationException("never called"));

        Assert.IsType<ReadyMessage>(Assert.Single(messages));
    }
}
