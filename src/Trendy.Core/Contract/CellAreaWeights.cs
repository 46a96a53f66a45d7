namespace Trendy.Core.Contract;

/// <summary>
/// Land area of each (lat, lon) cell for global sums: areacella × sftlf/100 when the model folder has them (the
/// weights ILAMB itself uses, docs/contract.md §1.6), else the spherical area of each cell from its bounds.
/// </summary>
public static class CellAreaWeights
{
    /// <summary>Mean Earth radius in m (the IUGG value; CF grids carry no radius of their own).</summary>
    public const double EarthRadius = 6_371_000;

    /// <summary>Cell areas in m2 from lat/lon bounds pairs: R² · Δλ · (sin φ₂ − sin φ₁).</summary>
    public static double[] FromBounds(IReadOnlyList<double> latBounds, IReadOnlyList<double> lonBounds)
    {
        var nLat = latBounds.Count / 2;
        var nLon = lonBounds.Count / 2;
        var areas = new double[nLat * nLon];
        for (var y = 0; y < nLat; y++)
        {
            var band = Math.Abs(Math.Sin(Rad(latBounds[(2 * y) + 1])) - Math.Sin(Rad(latBounds[2 * y])));
            for (var x = 0; x < nLon; x++) areas[(y * nLon) + x] = EarthRadius * EarthRadius * band * Math.Abs(Rad(lonBounds[(2 * x) + 1] - lonBounds[2 * x]));
        }

        return areas;
    }

    /// <summary>areacella × sftlf / 100 (sftlf in %, Part 3 item 10); cells with a fill value weigh nothing.</summary>
    public static double[] Land(IReadOnlyList<double> areacella, IReadOnlyList<double>? sftlfPercent) =>
        [.. areacella.Select((a, i) => Valid(a) ? a * (sftlfPercent is null ? 1 : Valid(sftlfPercent[i]) ? sftlfPercent[i] / 100 : 0) : 0)];

    private static bool Valid(double x) => double.IsFinite(x) && Math.Abs(x) < 1e19;

    private static double Rad(double degrees) => degrees * Math.PI / 180;
}
