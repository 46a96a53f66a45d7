namespace Trendy.Pipeline.Verification;

/// <summary>
/// One output's global land series as verify's plausibility checks use it, one value per calendar year in the natural
/// units of the variable's plausible range (PgC/yr as "Pg yr-1", PgC as "Pg", mm/yr as "kg m-2 yr-1", K, %, 1).
/// </summary>
public sealed record AnnualSeries(string Path, string Model, string Simulation, string VariableId, string Units, AnnualAggregate Aggregate, IReadOnlyList<AnnualYear> Years);

/// <summary>One calendar year of an <see cref="AnnualSeries"/>.</summary>
public sealed record AnnualYear(int Year, double Value);

/// <summary>How cells were combined: area-weighted land total, or land-area-weighted mean.</summary>
public enum AnnualAggregate
{
    Total,
    Mean,
}
