using Trendy.Core.Inventory;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Cli;

/// <summary>A small TRENDY-like release written with the fixture builder: models × simulations × variables.</summary>
internal static class ReleaseFixture
{
    public static IReadOnlyList<string> Write(string root, string[] models, string[] sims, string[] vars, int steps = 24, int nlat = 18, int nlon = 36)
    {
        var written = new List<string>();
        var lat = Enumerable.Range(0, nlat).Select(i => -90 + (180.0 / nlat * (i + 0.5))).ToArray();
        var lon = Enumerable.Range(0, nlon).Select(i => 360.0 / nlon * (i + 0.5)).ToArray();
        var time = Enumerable.Range(0, steps).Select(i => (i * 365.0 / 12) + 15).ToArray();
        foreach (var m in models)
        {
            foreach (var s in sims)
            {
                foreach (var v in vars)
                {
                    var dir = Directory.CreateDirectory(Path.Combine(root, m, s)).FullName;
                    var values = new double[steps * nlat * nlon];
                    for (var i = 0; i < values.Length; i++) values[i] = (i % nlon) < nlon / 4 ? -99999 : 1 + (i % 7);
                    var path = Path.Combine(dir, $"{m}_{s}_{v}.nc");
                    MessyNetcdf.Create()
                        .Dimension("time", 0).Dimension("lat", nlat).Dimension("lon", nlon)
                        .Variable("time", NcType.Double, "time").Values(time).Attr("units", "days since 1980-01-01").Attr("calendar", "noleap").And()
                        .Variable("lat", NcType.Double, "lat").Values(lat).Attr("units", "degrees_north").And()
                        .Variable("lon", NcType.Double, "lon").Values(lon).Attr("units", "degrees_east").And()
                        .Variable(v, NcType.Float, "time", "lat", "lon").Values(values).Attr("units", "gC m-2 day-1")
                            .Attr("_FillValue", NcType.Float, -99999).Compressed(1, true, 1, nlat, nlon).And()
                        .WriteTo(path);
                    written.Add(path);
                }
            }
        }

        return written;
    }
}
