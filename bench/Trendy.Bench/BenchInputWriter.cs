using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;

namespace Trendy.Bench;

/// <summary>
/// Writes the benchmark inputs in one pass over the time steps through the raw native layer (<see cref="NcFile"/>),
/// laid out as a TRENDY release path (MODEL/SIMULATION/MODEL_SIMULATION_variable.nc) so the converter identifies it.
/// </summary>
internal static class BenchInputWriter
{
    public const string RelativePath = "BENCH/S3/BENCH_S3_gpp.nc";

    /// <summary>The no-change input is already in the output units, so the plan leaves its values as they are.</summary>
    private const string NoChangeUnits = "kg m-2 s-1";

    private const double GramPerDayToKgPerSecond = 1e-3 / 86400;

    public static IReadOnlyList<string> Write(GeneratorOptions o)
    {
        var field = new BenchField(o.Seed);
        var nc4 = Path.Combine(o.OutputRoot, "nc4", RelativePath);
        var nc3 = Path.Combine(o.OutputRoot, "nc3", RelativePath);
        var same = Path.Combine(o.OutputRoot, "nochange", RelativePath);
        var raw = Path.Combine(o.OutputRoot, "shuffled.raw");
        var targets = new List<string> { nc4 };
        if (o.Netcdf3) targets.Add(nc3);
        if (o.Raw) targets.Add(raw);
        if (o.NoChange) targets.Add(same);
        foreach (var t in targets) Directory.CreateDirectory(Path.GetDirectoryName(t)!);

        var suffix = $".partial-{Environment.ProcessId}";
        var files = new List<NcFile>();
        NcFile? noChange = null;
        FileStream? rawStream = null;
        try
        {
            files.Add(CreateSkeleton(nc4 + suffix, NcCreateFormat.NetCdf4, field, o));
            if (o.Netcdf3) files.Add(CreateSkeleton(nc3 + suffix, NcCreateFormat.Offset64Bit, field, o));
            if (o.Raw) rawStream = new FileStream(raw + suffix, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
            if (o.NoChange) noChange = CreateSkeleton(same + suffix, NcCreateFormat.NetCdf4, field, o, NoChangeUnits);

            var step = new float[BenchField.Cells];
            var canonical = new float[BenchField.Cells];
            var shuffled = new byte[BenchField.Cells * sizeof(float)];
            long[] count = [1, BenchField.NLat, BenchField.NLon];
            for (var t = 0; t < o.Steps; t++)
            {
                field.Fill(t, step);
                long[] start = [t, 0, 0];
                foreach (var f in files) f.Write<float>("gpp", start, count, step);
                if (noChange is not null)
                {
                    for (var i = 0; i < step.Length; i++) canonical[i] = step[i] == BenchField.FillValue ? step[i] : (float)(step[i] * GramPerDayToKgPerSecond);
                    noChange.Write<float>("gpp", start, count, canonical);
                }
                if (rawStream is not null)
                {
                    Shuffle(step, shuffled);
                    rawStream.Write(shuffled);
                }
            }

            var time = BenchField.TimeMidpoints(o.Steps);
            foreach (var f in files) f.Write<double>("time", [0], [o.Steps], time);
            noChange?.Write<double>("time", [0], [o.Steps], time);
        }
        catch
        {
            foreach (var f in files) f.Dispose();
            noChange?.Dispose();
            rawStream?.Dispose();
            foreach (var t in targets) File.Delete(t + suffix);
            throw;
        }

        foreach (var f in files) f.Dispose();
        noChange?.Dispose();
        rawStream?.Dispose();
        foreach (var t in targets) File.Move(t + suffix, t, overwrite: true);
        return targets;
    }

    private static NcFile CreateSkeleton(string path, NcCreateFormat format, BenchField field, GeneratorOptions o, string units = "gC m-2 day-1")
    {
        var f = NcFile.Create(path, format);
        try
        {
            f.DefineDimension("time", 0);
            f.DefineDimension("lat", BenchField.NLat);
            f.DefineDimension("lon", BenchField.NLon);

            f.DefineVariable("time", NcType.Double, ["time"]);
            f.PutAttribute("time", "units", "days since 1700-01-01 00:00:00");
            f.PutAttribute("time", "calendar", "noleap");
            f.PutAttribute("time", "standard_name", "time");
            f.PutAttribute("time", "axis", "T");

            f.DefineVariable("lat", NcType.Double, ["lat"]);
            f.PutAttribute("lat", "units", "degrees_north");
            f.PutAttribute("lat", "standard_name", "latitude");
            f.PutAttribute("lat", "axis", "Y");

            f.DefineVariable("lon", NcType.Double, ["lon"]);
            f.PutAttribute("lon", "units", "degrees_east");
            f.PutAttribute("lon", "standard_name", "longitude");
            f.PutAttribute("lon", "axis", "X");

            f.DefineVariable("gpp", NcType.Float, ["time", "lat", "lon"]);
            if (format == NcCreateFormat.NetCdf4)
            {
                f.SetChunking("gpp", [1, BenchField.NLat, BenchField.NLon]);
                f.SetCompression("gpp", 4, shuffle: true);
            }

            f.SetFill("gpp", BenchField.FillValue);
            f.PutAttribute("gpp", "missing_value", NcType.Float, [BenchField.FillValue]);
            f.PutAttribute("gpp", "units", units);
            f.PutAttribute("gpp", "long_name", "Gross Primary Production");

            f.PutAttribute(null, "title", "trendy2ilamb benchmark input (synthetic, TRENDY-like)");
            f.PutAttribute(null, "source", $"bench/Trendy.Bench, seed {o.Seed}, {o.Steps} monthly steps, {field.LandCellCount} land cells");
            f.EndDefine();

            f.Write<double>("lat", [0], [BenchField.NLat], field.Lat);
            f.Write<double>("lon", [0], [BenchField.NLon], field.Lon);
            return f;
        }
        catch
        {
            f.Dispose();
            throw;
        }
    }

    /// <summary>HDF5's shuffle filter for 4-byte elements: byte plane k holds byte k of every float.</summary>
    private static void Shuffle(ReadOnlySpan<float> values, Span<byte> destination)
    {
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(values);
        var n = values.Length;
        for (var i = 0; i < n; i++)
        {
            destination[i] = bytes[4 * i];
            destination[n + i] = bytes[(4 * i) + 1];
            destination[(2 * n) + i] = bytes[(4 * i) + 2];
            destination[(3 * n) + i] = bytes[(4 * i) + 3];
        }
    }
}
