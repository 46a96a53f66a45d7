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

    /// <summary>
    /// Transforms <paramref name="steps"/> steps starting at global step <paramref name="firstStep"/>; returns valid cells written.
    /// <paramref name="cover"/> holds the cover fractions of a cover-weighted PFT mean in <see cref="CoverSlabReader"/> order, or is null.
    /// </summary>
    /// <remarks>
    /// The store is a struct type argument, not a delegate, so the JIT specialises and inlines the per-value
    /// conversion (a delegate call per value cost about 7 ns, bench/RESULTS.md). Steps are independent and each
    /// writes its own part of the output, so they run on all cores: after direct chunk I/O this loop was the
    /// largest serial part left (bench/RESULTS.md).
    /// </remarks>
    public long Transform<T, TStore>(double[] source, T[] output, int firstStep, int steps, double[]? cover = null)
        where TStore : struct, IValueStore<T>
    {
        if (steps == 1) return TransformStep<T, TStore>(source, output, firstStep, 0, cover);
        long valid = 0;
        Parallel.For(0, steps, () => 0L,
            (t, _, local) => local + TransformStep<T, TStore>(source, output, firstStep, t, cover),
            local => Interlocked.Add(ref valid, local));
        return valid;
    }

    private long TransformStep<T, TStore>(double[] source, T[] output, int firstStep, int t, double[]? cover)
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
                    var ok = !layout.ReduceLevel ? TryConvert(source[at], out var v)
                        : cover is null ? TrySum(source, at, out v)
                        : TryCoverMean(source, at, cover, ((((long)t * layout.LevelLength * nLat) + y) * nLon) + x, (long)nLat * nLon, out v);
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

    /// <summary>
    /// Σ value·cover over the PFTs that have both (docs/quirks.md, "Per-PFT fields"): cover short of 1 is bare soil or
    /// other land that adds nothing; cover above 1 (rounding, overlapping tiles) is renormalised to 1. A cell is
    /// missing when no PFT has a value and a cover fraction (ocean).
    /// </summary>
    private bool TryCoverMean(ReadOnlySpan<double> source, long at, double[] cover, long coverAt, long coverStride, out double mean)
    {
        mean = 0;
        var total = 0.0;
        var any = false;
        for (var r = 0; r < layout.LevelLength; r++)
        {
            var w = cover[coverAt + (r * coverStride)];
            if (double.IsNaN(w) || !TryConvert(source[(int)(at + (r * layout.LevelStride))], out var v)) continue;
            mean += v * w;
            total += w;
            any = true;
        }

        if (total > 1) mean /= total;
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
