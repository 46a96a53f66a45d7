using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Conversion;

/// <summary>
/// A small TRENDY-like source file with every knob the quirk tests turn: names, dimension order, time
/// values/units/calendar, grid, storage type and extra attributes. Values default to a pattern whose
/// cell can be recognised after any flip, roll or reorder: 100·t + 10·y + x + 1 (source indices).
/// </summary>
internal sealed class SourceFile
{
    public string Variable { get; set; } = "gpp";

    public string? Units { get; set; } = "kg m-2 s-1";

    public NcType Type { get; set; } = NcType.Float;

    public NcCreateFormat Format { get; set; } = NcCreateFormat.NetCdf4;

    public double[] Lat { get; set; } = [-45, 45];

    public double[] Lon { get; set; } = [-120, 0, 120];

    public double[] Time { get; set; } = SourceFile.NoleapMonthMids(2000, 12);

    public string TimeName { get; set; } = "time";

    /// <summary>Makes the time dimension unlimited (a record dimension in NetCDF3).</summary>
    public bool UnlimitedTime { get; set; }

    public string TimeVariable { get; set; } = "time";

    public string LatName { get; set; } = "lat";

    public string LonName { get; set; } = "lon";

    /// <summary>Source time bounds (pairs), written as `time_bnds` and referenced by a `bounds` attribute.</summary>
    public double[]? TimeBounds { get; set; }

    public string? TimeUnits { get; set; } = "days since 2000-01-01";

    public string? Calendar { get; set; } = "noleap";

    /// <summary>Dimension order of the data variable, by role: "t", "y", "x", or an extra dimension name.</summary>
    public string[] Order { get; set; } = ["t", "y", "x"];

    /// <summary>Extra (level) dimension: name and length; values get + 1000·z.</summary>
    public (string Name, int Length)? Level { get; set; }

    public Func<int, int, int, int, double> Value { get; set; } = (t, z, y, x) => (100 * t) + (1000 * z) + (10 * y) + x + 1;

    public Action<MessyVariable>? DataAttributes { get; set; }

    public Action<MessyNetcdf>? Extra { get; set; }

    /// <summary>Noleap mid-month days (e.g. 15.5, 45, ...) since <paramref name="year"/>-01-01 for <paramref name="months"/> months.</summary>
    public static double[] NoleapMonthMids(int year, int months)
    {
        int[] len = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        var mids = new double[months];
        double start = 0;
        for (var i = 0; i < months; i++)
        {
            mids[i] = start + (len[i % 12] / 2.0);
            start += len[i % 12];
        }

        return mids;
    }

    public string WriteTo(string path)
    {
        var b = MessyNetcdf.Create().Format(Format)
            .Dimension(TimeName, UnlimitedTime ? 0 : Time.Length).Dimension(LatName, Lat.Length).Dimension(LonName, Lon.Length);
        if (Level is { } lv) b.Dimension(lv.Name, lv.Length);
        var tv = b.Variable(TimeVariable, NcType.Double, TimeName).Values(Time);
        if (TimeUnits is not null) tv.Attr("units", TimeUnits);
        if (Calendar is not null) tv.Attr("calendar", Calendar);
        if (TimeBounds is not null)
        {
            tv.Attr("bounds", "time_bnds");
            b.Dimension("nv", 2).Variable("time_bnds", NcType.Double, TimeName, "nv").Values(TimeBounds);
        }

        b.Variable(LatName, NcType.Double, LatName).Values(Lat).Attr("units", "degrees_north");
        b.Variable(LonName, NcType.Double, LonName).Values(Lon).Attr("units", "degrees_east");

        var dims = Order.Select(o => o switch { "t" => TimeName, "y" => LatName, "x" => LonName, _ => o }).ToArray();
        var lengths = Order.Select(o => o switch { "t" => Time.Length, "y" => Lat.Length, "x" => Lon.Length, _ => Level!.Value.Length }).ToArray();
        var total = lengths.Aggregate(1, (a, c) => a * c);
        var values = new double[total];
        var idx = new int[lengths.Length];
        for (var i = 0; i < total; i++)
        {
            var rem = i;
            for (var d = lengths.Length - 1; d >= 0; d--)
            {
                idx[d] = rem % lengths[d];
                rem /= lengths[d];
            }

            int Of(string role) => Array.IndexOf(Order, role) is var p and >= 0 ? idx[p] : 0;
            var z = Level is { } l && Array.IndexOf(Order, l.Name) is var zp and >= 0 ? idx[zp] : 0;
            values[i] = Value(Of("t"), z, Of("y"), Of("x"));
        }

        var v = b.Variable(Variable, Type, dims).Values(values);
        if (Units is not null) v.Attr("units", Units);
        DataAttributes?.Invoke(v);
        Extra?.Invoke(b);
        return b.WriteTo(path);
    }
}
