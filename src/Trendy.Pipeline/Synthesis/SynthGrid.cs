namespace Trendy.Pipeline.Synthesis;

/// <summary>
/// A regular grid in one model's orientation, with a crude continent mask (ellipses) so that ocean cells
/// are missing and land numbers look like land. Geography is always evaluated at −180…180 longitudes, so
/// every model sees the same land whatever its file orientation.
/// </summary>
internal sealed class SynthGrid
{
    // (centre lat, centre lon, half-height, half-width) in degrees: Americas, Eurasia, Africa, Australia.
    private static readonly (double Lat, double Lon, double DLat, double DLon)[] Continents =
    [
        (48, -100, 24, 38), (-15, -60, 24, 16), (52, 85, 22, 75), (5, 20, 30, 20), (-25, 135, 11, 18),
    ];

    public SynthGrid(double degrees, GridStyle style)
    {
        var nlat = (int)Math.Round(180 / degrees);
        var nlon = (int)Math.Round(360 / degrees);
        Latitudes = [.. Enumerable.Range(0, nlat).Select(j => -90 + (degrees / 2) + (j * degrees))];
        if (style.NorthToSouth) Array.Reverse(Latitudes);
        var west = style.Longitude0To360 ? 0.0 : -180.0;
        Longitudes = [.. Enumerable.Range(0, nlon).Select(i => west + (degrees / 2) + (i * degrees))];
    }

    public double[] Latitudes { get; }

    public double[] Longitudes { get; }

    public int CellCount => Latitudes.Length * Longitudes.Length;

    public static bool IsLand(double lat, double lon)
    {
        var east = lon > 180 ? lon - 360 : lon;
        if (lat < -66) return true;
        foreach (var c in Continents)
        {
            var y = (lat - c.Lat) / c.DLat;
            var x = (east - c.Lon) / c.DLon;
            if ((x * x) + (y * y) <= 1) return true;
        }

        return false;
    }
}
