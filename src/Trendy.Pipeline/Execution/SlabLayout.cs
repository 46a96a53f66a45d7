using Trendy.Core.Planning;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// How a slab of whole time steps is laid out in the source read buffer (source dimension order) and in
/// the output buffer (time, [level], lat, lon), with the index maps that apply the latitude flip and
/// longitude roll. Built once per file; the per-element loop only adds precomputed offsets.
/// </summary>
internal sealed class SlabLayout
{
    public SlabLayout(ConversionPlan plan, int stepsPerSlab)
    {
        StepsPerSlab = stepsPerSlab;
        var axes = plan.SourceAxes;
        var count = axes.Select(a => a.Role == AxisRole.Time ? stepsPerSlab : a.Length).ToArray();
        var strides = new long[count.Length];
        long s = 1;
        for (var i = count.Length - 1; i >= 0; i--)
        {
            strides[i] = s;
            s *= count[i];
        }

        SourceCount = count;
        SourceElementsPerSlab = s;
        long Stride(AxisRole role) => axes.FirstOrDefault(a => a.Role == role) is { } a ? strides[a.Position] : 0;
        TimeStride = Stride(AxisRole.Time);
        var grid = plan.Grid;
        LatOffsets = [.. Enumerable.Range(0, grid.NLat).Select(y => grid.LatSource(y) * Stride(AxisRole.Latitude))];
        LonOffsets = [.. Enumerable.Range(0, grid.NLon).Select(x => grid.LonSource(x) * Stride(AxisRole.Longitude))];
        if (plan.Level is { } level)
        {
            var levelAxis = axes.First(a => a.Dimension == level.SourceDimension);
            LevelStride = strides[levelAxis.Position];
            LevelLength = level.Length;
            ReduceLevel = level.Reduce;
        }

        OutputLevels = plan.Level is { Reduce: false } ? LevelLength : 1;
        OutputElementsPerStep = (long)OutputLevels * grid.NLat * grid.NLon;
    }

    public int StepsPerSlab { get; }

    public long[] SourceCount { get; }

    public long SourceElementsPerSlab { get; }

    public long TimeStride { get; }

    public long[] LatOffsets { get; }

    public long[] LonOffsets { get; }

    public long LevelStride { get; }

    public int LevelLength { get; } = 1;

    public bool ReduceLevel { get; }

    public int OutputLevels { get; }

    public long OutputElementsPerStep { get; }

    /// <summary>
    /// Bigger slabs than this gain nothing (each libnetcdf call already moves megabytes) and cost memory:
    /// the benchmark's 512 MiB default slab of 129 steps peaked at 618 MB (bench/RESULTS.md) against a
    /// 150 MB target (docs/performance.md). The --memory budget stays the upper bound.
    /// </summary>
    public const long WorkingSlabBytes = 24L * 1024 * 1024;

    /// <summary>Steps per slab: as many whole steps as fit the working size and the budget, at least one.</summary>
    public static int StepsFor(ConversionPlan plan, long budgetBytes)
    {
        var perStepSource = plan.SourceAxes.Where(a => a.Role != AxisRole.Time).Aggregate(1L, (acc, a) => acc * a.Length);
        var perStepBytes = (perStepSource * sizeof(double)) + (perStepSource * sizeof(double));
        var steps = Math.Min(budgetBytes, WorkingSlabBytes) / Math.Max(perStepBytes, 1);
        return (int)Math.Clamp(steps, 1, Math.Max(plan.Time.Steps, 1));
    }
}
