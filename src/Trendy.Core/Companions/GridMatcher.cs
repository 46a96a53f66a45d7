using System.Globalization;
using Trendy.Core.Planning;

namespace Trendy.Core.Companions;

/// <summary>
/// Puts a companion source on the data outputs' grid by coordinate values, never by position: ILAMB 2.x aborts
/// the whole run when sftlf and the data disagree in shape (docs/contract.md §1.6), and a same-shape field
/// on shifted coordinates would weight the wrong cells silently. The source grid comes from
/// <see cref="HorizontalGridPlanner"/> (ascending latitude, monotonic longitude, with the flips and roll back
/// to file indices); longitudes match modulo 360, so 0..360 sources fit −180..180 outputs.
/// </summary>
public static class GridMatcher
{
    /// <summary>
    /// Degrees. Coordinates stored as float are exact to about 3e-5° at 360°, and TRENDY grids are 0.5° or
    /// coarser (docs/quirks.md §6), so 1e-3° separates round-off from a real offset by orders of magnitude.
    /// </summary>
    public const double Tolerance = 1e-3;

    public static GridMatch Match(HorizontalGrid source, IReadOnlyList<double> lat, IReadOnlyList<double> lon)
    {
        if (source.NLat != lat.Count || source.NLon != lon.Count)
        {
            return GridMatch.Failed($"sizes differ: source {source.NLat}×{source.NLon}, data {lat.Count}×{lon.Count} (lat×lon)");
        }

        var rows = Rows(source, lat);
        if (rows is null) return GridMatch.Failed("latitude values differ");
        var shift = LongitudeShift(source.Lon, lon);
        if (shift is null) return GridMatch.Failed("longitude values differ (also modulo 360)");

        var columns = Enumerable.Range(0, lon.Count).Select(x => source.LonSource((x + shift.Value) % lon.Count)).ToArray();
        return new GridMatch(rows, columns, null, Rules(source, lon, shift.Value));
    }

    /// <summary>"180 lat × 360 lon, lat −89.5..89.5, lon −179.5..179.5" for diagnostics naming both grids.</summary>
    public static string Describe(IReadOnlyList<double> lat, IReadOnlyList<double> lon)
    {
        static string Range(IReadOnlyList<double> v) => v.Count == 0 ? "none" : string.Create(CultureInfo.InvariantCulture, $"{v[0]:G6}..{v[^1]:G6}");
        return $"{lat.Count} lat × {lon.Count} lon, lat {Range(lat)}, lon {Range(lon)}";
    }

    private static int[]? Rows(HorizontalGrid source, IReadOnlyList<double> lat)
    {
        var ascending = Enumerable.Range(0, lat.Count).All(y => Math.Abs(source.Lat[y] - lat[y]) <= Tolerance);
        if (ascending) return [.. Enumerable.Range(0, lat.Count).Select(source.LatSource)];
        // Outputs ascend (OutputWriter), but a descending data grid is still matched rather than refused.
        var descending = Enumerable.Range(0, lat.Count).All(y => Math.Abs(source.Lat[lat.Count - 1 - y] - lat[y]) <= Tolerance);
        return descending ? [.. Enumerable.Range(0, lat.Count).Select(y => source.LatSource(lat.Count - 1 - y))] : null;
    }

    /// <summary>The k for which source column (x + k) mod n equals output column x modulo 360, for every x.</summary>
    private static int? LongitudeShift(IReadOnlyList<double> sourceLon, IReadOnlyList<double> lon)
    {
        var n = lon.Count;
        for (var k = 0; k < n; k++)
        {
            if (!SameLongitude(sourceLon[k], lon[0])) continue;
            if (Enumerable.Range(0, n).All(x => SameLongitude(sourceLon[(x + k) % n], lon[x]))) return k;
        }

        return null;
    }

    private static bool SameLongitude(double a, double b)
    {
        var d = Math.IEEERemainder(a - b, 360);
        return Math.Abs(d) <= Tolerance;
    }

    private static List<string> Rules(HorizontalGrid source, IReadOnlyList<double> lon, int shift)
    {
        var rules = source.Rules.Where(r => r.Contains("flip", StringComparison.Ordinal) || r.Contains("roll", StringComparison.Ordinal))
            .Select(r => "companion:" + r).ToList();
        if (shift != 0) rules.Add($"companion:roll-longitude-to-data-by-{shift}");
        if (Enumerable.Range(0, lon.Count).Any(x => Math.Abs(source.Lon[(x + shift) % lon.Count] - lon[x]) > Tolerance)) rules.Add("companion:longitude-modulo-360");
        return rules;
    }
}
