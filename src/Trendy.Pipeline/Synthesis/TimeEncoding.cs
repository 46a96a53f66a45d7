using System.Globalization;
using Trendy.Core.Cf.Time;

namespace Trendy.Pipeline.Synthesis;

/// <summary>
/// A time axis as one model writes it: the exact units string, the calendar used to compute the values,
/// the calendar attribute written (null: none, as some uploads have), and the dimension/variable name.
/// Values are computed with <see cref="CalendarMath"/>, so they decode exactly in the stated calendar.
/// </summary>
public sealed record TimeEncoding(TimeStyle Style, string Units, CfDate Origin, CalendarKind Calendar, string? CalendarName, string Dimension = "time")
{
    /// <summary>The quirk family, e.g. <c>time:days since 1700-01-01|noleap</c>.</summary>
    public string Tag => SynthQuirk.TimePrefix + Units + "|" + (CalendarName ?? "no-calendar");

    public double Value(SynthStep step) => Style switch
    {
        TimeStyle.DaysSince => MidpointDays(step),
        TimeStyle.HoursSince => MidpointDays(step) * 24,
        TimeStyle.MonthsSince => MonthsFromOrigin(step),
        TimeStyle.YearsSince => step.Year - Origin.Year + (step.IsAnnual ? 0 : (step.Month - 1) / 12.0),
        TimeStyle.DecimalYear => step.Year + (step.IsAnnual ? 0.5 : (step.Month - 0.5) / 12.0),
        TimeStyle.MonthIndex => MonthsFromOrigin(step) + 1,
        _ => throw new ArgumentOutOfRangeException(nameof(step), Style, "unknown time style"),
    };

    /// <summary>Seconds in the step in this encoding's calendar (for per-month units such as gC m-2 month-1).</summary>
    public double SecondsIn(SynthStep step) =>
        (step.IsAnnual ? CalendarMath.DaysInYear(Calendar, step.Year) : CalendarMath.DaysInMonth(Calendar, step.Year, step.Month))
        * (double)CalendarMath.SecondsPerDay;

    // Stamps at the middle of the interval, as most TRENDY day-based axes do (e.g. 1700-01-16).
    private double MidpointDays(SynthStep step)
    {
        var start = new CfDate(step.Year, step.IsAnnual ? 1 : step.Month, 1);
        var days = CalendarMath.DaysBetween(Calendar, Origin, start) - (Origin.SecondOfDay / (double)CalendarMath.SecondsPerDay);
        return days + (SecondsIn(step) / CalendarMath.SecondsPerDay / 2.0);
    }

    private long MonthsFromOrigin(SynthStep step) =>
        ((step.Year - Origin.Year) * 12L) + ((step.IsAnnual ? 7 : step.Month) - Origin.Month);

    public static TimeEncoding Days(string origin, CalendarKind calendar, string? calendarName, string dimension = "time") =>
        new(TimeStyle.DaysSince, "days since " + origin, ParseDate(origin), calendar, calendarName, dimension);

    public static TimeEncoding Hours(string origin, CalendarKind calendar, string? calendarName) =>
        new(TimeStyle.HoursSince, "hours since " + origin, ParseDate(origin), calendar, calendarName);

    private static CfDate ParseDate(string text)
    {
        var parts = text.Split('-', ' ', ':');
        int At(int i) => i < parts.Length ? int.Parse(parts[i], CultureInfo.InvariantCulture) : 0;
        return new CfDate(At(0), At(1), At(2), At(3), At(4), At(5));
    }
}
