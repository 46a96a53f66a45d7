using Trendy.Core.Targets;

namespace Trendy.Core.Fixes;

/// <summary>
/// "Grid-cell value = sum over the extra axis" for a variable that should have none (CABLE-POP <c>mrso</c> carries a
/// soil axis; total soil moisture is the sum of the layers), or, for a PFT axis, the sum or the cover-weighted mean
/// (<see cref="Method"/>). Applies only when the file has that axis.
/// </summary>
public sealed record AxisReduction
{
    public required string Variable { get; init; }

    public required ExtraDimension Axis { get; init; }

    public ReductionMethod Method { get; init; } = ReductionMethod.Sum;

    public required string Seen { get; init; }
}
