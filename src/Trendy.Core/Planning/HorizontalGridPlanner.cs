using Trendy.Core.Diagnostics;
using Trendy.Core.Inventory;

namespace Trendy.Core.Planning;

/// <summary>
/// Finds the latitude/longitude values and bounds of the data variable's horizontal axes and decides the
/// flips and rolls that give ascending latitude and monotonic longitude. ORCHIDEE, OCN and SDGVM write
/// latitude north→south (docs/quirks.md §6, after lteckentrup/TRENDY_v8_Australia); VEGAS used 0..360.
/// </summary>
public static class HorizontalGridPlanner
{
    public static HorizontalGrid? Plan(DatasetHeader header, SourceAxis latAxis, SourceAxis lonAxis, Where where, DiagnosticBag diagnostics)
    {
        var rules = new List<string>();
        var lat = Values(header, latAxis, "lat", where, diagnostics, rules);
        var lon = Values(header, lonAxis, "lon", where, diagnostics, rules);
        if (lat is null || lon is null) return null;

        var latDir = Direction(lat);
        if (latDir == 0)
        {
            diagnostics.Add(Diagnostic.Error(GridCodes.OutOfOrder, where.WithAttribute(latAxis.Dimension), "monotonic latitudes",
                $"latitudes out of order ({Preview(lat)})", "the file's latitude axis is damaged; regrid it or fix the coordinate"));
            return null;
        }

        var flipLat = latDir < 0;
        if (flipLat) rules.Add("grid:flip-latitude-to-ascending");
        var (flipLon, shift, lonOk) = LongitudeOrder(lon);
        if (!lonOk)
        {
            diagnostics.Add(Diagnostic.Error(GridCodes.OutOfOrder, where.WithAttribute(lonAxis.Dimension), "monotonic longitudes (one wrap allowed)",
                $"longitudes out of order ({Preview(lon)})", "the file's longitude axis is damaged; regrid it or fix the coordinate"));
            return null;
        }

        if (flipLon) rules.Add("grid:flip-longitude-to-ascending");
        if (shift != 0) rules.Add($"grid:roll-longitude-by-{shift}");

        var grid = new HorizontalGrid(lat, [], lon, [], flipLat, flipLon, shift, rules);
        var outLat = Enumerable.Range(0, lat.Length).Select(y => lat[grid.LatSource(y)]).ToArray();
        var outLon = Enumerable.Range(0, lon.Length).Select(x => lon[grid.LonSource(x)]).ToArray();
        var latBounds = Bounds(header, latAxis, outLat, grid.LatSource, -90, 90, rules, "lat");
        var lonBounds = Bounds(header, lonAxis, outLon, grid.LonSource, null, null, rules, "lon");
        return grid with { Lat = outLat, Lon = outLon, LatBounds = latBounds, LonBounds = lonBounds, Rules = rules };
    }

    private static double[]? Values(DatasetHeader header, SourceAxis axis, string kind, Where where, DiagnosticBag diagnostics, List<string> rules)
    {
        var direct = header.Variable(axis.Dimension);
        if (direct is { Rank: 1 } && header.Values(direct.Name) is { } v && v.Length == axis.Length) return v;
        // A 1-D variable over the dimension with a lat/lon-like name (e.g. dimension y with variable lat(y)).
        var alt = header.Variables.FirstOrDefault(x => x.Rank == 1 && x.Dimensions[0] == axis.Dimension &&
                                                       x.Name.Contains(kind, StringComparison.OrdinalIgnoreCase) && header.Values(x.Name) is not null);
        if (alt is not null)
        {
            rules.Add($"grid:{kind}-values-from-{alt.Name}");
            return header.Values(alt.Name);
        }

        if (header.Variables.Any(x => x.Rank == 2 && x.Dimensions.Contains(axis.Dimension) && x.Name.Contains(kind, StringComparison.OrdinalIgnoreCase)))
        {
            diagnostics.Add(Diagnostic.Error(GridCodes.Curvilinear, where.WithAttribute(axis.Dimension), "a regular grid with 1-D latitude and longitude",
                "2-D (curvilinear) coordinates", "regrid to a regular lat/lon grid (e.g. cdo remapbil) before conversion"));
            return null;
        }

        return RegularGlobalFallback(axis, kind, where, diagnostics, rules);
    }

