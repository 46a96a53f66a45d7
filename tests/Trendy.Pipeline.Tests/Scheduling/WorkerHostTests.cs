using Trendy.Core.Batch;
using Trendy.Pipeline.Scheduling;

namespace Trendy.Pipeline.Tests.Scheduling;

public sealed class WorkerHostTests
{
    private static readonly WorkItem Good = new("good", "/in/g.nc", "M", "S3", "gpp", 10)
    {
        Options = new Dictionary<string, string> { ["out"] = "/o" },
    };

    private static readonly WorkItem Bad = new("bad", "/in/b.nc", "M", "S3", "gpp", 10);

    private static List<WorkerMessage?> Serve(string input, Func<WorkItem, IProgress<double>?, CancellationToken, WorkOutcome> work)
    {
        var output = new StringWriter();

        var exit = WorkerHost.Run(new StringReader(input), output, work);

        Assert.Equal(0, exit);
        return [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(WorkerProtocol.TryParse)];
    }

    private static string Work(WorkItem item) => WorkerProtocol.Serialize(new WorkMessage(item)) + "\n";

    [Fact]
    public void Run_TwoItemsAndJunk_ReadyProgressDoneAndFault()
    {
        var input = Work(Good) + "not json\n" + Work(Bad);

        var messages = Serve(input, (item, progress, _) =>
        {
            progress?.Report(0.5);
            return item.Id == "bad" ? throw new IOException("disk gone") : new WorkOutcome(item.Id, WorkStatus.Converted, "OK", item.Options["out"]);
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
        var messages = Serve(Work(Good), (item, progress, _) =>
        {
            progress?.Report(double.NaN);
            progress?.Report(3);
            return new WorkOutcome(item.Id, WorkStatus.Converted, "OK", "");
        });

        Assert.Equal([1.0], messages.OfType<ProgressMessage>().Select(p => p.Fraction));
    }

    [Fact]
    public void Run_EmptyInput_OnlyReady()
    {
        var messages = Serve("", (item, _, _) => throw new InvalidOperationException("never called"));

        Assert.IsType<ReadyMessage>(Assert.Single(messages));
    }
}
