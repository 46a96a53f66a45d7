using System.Globalization;
using System.Text.RegularExpressions;
using Trendy.Core.Cf.Time;

namespace Trendy.Core.Contract;

/// <summary>
/// The calendar year each output step starts in, from its lower time bound in the output's "days since YYYY-MM-DD"
/// units and calendar (docs/contract.md Part 3 item 4). Null when the units or calendar cannot be read.
/// </summary>
public static partial class StepYears
{
    public static int[]? From(string? units, string? calendar, IReadOnlyList<double> bounds) =>
        StartDates(units, calendar, bounds) is { } d ? [.. d.Dates.Select(x => x.Year)] : null;

    /// <summary>The date each step starts on, with the calendar, or null when the units or calendar cannot be read.</summary>
    public static (CalendarKind Calendar, CfDate[] Dates)? StartDates(string? units, string? calendar, IReadOnlyList<double> bounds)
    {
        if (units is null || !CalendarNames.TryParse(calendar, out var kind)) return null;
        var m = DaysSince().Match(units);
        if (!m.Success) return null;
        var origin = CalendarMath.ToDayNumber(kind, Int(m, 1), Int(m, 2), Int(m, 3));
        var dates = new CfDate[bounds.Count / 2];
        for (var i = 0; i < dates.Length; i++) dates[i] = CalendarMath.FromDayNumber(kind, origin + (long)Math.Floor(bounds[2 * i]));
        return (kind, dates);
    }

    /// <summary>Seconds in the calendar month or year a step starts in (what per-month/per-year totals are divided by, ValuePlan step 5).</summary>
    public static double IntervalSeconds(CalendarKind calendar, CfDate start, bool year) =>
        86_400.0 * (year ? CalendarMath.DaysInYear(calendar, start.Year) : CalendarMath.DaysInMonth(calendar, start.Year, start.Month));

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^days since (-?\d+)-(\d{1,2})-(\d{1,2})")]
    private static partial Regex DaysSince();
}
