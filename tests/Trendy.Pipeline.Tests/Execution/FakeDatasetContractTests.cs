using Trendy.Core.Planning;
using Trendy.Pipeline.Execution;
using Trendy.Pipeline.Tests.Execution.Fakes;

namespace Trendy.Pipeline.Tests.Execution;

/// <summary>The source/sink contract on the in-memory fakes the executor tests use.</summary>
public sealed class FakeDatasetContractTests : DatasetContract
{
    private FakeDatasetSink? _sink;

    private protected override ConversionPlan Plan { get; } = Data.Plan();

    private protected override IDatasetSource OpenSource(int stepsPerSlab) => new FakeDatasetSource(Data, Plan, stepsPerSlab);

    private protected override IDatasetSink CreateSink(int stepsPerSlab) => _sink = new FakeDatasetSink(Plan, Data.PerStep);

    private protected override double[] Written() => _sink!.Written();
}
