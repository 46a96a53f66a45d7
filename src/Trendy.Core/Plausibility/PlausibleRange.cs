namespace Trendy.Core.Plausibility;

/// <summary>
/// Where a variable's global annual value should sit: a land total (<see cref="IsTotal"/>: area-weighted sum) or a
/// land-area-weighted mean, in <see cref="Units"/> (UDUNITS-2 text, e.g. "Pg yr-1" for PgC/yr), with the source of
/// the range.
/// </summary>
public sealed record PlausibleRange(string VariableId, bool IsTotal, string Units, double Min, double Max, string Source)
{
    /// <summary>True when a value of either sign is plausible (net fluxes such as nbp), so ratios between models mean little.</summary>
    public bool SpansZero => Min < 0 && Max > 0;
}
