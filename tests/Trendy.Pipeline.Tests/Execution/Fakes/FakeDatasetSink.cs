using Trendy.Core.Planning;
using Trendy.Pipeline.Execution;

namespace Trendy.Pipeline.Tests.Execution.Fakes;

/// <summary>
/// An <see cref="IDatasetSink"/> in memory: keeps every step written, as values, in (time, lat, lon) order. When the plan
/// writes raw chunks, a pass-through step is stored by decoding its bytes (as a raw-chunk writer stores them), so bytes
/// that do not encode the step show up as wrong values.
/// </summary>
internal sealed class FakeDatasetSink(ConversionPlan plan, int perStep) : IDatasetSink
{
    private readonly double?[][] _steps = new double?[plan.Time.Steps][];

    /// <summary>The (first step, steps) of every slab, in order.</summary>
    public List<(int First, int Steps)> Slabs { get; } = [];

    /// <summary>Steps that arrived as stored bytes.</summary>
    public SortedSet<int> PassedThrough { get; } = [];

    public int Completed { get; private set; }

    public bool Disposed { get; private set; }

    public void WriteSlab<T>(int firstStep, int steps, T[] values, IReadOnlyList<ArraySegment<byte>>? passThrough = null)
        where T : unmanaged
    {
        Slabs.Add((firstStep, steps));
        for (var i = 0; i < steps; i++)
        {
            var stored = passThrough is null ? default : passThrough[i];
            if (stored.Count > 0 && plan.Io.Write == WritePath.DirectChunk)
            {
                PassedThrough.Add(firstStep + i);
                _steps[firstStep + i] = [.. StoredChunks.Decode(stored, perStep, typeof(T) == typeof(float)).Select(v => (double?)v)];
                continue;
            }

            _steps[firstStep + i] = [.. values.Skip(i * perStep).Take(perStep).Select(v => (double?)Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture))];
        }
    }

    public void Complete() => Completed++;

    /// <summary>Every value written, in (time, lat, lon) order; a step never written reads as NaN.</summary>
    public double[] Written() => [.. _steps.SelectMany(s => s ?? Enumerable.Repeat<double?>(null, perStep)).Select(v => v ?? double.NaN)];

    public void Dispose() => Disposed = true;
}
