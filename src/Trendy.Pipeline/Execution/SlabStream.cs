using Trendy.Core.Inventory;
using Trendy.Core.Planning;

namespace Trendy.Pipeline.Execution;

/// <summary>What streaming one plan produced: valid-cell counts, bytes of input read, and the rules of the paths that ran.</summary>
internal sealed record StreamResult(ValidCounts Valid, long BytesRead, IReadOnlyList<string> PathRules);

/// <summary>
/// The executor's loop, with no file in it: slabs of whole time steps from an <see cref="IDatasetSource"/>, through
/// <see cref="ValueTransformer"/>, into an <see cref="IDatasetSink"/>, through one reused buffer (memory bounded by the
/// slab, never by the file). Steps whose values come out unchanged go as the source's stored bytes when the plan allows
/// it (<see cref="PassThroughChunks"/>). Tested on in-memory sources and sinks as well as on files.
/// </summary>
internal static class SlabStream
{
    public static StreamResult Run(ConversionPlan plan, IDatasetSource source, IDatasetSink sink, int stepsPerSlab,
        IProgress<double>? progress = null, CancellationToken cancel = default, ICoverSource? cover = null)
    {
        var steps = Math.Max(stepsPerSlab, 1);
        var layout = new SlabLayout(plan, steps);
        var transformer = new ValueTransformer(plan.Values, plan.Time, layout);
        var buffer = new double[layout.SourceElementsPerSlab];
        var valid = new ValidCounts(plan.Time.Steps);
        var passThrough = PassThroughChunks.For(plan, source, layout);
        var asDouble = plan.Output.DataType == NcType.Double;
        var outD = asDouble ? new double[layout.OutputElementsPerStep * steps] : [];
        var outF = asDouble ? [] : new float[layout.OutputElementsPerStep * steps];
        var perStepIn = layout.SourceElementsPerSlab / steps;
        var weights = cover is null ? null : new double[(long)steps * cover.Pfts * plan.Grid.NLat * plan.Grid.NLon];
        long bytesRead = 0;
        for (var first = 0; first < plan.Time.Steps; first += steps)
        {
            cancel.ThrowIfCancellationRequested();
            var n = Math.Min(steps, plan.Time.Steps - first);
            source.Read(first, n, buffer);

            // Bytes as the input stores them (a packed short is 2 bytes), not as the output does.
            bytesRead += n * perStepIn * plan.Io.StoredValueBytes;
            var t = n == steps ? transformer : new ValueTransformer(plan.Values, plan.Time, new SlabLayout(plan, n));
            cover?.Read(first, n, weights!);
            if (asDouble)
            {
                valid.Add(first, n, t.Transform<double, DoubleStore>(buffer, outD, first, n, weights), layout.OutputElementsPerStep, outD);
                sink.WriteSlab(first, n, outD, passThrough?.Select(buffer, outD, n));
            }
            else
            {
                valid.Add(first, n, t.Transform<float, FloatStore>(buffer, outF, first, n, weights), layout.OutputElementsPerStep, outF);
                sink.WriteSlab(first, n, outF, passThrough?.Select(buffer, outF, n));
            }

            Conversion.TestFault.At(Conversion.TestFault.Write, plan.SourcePath);
            progress?.Report((double)(first + n) / plan.Time.Steps);
        }

        sink.Complete();
        string[] rules = [source.ReadRule, plan.Io.WriteRule];
        return new StreamResult(valid, bytesRead, passThrough is null ? rules : [.. rules, passThrough.Rule(plan.Time.Steps)]);
    }
}
