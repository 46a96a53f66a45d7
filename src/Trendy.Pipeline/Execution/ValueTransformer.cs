using Trendy.Core.Cf.Units;
using Trendy.Core.Planning;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// Applies a <see cref="ValuePlan"/> to one slab: source buffer (source order, doubles) → output buffer
/// (time, [level], lat, lon). Arithmetic in double (issue #3); the order of steps is the one documented
/// on <see cref="ValuePlan"/>.
/// </summary>
internal sealed class ValueTransformer(ValuePlan values, TimeAxisPlan time, SlabLayout layout)
{
    private readonly double[] _fills = values.FillValues;
    private readonly double _validMin = values.ValidMin ?? double.NegativeInfinity;
    private readonly double _validMax = values.ValidMax ?? double.PositiveInfinity;

    /// <summary>Transforms <paramref name="steps"/> steps starting at global step <paramref name="firstStep"/>; returns valid cells written.</summary>
    /// <remarks>
    /// The store is a struct type argument, not a delegate, so the JIT specialises and inlines the per-value
    /// conversion (a delegate call per value cost about 7 ns, bench/RESULTS.md). Steps are independent and each
    /// writes its own part of the output, so they run on all cores: after direct chunk I/O this loop was the
    /// largest serial part left (bench/RESULTS.md).
    /// </remarks>
    public long Transform<T, TStore>(double[] source, T[] output, int firstStep, int steps)
        where TStore : struct, IValueStore<T>
    {
        if (steps == 1) return TransformStep<T, TStore>(source, output, firstStep, 0);
        long valid = 0;
        Parallel.For(0, steps, () => 0L,
            (t, _, local) => local + TransformStep<T, TStore>(source, output, firstStep, t),
            local => Interlocked.Add(ref valid, local));
        return valid;
    }

    private long TransformStep<T, TStore>(double[] source, T[] output, int firstStep, int t)
        where TStore : struct, IValueStore<T>
    {
        long valid = 0;
        var fill = TStore.From(ValuePlan.OutputFill);
        var nLat = layout.LatOffsets.Length;
        var nLon = layout.LonOffsets.Length;
        var o = t * layout.OutputElementsPerStep;
        var divisor = Divisor(firstStep + t);
        var tBase = t * layout.TimeStride;
        for (var z = 0; z < layout.OutputLevels; z++)
        {
            var zBase = tBase + (layout.ReduceLevel ? 0 : z * layout.LevelStride);
            for (var y = 0; y < nLat; y++)
            {
                var yBase = zBase + layout.LatOffsets[y];
                for (var x = 0; x < nLon; x++)
                {
                    var at = yBase + layout.LonOffsets[x];
                    var ok = layout.ReduceLevel ? TrySum(source, at, out var v) : TryConvert(source[at], out v);
                    if (ok)
                    {
                        output[o++] = TStore.From(v / divisor);
                        valid++;
                    }
                    else
                    {
                        output[o++] = fill;
                    }
                }
            }
        }

        return valid;
    }

    private double Divisor(int step) => values.PerInterval switch
    {
        CalendarInterval.Month => time.MonthSeconds[step],
        CalendarInterval.Year => time.YearSeconds[step],
        _ => 1.0,
    };

    /// <summary>Sum over the reduced level axis; a cell is missing only when every layer is.</summary>
    private bool TrySum(ReadOnlySpan<double> source, long at, out double sum)
    {
        sum = 0;
        var any = false;
        for (var r = 0; r < layout.LevelLength; r++)
        {
            if (!TryConvert(source[(int)(at + (r * layout.LevelStride))], out var v)) continue;
            sum += v;
            any = true;
        }

        return any;
    }

    private bool TryConvert(double raw, out double value)
    {
        value = 0;
        if (double.IsNaN(raw) || raw < _validMin || raw > _validMax) return false;
        foreach (var f in _fills)
        {
            if (raw == f) return false;
        }

        var x = (raw * values.ScaleFactor) + values.AddOffset;
        if (!double.IsFinite(x)) return false;
        if (values.MaskSentinels && (x == ValuePlan.ProtocolMissing || Math.Abs(x) >= ValuePlan.SentinelMagnitude)) return false;
        value = (x * values.UnitFactor) + values.UnitOffset;
        return double.IsFinite(value);
    }
}
