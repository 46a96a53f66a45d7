using Trendy.Core;
using Trendy.Core.Cf.Time;
using Trendy.Core.Diagnostics;
using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Reporting;

/// <summary>
/// The global-sum pass over one output (an `OUT/{simulation}/{model}/*.nc` written by convert): one value per
/// calendar year, reduced as <see cref="NaturalUnits"/> says, weighting each cell by its area on the sphere
/// (from lat_bnds/lon_bnds) times its land fraction (the model's sftlf companion next to it, when present), and
/// each time step by the length of its time_bnds interval. Layered outputs are summed over layers when they are
/// stocks (kg m-2) and shown for the top layer otherwise (temperature). Also keeps a coarse map of the time mean.
/// </summary>
public static class GlobalSeriesReader
{
    /// <summary>Authalic Earth radius in m (the sphere of equal area to the WGS84 ellipsoid).</summary>
    private const double EarthRadius = 6_371_007.2;

    private const int MapRows = 90;
    private const int MapColumns = 180;

    /// <summary>Reads <paramref name="path"/>; throws <see cref="TrendyException"/> (or IOException) when it cannot.</summary>
    public static GlobalSeries Read(string path, string simulation, string model)
    {
        using var nc = NcFile.OpenRead(path);
        var h = nc.ReadHeader();
        var name = h.GlobalAttribute("variable_id")?.Text?.Trim() is { Length: > 0 } id ? id : Path.GetFileName(path).Split('_')[0];
        var v = h.Variable(name) ?? throw new InvalidDataException($"{path}: no variable '{name}' (the file's variable_id)");
        if (v.Rank is < 3 or > 4 || v.Dimensions[0] != "time")
            throw new InvalidDataException($"{path}: {name} has dimensions ({string.Join(", ", v.Dimensions)}); expected (time, [depth,] lat, lon)");
        var lat = h.Values("lat") ?? throw new InvalidDataException($"{path}: no lat values");
        var lon = h.Values("lon") ?? throw new InvalidDataException($"{path}: no lon values");
        var units = NaturalUnits.For(v.Text("units") ?? "", v.Text("standard_name"));
        var weights = CellWeights(h, lat, lon, LandFraction(path, lat.Length, lon.Length));
        var (years, stepWeights) = Years(h, path);
        var fill = v.Attribute("_FillValue")?.FirstNumber ?? v.Attribute("missing_value")?.FirstNumber;
        var layers = v.Rank == 4 ? (int)v.Shape[1] : 1;
        var sumLayers = layers > 1 && string.Equals(v.Text("units")?.Trim(), "kg m-2", StringComparison.Ordinal);
        var cells = lat.Length * lon.Length;
        var buffer = new float[cells * (sumLayers ? layers : 1)];
        var field = new double[cells];
        var mapSum = new double[cells];
        var mapCount = new int[cells];
        var byYear = new SortedDictionary<int, (double Sum, double Weight)>();
        for (var t = 0; t < years.Length; t++)
        {
            long[] start = v.Rank == 4 ? [t, 0, 0, 0] : [t, 0, 0];
            long[] count = v.Rank == 4 ? [1, sumLayers ? layers : 1, lat.Length, lon.Length] : [1, lat.Length, lon.Length];
            nc.Read(name, start, count, buffer);
            Array.Fill(field, double.NaN);
            for (var i = 0; i < buffer.Length; i++)
            {
                double x = buffer[i];
                if (!Valid(x, fill)) continue;
                var c = i % cells;
                field[c] = double.IsNaN(field[c]) ? x : field[c] + x;
            }

            double total = 0, area = 0;
            for (var c = 0; c < cells; c++)
            {
                if (double.IsNaN(field[c])) continue;
                total += field[c] * weights[c];
                area += weights[c];
                mapSum[c] += field[c];
                mapCount[c]++;
            }

            if (area <= 0) continue;
            var reduced = units.Aggregation == GlobalAggregation.Total ? total : total / area;
            var acc = byYear.GetValueOrDefault(years[t]);
            byYear[years[t]] = (acc.Sum + (reduced * stepWeights[t]), acc.Weight + stepWeights[t]);
        }

        var calendar = Calendar(h);
        var info = new FileInfo(path);
        return new GlobalSeries(Path.GetFullPath(path), simulation, model, name, units.Aggregation, units.Units,
            [.. byYear.Keys], [.. byYear.Select(kv => units.Apply(kv.Value.Sum / kv.Value.Weight, CalendarMath.DaysInYear(calendar, kv.Key)))],
            info.Length, info.LastWriteTimeUtc)
        {
            Map = Coarse(lat, lon, mapSum, mapCount, v.Text("units") ?? ""),
            Grid = FormattableString.Invariant($"{lat.Length} × {lon.Length} ({(lat.Length > 1 ? Math.Abs(lat[1] - lat[0]) : 0):0.###}°)"),
        };
    }

    private static bool Valid(double x, double? fill) =>
        double.IsFinite(x) && Math.Abs(x) < 1e30 && (fill is not double f || x != (float)f);

