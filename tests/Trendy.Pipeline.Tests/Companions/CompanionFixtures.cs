using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Companions;

/// <summary>
/// Fixture files for the companion tests: a "converted output" with lat/lat_bnds/lon/lon_bnds written the way
/// OutputWriter writes them (ascending latitude, (south, north) pairs, −180..180 longitude), and source fields.
/// </summary>
internal static class CompanionFixtures
{
    public static double[] Centres(double start, double step, int n) => [.. Enumerable.Range(0, n).Select(i => start + (step * (i + 0.5)))];

    public static double[] Pairs(double[] centres, double step) => [.. centres.SelectMany(c => new[] { c - (step / 2), c + (step / 2) })];

    /// <summary>OUT/S3/MODEL with one gpp output on a global grid of <paramref name="step"/> degrees; returns the folder.</summary>
    public static string ModelFolder(TempDir dir, double step, string model = "CLASSIC", string name = "gpp_Lmon_{0}_S3_r1i1p1f1_gn_190001-190002.nc")
    {
        var folder = Path.Combine(dir.Path, "OUT", "S3", model);
        Directory.CreateDirectory(folder);
        DataOutput(Path.Combine(folder, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, model)), step);
        return folder;
    }

    public static string DataOutput(string path, double step)
    {
        var lat = Centres(-90, step, (int)(180 / step));
        var lon = Centres(-180, step, (int)(360 / step));
        return MessyNetcdf.Create().Format(NcCreateFormat.NetCdf4)
            .Dimension("time", 2).Dimension("bnds", 2).Dimension("lat", lat.Length).Dimension("lon", lon.Length)
            .Variable("lat", NcType.Double, "lat").Values(lat).Attr("standard_name", "latitude").Attr("units", "degrees_north").Attr("axis", "Y").Attr("bounds", "lat_bnds").And()
            .Variable("lat_bnds", NcType.Double, "lat", "bnds").Values(Pairs(lat, step)).And()
            .Variable("lon", NcType.Double, "lon").Values(lon).Attr("standard_name", "longitude").Attr("units", "degrees_east").Attr("axis", "X").Attr("bounds", "lon_bnds").And()
            .Variable("lon_bnds", NcType.Double, "lon", "bnds").Values(Pairs(lon, step)).And()
            .Variable("gpp", NcType.Float, "time", "lat", "lon").Values(new double[2 * lat.Length * lon.Length]).Attr("units", "kg m-2 s-1").And()
            .WriteTo(path);
    }

    public static double[] ReadField(string path, string variable, out DatasetHeader header)
    {
        using var f = NcFile.OpenRead(path);
        header = f.ReadHeader();
        var v = header.Variable(variable)!;
        var values = new double[v.ElementCount];
        f.Read(variable, new long[v.Rank], [.. v.Shape], values);
        return values;
    }
}
