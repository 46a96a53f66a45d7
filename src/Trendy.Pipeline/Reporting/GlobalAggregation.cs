namespace Trendy.Pipeline.Reporting;

/// <summary>How a field is reduced to one global land number per year (see <see cref="NaturalUnits"/>).</summary>
public enum GlobalAggregation
{
    /// <summary>Area-weighted sum over land (carbon stocks and fluxes: PgC, PgC/yr).</summary>
    Total,

    /// <summary>Area-weighted mean over land (temperature, LAI, water fluxes as mm/yr, fractions).</summary>
    Mean,
}
