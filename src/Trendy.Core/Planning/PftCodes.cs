namespace Trendy.Core.Planning;

/// <summary>Diagnostic codes of per-PFT grid-cell values (docs/codes.md).</summary>
public static class PftCodes
{
    /// <summary>Note: a per-PFT field of a grid-cell variable whose convention is not documented; only the per-PFT product is written.</summary>
    public const string ConventionUnknown = "GRID012";

    /// <summary>Warning: a cover-weighted mean without usable cover fractions; only the per-PFT product is written.</summary>
    public const string CoverMissing = "GRID013";
}
