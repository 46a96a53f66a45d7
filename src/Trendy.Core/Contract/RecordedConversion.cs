using System.Globalization;
using Trendy.Core.Cf.Units;
using Trendy.Core.Planning;

namespace Trendy.Core.Contract;

/// <summary>
/// The numeric conversion of one output, recorded at write time in the global attribute <see cref="AttributeName"/> so
/// that <c>verify --source</c> can recompute every value from the source on its own: the source variable and the role
/// of each of its dimensions (T time, Y lat, X lon, L level, 1 squeezed), packing, fill values and valid range, unit
/// factor and offset, per-month/per-year division, latitude/longitude flips and the longitude roll, and what happens to
/// a level axis (docs/architecture.md "Execute" gives the order of the steps).
/// </summary>
public sealed record RecordedConversion(
    string SourceVariable,
    string Dimensions,
    double ScaleFactor,
    double AddOffset,
    IReadOnlyList<double> FillValues,
    double? ValidMin,
    double? ValidMax,
    double UnitFactor,
    double UnitOffset,
    CalendarInterval PerInterval,
    bool FlipLat,
    bool FlipLon,
    int LonShift,
    string Level)
{
    public const string AttributeName = "trendy2ilamb_conversion";

    /// <summary>True when each output value is the source value times one constant (no offset, no calendar division, no level sum), so global totals scale with it.</summary>
    public bool IsPureRescale => AddOffset == 0 && UnitOffset == 0 && PerInterval == CalendarInterval.None && Level != "sum";

    public static RecordedConversion From(ConversionPlan plan) => new(
        plan.SourceVariable,
        string.Concat(plan.SourceAxes.OrderBy(a => a.Position).Select(a => a.Role switch
        {
            AxisRole.Time => 'T',
            AxisRole.Latitude => 'Y',
            AxisRole.Longitude => 'X',
            AxisRole.Squeezed => '1',
            _ => 'L',
        })),
        plan.Values.ScaleFactor, plan.Values.AddOffset, plan.Values.FillValues, plan.Values.ValidMin, plan.Values.ValidMax,
        plan.Values.UnitFactor, plan.Values.UnitOffset, plan.Values.PerInterval,
        plan.Grid.FlipLat, plan.Grid.FlipLon, plan.Grid.LonShift,
        plan.Level is null ? "none" : plan.Level.Reduce ? "sum" : "keep");

    /// <summary>"key=value; …" with numbers in round-trip form.</summary>
    public string Format() => string.Join("; ",
        $"source_variable={SourceVariable}", $"dims={Dimensions}", $"scale_factor={R(ScaleFactor)}", $"add_offset={R(AddOffset)}",
        $"fill_values={string.Join(' ', FillValues.Select(R))}", $"valid_min={(ValidMin is { } a ? R(a) : "")}", $"valid_max={(ValidMax is { } b ? R(b) : "")}",
        $"unit_factor={R(UnitFactor)}", $"unit_offset={R(UnitOffset)}", $"per_interval={PerInterval.ToString().ToLowerInvariant()}",
        $"flip_lat={FlipLat.ToString().ToLowerInvariant()}", $"flip_lon={FlipLon.ToString().ToLowerInvariant()}", $"lon_shift={LonShift.ToString(CultureInfo.InvariantCulture)}", $"level={Level}");

    /// <summary>The recorded conversion, or null when <paramref name="text"/> is absent or not in the form <see cref="Format"/> writes.</summary>
    public static RecordedConversion? Parse(string? text)
    {
        if (text is null) return null;
        var kv = text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        try
        {
            return new RecordedConversion(kv["source_variable"], kv["dims"], D(kv["scale_factor"]), D(kv["add_offset"]),
                [.. kv["fill_values"].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(D)],
                kv["valid_min"].Length == 0 ? null : D(kv["valid_min"]), kv["valid_max"].Length == 0 ? null : D(kv["valid_max"]),
                D(kv["unit_factor"]), D(kv["unit_offset"]), Enum.Parse<CalendarInterval>(kv["per_interval"], ignoreCase: true),
                bool.Parse(kv["flip_lat"]), bool.Parse(kv["flip_lon"]), int.Parse(kv["lon_shift"], CultureInfo.InvariantCulture), kv["level"]);
        }
        catch (Exception e) when (e is KeyNotFoundException or FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// The output value of one stored source value (steps 1–5 of ValuePlan), or null when the source cell is masked.
    /// <paramref name="intervalSeconds"/> is the length of the step's calendar month or year when <see cref="PerInterval"/> asks for it.
    /// </summary>
    public double? Apply(double stored, double intervalSeconds)
    {
        if (double.IsNaN(stored) || FillValues.Any(f => f == stored || (double.IsNaN(f) && double.IsNaN(stored)))) return null;
        if ((ValidMin is { } min && stored < min) || (ValidMax is { } max && stored > max)) return null;
        var x = (stored * ScaleFactor) + AddOffset;
        if (!double.IsFinite(x) || x == ValuePlan.ProtocolMissing || Math.Abs(x) >= ValuePlan.SentinelMagnitude) return null;
        x = (x * UnitFactor) + UnitOffset;
        return PerInterval == CalendarInterval.None ? x : x / intervalSeconds;
    }

    private static string R(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
