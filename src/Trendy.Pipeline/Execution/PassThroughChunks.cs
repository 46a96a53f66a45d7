using System.Runtime.InteropServices;
using Trendy.Core.Planning;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// Pass-through of stored chunks that need no change. When the plan allows it (<see cref="IoPlan.PassThrough"/>: values
/// and grid order kept, source chunks of one time step of shuffle + deflate read raw, stored type = output type), a step whose transformed
/// values equal its source values bit for bit is written as the source's compressed bytes (H5Dwrite_chunk) instead of
/// being shuffled and deflated again: those bytes inflate and unshuffle to exactly the step the normal path would
/// store, under the output's own shuffle + deflate pipeline (HDF5 filter pipeline; the deflate level is not needed to
/// decode). Equality is tested on the transformed step, so masking (NaN, Inf, fill values, sentinels) stays where it
/// is and a step it changed takes the normal path. Saves the deflate, the most expensive part of the write.
/// </summary>
internal sealed class PassThroughChunks
{
    private readonly IDatasetSource _source;
    private readonly ArraySegment<byte>[] _chosen;
    private readonly long _perStep;
    private int _total;

    private PassThroughChunks(IDatasetSource source, long perStep, int stepsPerSlab)
    {
        _source = source;
        _perStep = perStep;
        _chosen = new ArraySegment<byte>[stepsPerSlab];
    }

    /// <summary>The steps written as stored bytes so far.</summary>
    public int Count => _total;

    /// <summary>The rule recorded with the outcome: how many chunks of how many steps passed through.</summary>
    public string Rule(int steps) => IoPlan.PassThroughRule(_total, steps);

    /// <summary>A pass-through selector when the plan allows it, else null (every step takes the normal path).</summary>
    public static PassThroughChunks? For(ConversionPlan plan, IDatasetSource source, SlabLayout layout) =>
        plan.Io.PassThrough ? new PassThroughChunks(source, layout.OutputElementsPerStep, layout.StepsPerSlab) : null;

    /// <summary>
    /// For each of <paramref name="steps"/> steps of the slab just read and transformed: the stored bytes to write as
    /// they are, or an empty segment when the step was not stored or its values changed.
    /// </summary>
    public IReadOnlyList<ArraySegment<byte>> Select(double[] source, float[] output, int steps) =>
        Select(steps, i => SameAsFloat(source, output, i * _perStep, _perStep));

    /// <inheritdoc cref="Select(double[], float[], int)"/>
    public IReadOnlyList<ArraySegment<byte>> Select(double[] source, double[] output, int steps) =>
        Select(steps, i => MemoryMarshal.AsBytes(source.AsSpan((int)(i * _perStep), (int)_perStep))
            .SequenceEqual(MemoryMarshal.AsBytes(output.AsSpan((int)(i * _perStep), (int)_perStep))));

    private ArraySegment<byte>[] Select(int steps, Func<int, bool> unchanged)
    {
        Array.Clear(_chosen);
        _ = Parallel.For(0, steps, i =>
        {
            var stored = _source.StoredChunk(i);
            if (stored.Count > 0 && unchanged(i)) _chosen[i] = stored;
        });
        for (var i = 0; i < steps; i++)
        {
            if (_chosen[i].Count > 0) _total++;
        }

        return _chosen;
    }

    /// <summary>Bitwise equality of a float output step with its source, which was read as floats and widened exactly.</summary>
    private static bool SameAsFloat(double[] source, float[] output, long offset, long length)
    {
        for (var k = offset; k < offset + length; k++)
        {
            if (BitConverter.SingleToInt32Bits((float)source[k]) != BitConverter.SingleToInt32Bits(output[k])) return false;
        }

        return true;
    }
}
