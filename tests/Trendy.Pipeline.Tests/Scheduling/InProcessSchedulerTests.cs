using Trendy.Core.Batch;
using Trendy.Pipeline.Scheduling;

namespace Trendy.Pipeline.Tests.Scheduling;

/// <summary>The same failure policy with the in-process pool (-j 1): no processes, so the policy is tested directly.</summary>
public sealed class InProcessSchedulerTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    private static WorkItem Item(string id, long size) => new(id, $"/in/{id}.nc", "M", "S3", "gpp", size);

    private static WorkOutcome Converted(WorkItem item) => new(item.Id, WorkStatus.Converted, ReasonCodes.Ok, "");

    private static Task<IReadOnlyList<WorkOutcome>> RunAsync(
        Func<WorkItem, IProgress<double>?, CancellationToken, WorkOutcome> work,
        IReadOnlyList<WorkItem> items,
        SchedulerOptions? options = null,
        EventLog? events = null,
        CancellationToken cancel = default) =>
        new Scheduler(new InProcessWorkerPool(work), options, events).RunAsync(items, cancel).WaitAsync(Guard);

    [Fact]
    public async Task Run_MixedSizes_LargestFirstOutcomesInInputOrder()
    {
        var seen = new List<string>();
        var items = new[] { Item("c", 1), Item("a", 9), Item("b", 5), Item("d", 9) };

        var outcomes = await RunAsync((item, _, _) => { seen.Add(item.Id); return Converted(item); }, items);

        Assert.Equal(["a", "d", "b", "c"], seen);
        Assert.Equal(["c", "a", "b", "d"], outcomes.Select(o => o.ItemId));
    }

    [Fact]
    public async Task Run_WorkThrows_WorkerExceptionWithoutRetryOthersConverted()
    {
        var calls = 0;
        var outcomes = await RunAsync((item, _, _) =>
        {
            calls++;
            return item.Id == "bad" ? throw new InvalidDataException("chunk checksum") : Converted(item);
        }, [Item("bad", 2), Item("good", 1)]);

        Assert.Equal((ReasonCodes.WorkerException, 1), (outcomes[0].ReasonCode, outcomes[0].Attempts));
        Assert.Contains("InvalidDataException: chunk checksum", outcomes[0].Message);
        Assert.Equal(WorkStatus.Converted, outcomes[1].Status);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Run_CooperativeWorkPastTimeout_TimeoutAndRunGoesOn()
    {
        var outcomes = await RunAsync((item, _, token) =>
        {
            if (item.Id == "slow") token.WaitHandle.WaitOne(Guard);
            token.ThrowIfCancellationRequested();
            return Converted(item);
        }, [Item("slow", 2), Item("quick", 1)], new SchedulerOptions { ItemTimeout = TimeSpan.FromSeconds(1) });

        Assert.Equal((ReasonCodes.Timeout, 1), (outcomes[0].ReasonCode, outcomes[0].Attempts));
        Assert.Equal(WorkStatus.Converted, outcomes[1].Status);
    }

    [Fact]
    public async Task Run_CancelledDuringItem_InterruptedThenNotStarted()
    {
        using var cancel = new CancellationTokenSource();
        var outcomes = await RunAsync((item, _, token) =>
        {
            cancel.Cancel();
            token.ThrowIfCancellationRequested();
            return Converted(item);
        }, [Item("first", 2), Item("second", 1)], cancel: cancel.Token);

        Assert.Equal((ReasonCodes.Interrupted, 1), (outcomes[0].ReasonCode, outcomes[0].Attempts));
        Assert.Equal((ReasonCodes.NotStarted, 0), (outcomes[1].ReasonCode, outcomes[1].Attempts));
    }

    [Fact]
    public async Task Run_ItemFinishesDespiteCancellation_OutcomeKept()
    {
        using var cancel = new CancellationTokenSource();

        var outcomes = await RunAsync((item, _, _) => { cancel.Cancel(); return Converted(item); }, [Item("x", 1)], cancel: cancel.Token);

        Assert.Equal(WorkStatus.Converted, outcomes[0].Status);
    }

    [Fact]
    public async Task Run_StopAfterOneFailure_RestNotStarted()
    {
        var outcomes = await RunAsync((item, _, _) => new WorkOutcome(item.Id, WorkStatus.Failed, "UNIT010", "bad units"),
            [Item("a", 3), Item("b", 2), Item("c", 1)], new SchedulerOptions { StopAfterFailures = 1 });

        Assert.Equal(["UNIT010", ReasonCodes.NotStarted, ReasonCodes.NotStarted], outcomes.Select(o => o.ReasonCode));
        Assert.Contains("too many failures", outcomes[1].Message);
    }

    [Fact]
    public async Task Run_WorkReportsProgress_EventsInOrderPerItem()
    {
        var events = new EventLog();

        await RunAsync((item, progress, _) => { progress?.Report(0.25); progress?.Report(1); return Converted(item); },
            [Item("x", 1)], events: events);

        Assert.Collection(events.Events,
            e => Assert.Equal(new ItemStarted(0, Item("x", 1), 1), e),
            e => Assert.Equal(0.25, Assert.IsType<ItemProgressed>(e).Fraction),
            e => Assert.Equal(1.0, Assert.IsType<ItemProgressed>(e).Fraction),
            e => Assert.Equal(WorkStatus.Converted, Assert.IsType<ItemFinished>(e).Outcome.Status));
    }

    [Fact]
    public async Task Run_NoItems_EmptyOutcomes()
    {
        var outcomes = await RunAsync((item, _, _) => Converted(item), []);

        Assert.Empty(outcomes);
    }
}