    /// <summary>
    /// Files with bare lat/lon dimensions and no coordinate variables fail in ILAMB ("Unable to find values
    /// for the latitude dimension", docs/contract.md §1.5). When the size is a whole global grid we rebuild
    /// cell centres, say so, and warn; anything else is an error.
    /// </summary>
    private static double[]? RegularGlobalFallback(SourceAxis axis, string kind, Where where, DiagnosticBag diagnostics, List<string> rules)
    {
        var span = kind == "lat" ? 180.0 : 360.0;
        var start = kind == "lat" ? -90.0 : -180.0;
        var step = span / axis.Length;
        if (axis.Length < 2 || Math.Abs((step * axis.Length) - span) > 1e-9)
        {
            diagnostics.Add(Diagnostic.Error(GridCodes.NoLatLon, where.WithAttribute(axis.Dimension), $"{kind} coordinate values",
                "a dimension without a coordinate variable", "add the coordinate variable to the file"));
            return null;
        }

        diagnostics.Add(Diagnostic.Warning(GridCodes.GlobalGridAssumed, where.WithAttribute(axis.Dimension), $"{kind} coordinate values",
            "none; assumed a regular global grid of " + step + " degrees, south/west first", "check the model's grid"));
        rules.Add($"grid:{kind}-assumed-regular-global");
        return [.. Enumerable.Range(0, (int)axis.Length).Select(i => start + (step * (i + 0.5)))];
    }

    private static double[] Bounds(DatasetHeader header, SourceAxis axis, double[] outValues, Func<int, int> source, double? min, double? max, List<string> rules, string kind)
    {
        var coord = header.Variable(axis.Dimension);
        var named = coord?.Text("bounds");
        string[] candidates = [named ?? "", $"{axis.Dimension}_bnds", $"{axis.Dimension}_bounds", $"bounds_{axis.Dimension}", $"{kind}_bnds", $"{kind}_bounds", $"bounds_{kind}"];
        foreach (var name in candidates.Where(c => c.Length > 0).Distinct())
        {
            var v = header.Variable(name);
            var values = header.Values(name);
            if (v is { Rank: 2 } && v.Shape[0] == axis.Length && v.Shape[1] == 2 && values is not null)
            {
                var pairs = CoordinateBounds.Reorder(values, source, outValues.Length);
                if (CoordinateBounds.Contain(outValues, pairs))
                {
                    rules.Add($"grid:{kind}-bounds-from-{name}");
                    return pairs;
                }
            }
        }

        rules.Add($"grid:{kind}-bounds-computed");
        return CoordinateBounds.FromCentres(outValues, min, max);
    }

    /// <summary>+1 strictly ascending, −1 strictly descending, 0 otherwise.</summary>
    private static int Direction(double[] v)
    {
        if (v.Length < 2) return 1;
        var up = true;
        var down = true;
        for (var i = 1; i < v.Length; i++)
        {
            up &= v[i] > v[i - 1];
            down &= v[i] < v[i - 1];
        }

        return up ? 1 : down ? -1 : 0;
    }

    private static (bool Flip, int Shift, bool Ok) LongitudeOrder(double[] lon)
    {
        var dir = Direction(lon);
        if (dir != 0) return (dir < 0, 0, true);
        // One wrap (e.g. 180..359.5 then 0..179.5): roll so the smallest value comes first.
        var k = Array.IndexOf(lon, lon.Min());
        var rolled = Enumerable.Range(0, lon.Length).Select(i => lon[(i + k) % lon.Length]).ToArray();
        return Direction(rolled) > 0 ? (false, k, true) : (false, 0, false);
    }

    private static string Preview(double[] v) => string.Join(", ", v.Take(4)) + (v.Length > 4 ? ", …" : "");
}
