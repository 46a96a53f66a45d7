namespace Trendy.Core.Companions;

/// <summary>
/// Cell areas (m2) of a regular lat/lon grid from its bounds, for <c>areacella</c> (docs/contract.md §1.6 and
/// Part 3 item 10: ILAMB weights every spatial integral by these areas). The cell between latitudes φ1, φ2 and
/// longitudes λ1, λ2 on a sphere of radius R has area R²·(λ2 − λ1)·(sin φ2 − sin φ1), exact on the sphere.
/// </summary>
public static class CellAreas
{
    /// <summary>
    /// The authalic radius of the GRS80/WGS84 ellipsoid (m): the sphere with the ellipsoid's surface area, so
    /// global sums match the Earth's area (Moritz, "Geodetic Reference System 1980", J. Geodesy 74, 2000:
    /// R2 = 6 371 007.1810 m).
    /// </summary>
    public const double EarthRadius = 6_371_007.181;

    /// <summary>The sphere's surface, 4πR², which the areas of a global grid sum to.</summary>
    public static double SphereArea => 4 * Math.PI * EarthRadius * EarthRadius;

    /// <summary>
    /// Row-major (lat, lon) areas from flattened (lower, upper) bound pairs, as <c>lat_bnds</c>/<c>lon_bnds</c>
    /// are written. Pair order does not matter; latitudes are clamped to [−90, 90].
    /// </summary>
    public static double[] FromBounds(IReadOnlyList<double> latBounds, IReadOnlyList<double> lonBounds)
    {
        var band = Bands(latBounds);
        var width = Widths(lonBounds);
        var areas = new double[band.Length * width.Length];
        for (var y = 0; y < band.Length; y++)
        {
            for (var x = 0; x < width.Length; x++) areas[(y * width.Length) + x] = EarthRadius * EarthRadius * band[y] * width[x];
        }

        return areas;
    }

    /// <summary>|sin φ2 − sin φ1| per latitude row.</summary>
    private static double[] Bands(IReadOnlyList<double> pairs)
    {
        var n = pairs.Count / 2;
        var band = new double[n];
        for (var i = 0; i < n; i++)
        {
            var a = Math.Clamp(pairs[2 * i], -90, 90) * Math.PI / 180;
            var b = Math.Clamp(pairs[(2 * i) + 1], -90, 90) * Math.PI / 180;
            band[i] = Math.Abs(Math.Sin(b) - Math.Sin(a));
        }

        return band;
    }

    /// <summary>|λ2 − λ1| in radians per longitude column.</summary>
    private static double[] Widths(IReadOnlyList<double> pairs)
    {
        var n = pairs.Count / 2;
        var width = new double[n];
        for (var i = 0; i < n; i++) width[i] = Math.Abs(pairs[(2 * i) + 1] - pairs[2 * i]) * Math.PI / 180;
        return width;
    }
}
