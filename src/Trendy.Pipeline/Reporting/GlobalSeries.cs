namespace Trendy.Pipeline.Reporting;

/// <summary>
/// One output's global land series, year by year, in natural units (PgC/yr for carbon fluxes, PgC for carbon
/// pools, mm/yr for water fluxes, the variable's own units for area means such as K, % or m2 m-2), and a coarse
/// map of its time mean. Made once by <see cref="GlobalSeriesReader"/> and stored as JSON under `OUT/reports`, so
/// the HTML report (and plausibility checks) redraw from it without rereading the data (docs/report.md).
/// </summary>
/// <param name="OutputPath">Absolute path of the output file the series was computed from.</param>
/// <param name="Simulation">Scenario folder (S0..S3).</param>
/// <param name="Model">Model folder.</param>
/// <param name="VariableId">The output's data variable (gpp, evspsbl, mrsol, ...).</param>
/// <param name="Aggregation">How the grid was reduced each year: <see cref="GlobalAggregation"/>.</param>
/// <param name="Units">Units of <paramref name="Values"/> after the reduction (e.g. "PgC/yr").</param>
/// <param name="Years">Calendar year of each value.</param>
/// <param name="Values">One value per year; NaN when no cell of that year held data.</param>
/// <param name="FileSize">Size of the output when it was read, to notice a rewritten file.</param>
/// <param name="FileWriteTimeUtc">Last write time of the output when it was read.</param>
public sealed record GlobalSeries(
    string OutputPath,
    string Simulation,
    string Model,
    string VariableId,
    GlobalAggregation Aggregation,
    string Units,
    IReadOnlyList<int> Years,
    IReadOnlyList<double> Values,
    long FileSize,
    DateTime FileWriteTimeUtc)
{
    /// <summary>The time mean of each cell on a coarse grid, for the report's small map; null when none was made.</summary>
    public TimeMeanMap? Map { get; init; }

    /// <summary>The output's grid as "nlat × nlon" with the cell size, e.g. "360 × 720 (0.5°)".</summary>
    public string Grid { get; init; } = "";

    /// <summary>Mean over the years that hold a value; NaN when none does.</summary>
    public double Mean
    {
        get
        {
            var finite = Values.Where(double.IsFinite).ToList();
            return finite.Count == 0 ? double.NaN : finite.Average();
        }
    }
}
