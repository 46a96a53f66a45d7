namespace Trendy.Core.Targets;

/// <summary>
/// The range the long-term mean of a sound model's field lands in, from the plausible_* columns of variables.csv.
/// A value outside it is worth a look, not proof of an error.
/// </summary>
/// <param name="Aggregate">How the field is reduced to one number.</param>
/// <param name="Min">Lower bound, in <paramref name="Units"/>.</param>
/// <param name="Max">Upper bound, in <paramref name="Units"/>.</param>
/// <param name="Units">UDUNITS-2 string of the bounds, convertible from the variable's units (times m2 for a global total).</param>
/// <param name="Source">Public reference for the range.</param>
public sealed record PlausibleRange(PlausibleAggregate Aggregate, double Min, double Max, string Units, string Source)
{
    /// <summary>True when <paramref name="value"/> (in <see cref="Units"/>) lies within the bounds, ends included.</summary>
    public bool Contains(double value) => value >= Min && value <= Max;

    /// <summary>
    /// The units the aggregated field has before conversion to <see cref="Units"/>: the variable's units for a land
    /// mean, times m2 for a global total (kg m-2 s-1 → kg m-2 s-1 m2).
    /// </summary>
    public string AggregatedUnits(string variableUnits) =>
        Aggregate == PlausibleAggregate.GlobalTotal ? $"({variableUnits}) m2" : variableUnits;
}
