namespace Trendy.Core.Companions;

/// <summary>
/// Whether a fraction-like field is 0..1 or 0..100: the units decide when they say so; otherwise the values
/// (max &gt; 1.5 means percent; a fraction never exceeds 1 beyond round-off, and a percentage field whose
/// largest value is 1.5 % or less would be a grid without a single mostly-land cell).
/// </summary>
public sealed record FractionScale(bool IsPercent, string Reason)
{
    public const double PercentThreshold = 1.5;

    private static readonly string[] PercentUnits = ["%", "percent", "percentage", "pct"];
    private static readonly string[] FractionUnits = ["1", "fraction", "frac", "0-1", "m2/m2", "m2 m-2", "m^2/m^2", "km2/km2", "dimensionless", "unitless", "none"];

    public static FractionScale Decide(string? units, double max) =>
        FromUnits(units) ?? (max > PercentThreshold
            ? new FractionScale(true, $"percent: max {max:G4} > {PercentThreshold}")
            : new FractionScale(false, $"fraction: max {max:G4} ≤ {PercentThreshold}"));

    /// <summary>The scale the units state, or null when they are absent or say nothing about it.</summary>
    public static FractionScale? FromUnits(string? units)
    {
        var u = units?.Trim().ToLowerInvariant() ?? "";
        if (u.Length == 0) return null;
        if (PercentUnits.Contains(u)) return new FractionScale(true, $"percent: units '{units}'");
        return FractionUnits.Contains(u) ? new FractionScale(false, $"fraction: units '{units}'") : null;
    }
}
