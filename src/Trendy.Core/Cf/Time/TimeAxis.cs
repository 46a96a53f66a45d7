using System.Globalization;

namespace Trendy.Core.Cf.Time;

/// <summary>
/// A decoded time axis ready for ILAMB (docs/contract.md §1.4): <see cref="Time"/> holds interval midpoints and
/// <see cref="Bounds"/> the contiguous interval edges, both in <see cref="OutputUnits"/> in <see cref="Calendar"/>.
/// Edges fall on the 1st of the month, 1 January or midnight and are whole day counts, so midpoints are exact.
/// </summary>
public sealed record TimeAxis(
    string Rule,
    TimeFrequency Frequency,
    CalendarKind Calendar,
    CalendarSource CalendarSource,
    StampPlacement Placement,
    IReadOnlyList<CfDate> Starts,
    IReadOnlyList<CfDate> Ends,
    IReadOnlyList<double> Time,
    IReadOnlyList<double> Bounds)
{
    /// <summary>The reference date of the output axis (ILAMB converts everything to days since 1850-01-01).</summary>
    public static readonly CfDate OutputOrigin = new(1850, 1, 1);

    /// <summary>The units attribute to write on the output time and time_bnds.</summary>
    public const string OutputUnits = "days since 1850-01-01 00:00:00";

    /// <summary>The CF calendar attribute to write.</summary>
    public string CalendarName => CalendarNames.ToCfName(Calendar);

    public int Count => Starts.Count;

    /// <summary>Start of the first interval.</summary>
    public CfDate First => Starts[0];

    /// <summary>Start of the last interval (its month or year names the file's end).</summary>
    public CfDate Last => Starts[^1];

    /// <summary>Period for output file names: "170001-202312" (monthly), "1700-2023" (annual), "17000101-20231231" (daily/other).</summary>
    public string PeriodStamp => Frequency switch
    {
        TimeFrequency.Monthly => $"{Ym(First)}-{Ym(Last)}",
        TimeFrequency.Annual => $"{Y(First)}-{Y(Last)}",
        _ => $"{Ymd(First)}-{Ymd(Last)}",
    };

    private static string Y(CfDate d) => CfDate.FormatYear(d.Year);

    private static string Ym(CfDate d) => Y(d) + d.Month.ToString("00", CultureInfo.InvariantCulture);

    private static string Ymd(CfDate d) => Ym(d) + d.Day.ToString("00", CultureInfo.InvariantCulture);
}
