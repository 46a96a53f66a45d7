namespace Trendy.Core.Planning;

/// <summary>
/// An extra (non time/lat/lon) axis of the source variable and what happens to it: kept as the output
/// `depth` axis (soil layers, metres, with bounds), kept as-is for PFT products, or summed away
/// (column totals such as mrso; PFT sums where a per-model fix documents the grid-cell value as the sum).
/// <c>Names</c> are the PFT names the source gives (<see cref="PftNames"/>), written as a label coordinate.
/// A reduced PFT axis is summed or, with <see cref="Weights"/>, averaged weighted by the cover fractions.
/// </summary>
public sealed record LevelAxis(
    string SourceDimension,
    AxisRole Role,
    int Length,
    bool Reduce,
    double[]? Depth,
    double[]? DepthBounds,
    string Source,
    IReadOnlyList<string>? Names = null)
{
    public Trendy.Core.Fixes.ReductionMethod Method { get; init; } = Trendy.Core.Fixes.ReductionMethod.Sum;

    public CoverWeights? Weights { get; init; }
}
