using Trendy.Core.Batch;
using Trendy.Pipeline.Scheduling;

namespace Trendy.Pipeline.Tests.Scheduling;

/// <summary>The scheduler with real child processes (a Python fake worker). Every run has a 60 s guard, so a bug fails instead of hanging.</summary>
public sealed class ProcessSchedulerTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);
    private readonly FakeWorker _fake = new();

    public void Dispose() => _fake.Dispose();

    private async Task<IReadOnlyList<WorkOutcome>> RunAsync(
        int workers, IReadOnlyList<WorkItem> items, SchedulerOptions? options = null, EventLog? events = null, CancellationToken cancel = default)
    {
        await using var pool = new ProcessWorkerPool(workers, _fake.StartInfo);
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        guard.CancelAfter(Guard);
        var outcomes = await new Scheduler(pool, options, events).RunAsync(items, guard.Token).WaitAsync(Guard * 1.5);
        Assert.Empty(_fake.LivingPids);
        return outcomes;
    }

    [Fact]
    public async Task Run_HealthyWorkers_ConvertsEveryItemAndLeavesNoProcess()
    {
        var items = Enumerable.Range(1, 6).Select(i => FakeWorker.Item($"i{i}", i * 10)).ToList();

        var outcomes = await RunAsync(2, items);

        Assert.All(outcomes, o => Assert.Equal(WorkStatus.Converted, o.Status));
        Assert.Equal(items.Select(i => i.Id), outcomes.Select(o => o.ItemId));
        Assert.All(outcomes, o => Assert.Equal(["r1"], o.Rules));
        Assert.All(outcomes, o => Assert.Equal(1, o.Attempts));
        Assert.InRange(_fake.Pids.Count, 1, 2); // workers are reused, not one per item
        if (OperatingSystem.IsLinux()) Assert.All(outcomes, o => Assert.True(o.PeakMemoryBytes > 0));
    }

    [Fact]
    public async Task Run_OneWorker_HandsOutLargestFirst()
    {
        var items = new[] { FakeWorker.Item("small", 1), FakeWorker.Item("big", 300), FakeWorker.Item("b-mid", 20), FakeWorker.Item("a-mid", 20) };

        await RunAsync(1, items);

        Assert.Equal(["big", "a-mid", "b-mid", "small"], _fake.Order);
    }

    [Fact]
    public async Task Run_WorkerExits139Always_FailsOnlyThatItemAfterOneRetryWithStderr()
    {
        var items = new[] { FakeWorker.Item("bad", 100, "crash139"), FakeWorker.Item("good", 1) };

        var outcomes = await RunAsync(1, items);

        var bad = outcomes[0];
        Assert.Equal((WorkStatus.Failed, ReasonCodes.WorkerCrash, 2), (bad.Status, bad.ReasonCode, bad.Attempts));
        Assert.Contains("139", bad.Message);
        Assert.Contains("SIGSEGV", bad.Message);
        Assert.Contains("boom: segfault in nc_get_vara", bad.Message);
        Assert.Equal(WorkStatus.Converted, outcomes[1].Status);
        Assert.Equal(3, _fake.Pids.Count);
    }

    [Fact]
    public async Task Run_WorkerCrashesOnce_RetriedInFreshWorkerAndConverted()
    {
        var events = new EventLog();

        var outcomes = await RunAsync(1, [FakeWorker.Item("flaky", 5, "crash-once")], events: events);

        Assert.Equal((WorkStatus.Converted, 2), (outcomes[0].Status, outcomes[0].Attempts));
        Assert.Equal(2, _fake.Pids.Distinct().Count());
        Assert.Single(events.Events.OfType<AttemptFailed>());
        Assert.Equal([1, 2], events.Events.OfType<ItemStarted>().Select(e => e.Attempt));
    }

    [Fact]
    public async Task Run_WorkerKillsItself_ReportsSignal()
    {
        var outcomes = await RunAsync(1, [FakeWorker.Item("oom", 5, "sigkill")]);

        Assert.Equal(ReasonCodes.WorkerCrash, outcomes[0].ReasonCode);
        Assert.Contains("signal 9", outcomes[0].Message);
    }

    [Fact]
    public async Task Run_WorkerExitsZeroMidItem_TreatedAsCrash()
    {
        var outcomes = await RunAsync(1, [FakeWorker.Item("quitter", 5, "exit0"), FakeWorker.Item("next", 1)]);

        Assert.Equal((ReasonCodes.WorkerCrash, 2), (outcomes[0].ReasonCode, outcomes[0].Attempts));
        Assert.Contains("closed its stdout before finishing", outcomes[0].Message);
        Assert.Contains("exited with code 0", outcomes[0].Message);
        Assert.Equal(WorkStatus.Converted, outcomes[1].Status);
    }

    [Fact]
    public async Task Run_JunkOnStdout_IgnoredAsNoiseAndItemConverted()
    {
        var events = new EventLog();

        var outcomes = await RunAsync(1, [FakeWorker.Item("noisy", 5, "junk")], events: events);

        Assert.Equal((WorkStatus.Converted, 1), (outcomes[0].Status, outcomes[0].Attempts));
        Assert.Equal("/out/noisy.nc", outcomes[0].OutputPath);
        var noise = events.Events.OfType<WorkerNoise>().Select(n => n.Line).ToList();
        Assert.Contains("NetCDF: HDF error", noise);
        Assert.Contains("{\"foo\": 1}", noise);
        Assert.Contains("{\"type\": \"nonsense\"}", noise);
    }

    [Fact]
    public async Task Run_WorkerReportsFailure_KeptAsReportedWithoutRetry()
    {
        var outcomes = await RunAsync(1, [FakeWorker.Item("badunits", 5, "fail")]);

        Assert.Equal((WorkStatus.Failed, "TIME003", 1), (outcomes[0].Status, outcomes[0].ReasonCode, outcomes[0].Attempts));
        Assert.Equal(["error TIME003 bad units"], outcomes[0].Diagnostics);
    }

    [Fact]
    public async Task Run_WorkerAnswersForAnotherItem_WorkerReplacedAndItemFailed()
    {
        var outcomes = await RunAsync(1, [FakeWorker.Item("confused", 5, "wrong-id"), FakeWorker.Item("after", 1)]);

        Assert.Equal(ReasonCodes.WorkerCrash, outcomes[0].ReasonCode);
        Assert.Contains("broke the protocol", outcomes[0].Message);
        Assert.Equal(WorkStatus.Converted, outcomes[1].Status);
    }

    [Fact]
    public async Task Run_ItemHangsPastTimeout_KilledWithItsChildAndOthersGoOn()
    {
        var items = new[] { FakeWorker.Item("stuck", 100, "hang"), FakeWorker.Item("fine", 1) };

        var outcomes = await RunAsync(1, items, new SchedulerOptions { ItemTimeout = TimeSpan.FromSeconds(5) }); // 5 s: a fresh worker must start within it on a loaded machine

        Assert.Equal((WorkStatus.Failed, ReasonCodes.Timeout, 1), (outcomes[0].Status, outcomes[0].ReasonCode, outcomes[0].Attempts));
        Assert.Equal(WorkStatus.Converted, outcomes[1].Status);
        Assert.Equal(3, _fake.Pids.Count); // first worker, its sleep child, the fresh worker
    }

    [Fact]
    public async Task Run_CancelledWhileItemsRun_InterruptedNotStartedAndNoProcessLeft()
    {
        using var cancel = new CancellationTokenSource();
        var events = new EventLog(e => e.OfType<ItemProgressed>().Count() >= 2, cancel.Cancel);
        var items = Enumerable.Range(1, 5).Select(i => FakeWorker.Item($"h{i}", i, "hang")).ToList();

        var outcomes = await RunAsync(2, items, events: events, cancel: cancel.Token);

        Assert.Equal(2, outcomes.Count(o => o.ReasonCode == ReasonCodes.Interrupted));
        Assert.Equal(3, outcomes.Count(o => o.ReasonCode == ReasonCodes.NotStarted && o.Attempts == 0));
        Assert.All(outcomes, o => Assert.Equal(WorkStatus.Failed, o.Status));
        Assert.Equal(["h5", "h4"], _fake.Order.Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public async Task Run_WorkerCannotStart_WorkerStartAfterRetry()
    {
        await using var pool = new ProcessWorkerPool(1, () => new("/nonexistent/trendy-worker"));

        var outcomes = await new Scheduler(pool).RunAsync([FakeWorker.Item("x", 1)]).WaitAsync(Guard);

        Assert.Equal((ReasonCodes.WorkerStart, 2), (outcomes[0].ReasonCode, outcomes[0].Attempts));
        Assert.Contains("/nonexistent/trendy-worker", outcomes[0].Message);
    }
}
