namespace Trendy.Pipeline.Reporting;

/// <summary>
/// The one rule for how an output becomes a global number per year, and in which units, so a unit mistake (a
/// factor 1,000 or 86,400) stands out when models are drawn together. Carbon (CF standard names that say
/// "carbon") is summed over land area: kg m-2 s-1 → PgC/yr, kg m-2 → PgC. Water fluxes in kg m-2 s-1 are averaged
/// over land and shown as mm/yr (1 kg of water over 1 m2 is 1 mm). Everything else is a land-area mean in its own
/// units (K, %, m2 m-2, W m-2, kg m-2).
/// </summary>
public sealed record NaturalUnits(GlobalAggregation Aggregation, string Units, double Factor, bool PerYear)
{
    private const double KgPerPg = 1e12;

    /// <summary>The reduction for an output's data variable, from its units and standard_name attributes.</summary>
    public static NaturalUnits For(string units, string? standardName)
    {
        var u = string.Join(' ', units.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var carbon = standardName?.Contains("carbon", StringComparison.OrdinalIgnoreCase) == true;
        return (u, carbon) switch
        {
            ("kg m-2 s-1", true) => new(GlobalAggregation.Total, "PgC/yr", 1 / KgPerPg, PerYear: true),
            ("kg m-2", true) => new(GlobalAggregation.Total, "PgC", 1 / KgPerPg, PerYear: false),
            ("kg m-2 s-1", false) => new(GlobalAggregation.Mean, "mm/yr", 1, PerYear: true),
            _ => new(GlobalAggregation.Mean, u, 1, PerYear: false),
        };
    }

    /// <summary>
    /// A year's value from the area-weighted land sum (or mean) of the rate or state: rates are multiplied by the
    /// year's length in seconds, then the factor applies.
    /// </summary>
    public double Apply(double reduced, int daysInYear) =>
        reduced * Factor * (PerYear ? daysInYear * 86_400.0 : 1);
}
