namespace Trendy.Pipeline.Reporting;

/// <summary>
/// One output's global land series, one value per calendar year, in natural units (PgC/yr for carbon fluxes, PgC for
/// carbon pools, mm/yr for water fluxes, K, %, m2/m2 for area means). Written by <c>verify</c> (global-sum pass over
/// each output) and read by the HTML report, so the report can redraw without rereading the data.
/// </summary>
/// <param name="Path">The output file, relative to OUT.</param>
/// <param name="Model">The TRENDY model name (<c>source_id</c> without the simulation).</param>
/// <param name="Simulation">S0..S3.</param>
/// <param name="VariableId">The netCDF/CMIP name of the data variable (gpp, cVeg, …).</param>
/// <param name="Units">The natural unit of <see cref="Years"/>' values (PgC/yr, PgC, mm/yr, K, %, 1).</param>
/// <param name="Aggregate">How cells were combined: <see cref="GlobalAggregate.Total"/> (area-weighted sum over land) or <see cref="GlobalAggregate.Mean"/> (land-area-weighted mean).</param>
/// <param name="Years">The calendar years in order; a year holds the mean of its steps (totals of rates are annualised).</param>
public sealed record GlobalSeries(string Path, string Model, string Simulation, string VariableId, string Units, GlobalAggregate Aggregate,
    IReadOnlyList<GlobalYear> Years);

/// <summary>One calendar year of a <see cref="GlobalSeries"/>.</summary>
public sealed record GlobalYear(int Year, double Value);

/// <summary>How a global series combines cells.</summary>
public enum GlobalAggregate
{
    /// <summary>Area-weighted sum over land (fluxes, pools).</summary>
    Total,

    /// <summary>Land-area-weighted mean (tas, lai, burnt fraction, …).</summary>
    Mean,
}

/// <summary>The file <c>OUT/reports/global-series.json</c>: every output's series, sorted by variable, simulation, model.</summary>
/// <param name="SchemaVersion">Bumped when the shape changes; readers reject versions they do not know.</param>
/// <param name="Series">One entry per data output.</param>
public sealed record GlobalSeriesFile(int SchemaVersion, IReadOnlyList<GlobalSeries> Series)
{
    public const int CurrentVersion = 1;

    /// <summary>The file name under OUT/reports.</summary>
    public const string FileName = "global-series.json";
}
