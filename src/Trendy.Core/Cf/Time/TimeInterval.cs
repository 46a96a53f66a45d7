namespace Trendy.Core.Cf.Time;

/// <summary>
/// Integer interval indices per frequency: months as year × 12 + month − 1, years as the year, days as the
/// calendar's day number. Consecutive intervals differ by exactly 1, which makes contiguity a subtraction.
/// </summary>
internal static class TimeInterval
{
    public static long IndexOf(TimeFrequency frequency, CalendarKind calendar, CfDate date) => frequency switch
    {
        TimeFrequency.Monthly => (date.Year * 12L) + date.Month - 1,
        TimeFrequency.Annual => date.Year,
        _ => CalendarMath.ToDayNumber(calendar, date),
    };

    public static long IndexOf(TimeGrid grid, CalendarKind calendar) =>
        IndexOf(grid.Frequency, calendar, new CfDate(grid.StartYear, grid.StartMonth, grid.StartDay));

    public static CfDate StartOf(TimeFrequency frequency, CalendarKind calendar, long index) => frequency switch
    {
        TimeFrequency.Monthly => new CfDate((int)CalendarMath.FloorDiv(index, 12), (int)CalendarMath.FloorMod(index, 12) + 1, 1),
        TimeFrequency.Annual => new CfDate((int)index, 1, 1),
        _ => CalendarMath.FromDayNumber(calendar, index),
    };

    /// <summary>True when the date is exactly where an interval starts (1st of the month, 1 January, midnight).</summary>
    public static bool IsBoundary(TimeFrequency frequency, CfDate date) => frequency switch
    {
        TimeFrequency.Monthly => date.IsMonthStart,
        TimeFrequency.Annual => date.IsMonthStart && date.Month == 1,
        _ => date.SecondOfDay == 0,
    };

    /// <summary>Frequency from the median spacing of instants (seconds); robust to one odd step.</summary>
    public static TimeFrequency Detect(long[] instants, out long medianSeconds)
    {
        medianSeconds = 0;
        if (instants.Length < 2) return TimeFrequency.Other;
        var diffs = new long[instants.Length - 1];
        for (var i = 1; i < instants.Length; i++) diffs[i - 1] = instants[i] - instants[i - 1];
        Array.Sort(diffs);
        medianSeconds = diffs[diffs.Length / 2];
        const long day = CalendarMath.SecondsPerDay;
        // Month lengths are 28-31 days (30 in 360_day); mid-month spacing stays within them.
        if (medianSeconds >= 27 * day && medianSeconds <= 32 * day) return TimeFrequency.Monthly;
        if (medianSeconds >= 359 * day && medianSeconds <= 367 * day) return TimeFrequency.Annual;
        if (medianSeconds >= day / 2 && medianSeconds <= day * 3 / 2) return TimeFrequency.Daily;
        return TimeFrequency.Other;
    }
}
