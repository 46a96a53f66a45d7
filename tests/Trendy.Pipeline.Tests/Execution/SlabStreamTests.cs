using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Pipeline.Execution;
using Trendy.Pipeline.Tests.Execution.Fakes;

namespace Trendy.Pipeline.Tests.Execution;

/// <summary>The executor's loop on in-memory sources and sinks: slabs, transformation, pass-through, counts, failures.</summary>
public sealed class SlabStreamTests
{
    private static (StreamResult Result, FakeDatasetSource Source, FakeDatasetSink Sink) Run(InMemoryDataset data, int stepsPerSlab,
        ConvertOptions? options = null, int? corruptStep = null, CancellationToken cancel = default)
    {
        var plan = data.Plan(options);
        var source = new FakeDatasetSource(data, plan, stepsPerSlab) { CorruptStep = corruptStep };
        var sink = new FakeDatasetSink(plan, data.PerStep);
        var result = SlabStream.Run(plan, source, sink, stepsPerSlab, null, cancel);
        return (result, source, sink);
    }

    [Fact]
    public void Run_SlabsOfThree_EveryStepReadAndWrittenOnceInTimeOrder_ThenCompletedOnce()
    {
        var data = InMemoryDataset.Small(steps: 7);
        var (result, source, sink) = Run(data, 3);

        Assert.Equal([(0, 3), (3, 3), (6, 1)], source.Reads);
        Assert.Equal([(0, 3), (3, 3), (6, 1)], sink.Slabs);
        Assert.Equal(1, sink.Completed);
        Assert.Equal(data.Values, sink.Written());
        Assert.Equal(data.Values.Count(v => v < 1e19), result.Valid.Total);
    }

    [Fact]
    public void Run_NaNAndProtocolMissing_AreMaskedToTheOutputFill_AndNotCounted()
    {
        var data = InMemoryDataset.Small() with { Value = (t, y, x) => (t, y, x) switch { (0, 0, 0) => double.NaN, (4, 1, 1) => -99999, _ => t + y + x } };
        var (result, _, sink) = Run(data, 2);

        var written = sink.Written();
        Assert.Equal(ValuePlan.OutputFill, written[0], 1e13);
        Assert.Equal(ValuePlan.OutputFill, written[(4 * data.PerStep) + 4], 1e13);
        Assert.Equal((data.Steps * data.PerStep) - 2, result.Valid.Total);
        Assert.Equal(data.PerStep - 1, result.Valid.FirstStep);
        Assert.Equal(data.PerStep - 1, result.Valid.LastStep);
    }

    [Fact]
    public void Run_LatitudeDescending_RowsComeOutFlipped()
    {
        var data = InMemoryDataset.Small() with { Lat = [45, -45] };
        var (_, _, sink) = Run(data, 2);

        var written = sink.Written();
        var source = data.Values;
        for (var t = 0; t < data.Steps; t++)
        {
            for (var x = 0; x < 3; x++)
            {
                Assert.Equal(source[(t * 6) + 3 + x], written[(t * 6) + x]);
                Assert.Equal(source[(t * 6) + x], written[(t * 6) + 3 + x]);
            }
        }
    }

    [Fact]
    public void Run_PassThroughPlanned_UnchangedStepsGoAsStoredBytes_AStepWithNaNDoesNot()
    {
        var data = InMemoryDataset.Small() with { Value = (t, y, x) => (t, y, x) == (2, 0, 1) ? double.NaN : (10 * t) + y + x };
        var (result, _, sink) = Run(data, 2);

        Assert.True(data.Plan().Io.PassThrough);
        Assert.Equal([0, 1, 3, 4], sink.PassedThrough);
        Assert.Contains(IoPlan.PassThroughRule(4, 5), result.PathRules);
        Assert.Equal(ValuePlan.OutputFill, sink.Written()[(2 * data.PerStep) + 1], 1e13);
    }

    [Fact]
    public void Run_DirectChunkOff_NoPassThrough_AndThePlainPathRules()
    {
        var data = InMemoryDataset.Small();
        var (result, _, sink) = Run(data, 2, new ConvertOptions(DirectChunk: false));

        Assert.Empty(sink.PassedThrough);
        Assert.Equal([IoPlan.PlainReadRule, IoPlan.PlainWriteRule], result.PathRules);
        Assert.Equal(data.Values, sink.Written());
    }

    [Fact]
    public void Run_PackedShorts_BytesReadCountTheInputType_AndValuesAreUnpacked()
    {
        var data = InMemoryDataset.Small(InMemoryDataset.Contiguous) with
        {
            Type = NcType.Short,
            Value = (t, y, x) => (100 * t) + (10 * y) + x,
            Attributes = [AttributeValue.OfNumbers("scale_factor", NcType.Float, 0.5)],
        };
        var (result, _, sink) = Run(data, 2);

        Assert.Equal(data.Steps * data.PerStep * sizeof(short), result.BytesRead);
        Assert.Equal(data.Values.Select(v => v * 0.5), sink.Written());
    }

    [Fact]
    public void Run_Cancelled_StopsBeforeAnySlab()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var data = InMemoryDataset.Small();
        var plan = data.Plan();
        var sink = new FakeDatasetSink(plan, data.PerStep);

        Assert.Throws<OperationCanceledException>(() => SlabStream.Run(plan, new FakeDatasetSource(data, plan, 2), sink, 2, null, cancelled.Token));
        Assert.Empty(sink.Slabs);
        Assert.Equal(0, sink.Completed);
    }

    [Fact]
    public void Run_CorruptStepInTheSecondSlab_FailsNamingIt_AfterTheFirstSlabOnly()
    {
        var data = InMemoryDataset.Small();
        var plan = data.Plan();
        var sink = new FakeDatasetSink(plan, data.PerStep);
        var source = new FakeDatasetSource(data, plan, 2) { CorruptStep = 3 };

        var e = Assert.Throws<CorruptInputException>(() => SlabStream.Run(plan, source, sink, 2));
        Assert.Contains("› gpp › time step 3: corrupt data", e.Message, StringComparison.Ordinal);
        Assert.Equal([(0, 2)], sink.Slabs);
        Assert.Equal(0, sink.Completed);
    }
}