    /// <summary>Cell area (m2) on the sphere between the cell's bounds, times its land fraction (0..1).</summary>
    private static double[] CellWeights(DatasetHeader h, double[] lat, double[] lon, double[]? land)
    {
        var latB = h.Values("lat_bnds") ?? Midpoints(lat);
        var lonB = h.Values("lon_bnds") ?? Midpoints(lon);
        var w = new double[lat.Length * lon.Length];
        for (var j = 0; j < lat.Length; j++)
        {
            var band = Math.Abs(Math.Sin(latB[(2 * j) + 1] * Math.PI / 180) - Math.Sin(latB[2 * j] * Math.PI / 180));
            for (var i = 0; i < lon.Length; i++)
            {
                var width = Math.Abs(lonB[(2 * i) + 1] - lonB[2 * i]) * Math.PI / 180;
                var c = (j * lon.Length) + i;
                w[c] = EarthRadius * EarthRadius * band * width * (land is null ? 1 : land[c]);
            }
        }

        return w;
    }

    /// <summary>Bounds halfway between neighbours when a file has none (outputs always have them; this is for safety).</summary>
    private static double[] Midpoints(double[] x)
    {
        var b = new double[x.Length * 2];
        for (var i = 0; i < x.Length; i++)
        {
            var lo = i == 0 ? x[0] - ((x.Length > 1 ? x[1] - x[0] : 1) / 2) : (x[i - 1] + x[i]) / 2;
            var hi = i == x.Length - 1 ? x[i] + ((x.Length > 1 ? x[i] - x[i - 1] : 1) / 2) : (x[i] + x[i + 1]) / 2;
            (b[2 * i], b[(2 * i) + 1]) = (lo, hi);
        }

        return b;
    }

    /// <summary>The model's sftlf companion (%, CMIP6 fx) next to the output, as 0..1, when it is on the same grid.</summary>
    private static double[]? LandFraction(string path, int nLat, int nLon)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var file = Directory.EnumerateFiles(folder, "sftlf_*.nc").Order(StringComparer.Ordinal).FirstOrDefault();
        if (file is null) return null;
        using var nc = NcFile.OpenRead(file);
        var v = nc.ReadHeader(coordinateValueLimit: 0).Variable("sftlf");
        if (v is null || v.Rank != 2 || v.Shape[0] != nLat || v.Shape[1] != nLon) return null;
        var values = new double[nLat * nLon];
        nc.Read("sftlf", [0, 0], [nLat, nLon], values);
        return [.. values.Select(x => double.IsFinite(x) && x is >= 0 and <= 100 ? x / 100 : 0)];
    }

    /// <summary>The calendar year of each step (from the middle of its bounds) and the step's length as its weight.</summary>
    private static (int[] Years, double[] Weights) Years(DatasetHeader h, string path)
    {
        var time = h.Variable("time") ?? throw new InvalidDataException($"{path}: no time variable");
        var values = h.Values("time") ?? throw new InvalidDataException($"{path}: time values not read");
        var bag = new DiagnosticBag();
        var units = TimeUnitsParser.Parse(time.Text("units"), new Where(path, "time", "units"), bag);
        if (units?.Origin is not CfDate origin || units.FixedSeconds is not long unit)
            throw new InvalidDataException($"{path}: time units '{time.Text("units")}' are not '<unit> since <date>'");
        var calendar = Calendar(h);
        var bounds = h.Values("time_bnds");
        var originSeconds = CalendarMath.ToSeconds(calendar, origin);
        var years = new int[values.Length];
        var weights = new double[values.Length];
        for (var t = 0; t < values.Length; t++)
        {
            var mid = bounds is { } b && b.Length == 2 * values.Length ? (b[2 * t] + b[(2 * t) + 1]) / 2 : values[t];
            years[t] = CalendarMath.FromSeconds(calendar, originSeconds + (long)Math.Floor(mid * unit)).Year;
            weights[t] = bounds is { } bb && bb.Length == 2 * values.Length && bb[(2 * t) + 1] > bb[2 * t] ? bb[(2 * t) + 1] - bb[2 * t] : 1;
        }

        return (years, weights);
    }

    private static CalendarKind Calendar(DatasetHeader h) =>
        CalendarNames.TryParse(h.Variable("time")?.Text("calendar"), out var kind) ? kind : CalendarKind.Standard;

    /// <summary>Block means onto at most 90 × 180 cells.</summary>
    private static TimeMeanMap Coarse(double[] lat, double[] lon, double[] sum, int[] count, string units)
    {
        var fy = Math.Max(1, (int)Math.Ceiling(lat.Length / (double)MapRows));
        var fx = Math.Max(1, (int)Math.Ceiling(lon.Length / (double)MapColumns));
        var rows = (lat.Length + fy - 1) / fy;
        var cols = (lon.Length + fx - 1) / fx;
        var values = new double[rows * cols];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                double s = 0;
                var n = 0;
                for (var j = r * fy; j < Math.Min(lat.Length, (r + 1) * fy); j++)
                {
                    for (var i = c * fx; i < Math.Min(lon.Length, (c + 1) * fx); i++)
                    {
                        var k = (j * lon.Length) + i;
                        if (count[k] == 0) continue;
                        s += sum[k] / count[k];
                        n++;
                    }
                }

                values[(r * cols) + c] = n == 0 ? double.NaN : s / n;
            }
        }

        double Centre(double[] axis, int block, int f) => axis.Skip(block * f).Take(f).Average();
        return new TimeMeanMap([.. Enumerable.Range(0, rows).Select(r => Centre(lat, r, fy))], [.. Enumerable.Range(0, cols).Select(c => Centre(lon, c, fx))], values, units);
    }
}
