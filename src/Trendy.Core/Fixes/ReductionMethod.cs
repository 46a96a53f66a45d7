namespace Trendy.Core.Fixes;

/// <summary>How the values along a PFT/tile axis make the grid-cell value (docs/quirks.md, "Per-PFT fields").</summary>
public enum ReductionMethod
{
    /// <summary>Values already per grid-cell area: the grid-cell value is their sum.</summary>
    Sum,

    /// <summary>Values per area of their PFT: the grid-cell value is Σ value·cover over PFTs, cover from landCoverFrac.</summary>
    CoverWeightedMean,
}
