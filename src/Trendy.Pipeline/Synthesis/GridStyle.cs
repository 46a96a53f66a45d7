namespace Trendy.Pipeline.Synthesis;

/// <summary>Coordinate names and orientation of one model's grid (docs/quirks.md §6, coordinates).</summary>
public sealed record GridStyle(string Latitude, string Longitude, bool NorthToSouth = false, bool Longitude0To360 = false)
{
    public static readonly GridStyle LatLon = new("lat", "lon");
    public static readonly GridStyle LatitudeLongitude = new("latitude", "longitude");
}
