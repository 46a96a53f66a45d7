using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Pipeline.Execution;

namespace Trendy.Pipeline.Tests.Execution.Fakes;

/// <summary>
/// An <see cref="IDatasetSource"/> over an <see cref="InMemoryDataset"/>. When the plan reads raw chunks, each step read
/// also offers its shuffled and deflated bytes, as the direct-chunk reader does. A step can be made to fail as corrupt.
/// </summary>
internal sealed class FakeDatasetSource(InMemoryDataset data, ConversionPlan plan, int stepsPerSlab) : IDatasetSource
{
    private readonly double[] _values = data.Values;
    private readonly ArraySegment<byte>[] _stored = new ArraySegment<byte>[Math.Max(stepsPerSlab, 1)];

    public string Path => "memory:" + InMemoryDataset.Relative;

    public string ReadRule => plan.Io.ReadRule;

    /// <summary>A step whose read fails as corrupt data, or null.</summary>
    public int? CorruptStep { get; init; }

    /// <summary>The (first step, steps) of every read, in order.</summary>
    public List<(int First, int Steps)> Reads { get; } = [];

    public bool Disposed { get; private set; }

    public void Read(int firstStep, int steps, double[] destination)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(steps, _stored.Length);
        if (CorruptStep is { } bad && bad >= firstStep && bad < firstStep + steps)
        {
            throw CorruptInputException.At(Path, InMemoryDataset.Variable, bad, "injected by the test");
        }

        Reads.Add((firstStep, steps));
        var perStep = data.PerStep;
        _values.AsSpan(firstStep * perStep, steps * perStep).CopyTo(destination);
        for (var i = 0; i < steps; i++)
        {
            _stored[i] = plan.Io.Read == ReadPath.DirectChunk
                ? new ArraySegment<byte>(StoredChunks.Encode(_values.AsSpan((firstStep + i) * perStep, perStep), data.Type == NcType.Float))
                : default;
        }
    }

    public ArraySegment<byte> StoredChunk(int step) => _stored[step];

    public void Dispose() => Disposed = true;
}
