using Trendy.Core.Identify;

namespace Trendy.Core.Fixes;

/// <summary>Where a model's land fraction or cell area comes from (file or variable token and its kind).</summary>
public sealed record LandFractionSource
{
    /// <summary>Variable token or static file stem, e.g. <c>oceanCoverFrac</c>, <c>land_fraction</c>, <c>LAND_AREA_DLEM</c>.</summary>
    public required string Name { get; init; }

    public required CompanionKind Kind { get; init; }

    public required string Seen { get; init; }
}
