namespace Trendy.Core.Cf.Time;

/// <summary>
/// Guesses the calendar of a "&lt;fixed unit&gt; since" axis whose calendar attribute is missing, from the spacing
/// of the values alone. It decides only when unambiguous: a monthly series whose every 12-step difference is
/// exactly 365 days over at least 9 years never had a 29 February (any 8 consecutive Gregorian or Julian
/// years hold a leap year, e.g. 1897-1904), so it is noleap; 366 days every year is all_leap; 30 days between
/// every pair of consecutive months is 360_day (a real calendar never has three 30-day months in a row).
/// Annual series: every step exactly 365, 366 or 360 days over at least 9 steps. Otherwise null.
/// </summary>
internal static class CalendarInference
{
    private const int MinYears = 9;
    private const long Day = CalendarMath.SecondsPerDay;

    // float32 values far from the origin lose sub-minute precision; a leap day is 86,400 s, far above this.
    private const long ToleranceSeconds = 60;

    public static CalendarKind? Infer(IReadOnlyList<double> values, long unitSeconds)
    {
        var n = values.Count;
        if (n < 2) return null;
        var step = Seconds(values, 1, 0, unitSeconds);
        if (step >= 27 * Day && step <= 32 * Day)
        {
            if (n >= 13 && AllLagsEqual(values, 1, 30 * Day, unitSeconds)) return CalendarKind.Day360;
            if (n < (MinYears * 12) + 1) return null;
            return ByYearLength(values, 12, unitSeconds);
        }

        if (step >= 359 * Day && step <= 367 * Day && n >= MinYears + 1) return ByYearLength(values, 1, unitSeconds);
        return null;
    }

    private static CalendarKind? ByYearLength(IReadOnlyList<double> values, int lag, long unitSeconds)
    {
        if (AllLagsEqual(values, lag, 365 * Day, unitSeconds)) return CalendarKind.NoLeap;
        if (AllLagsEqual(values, lag, 366 * Day, unitSeconds)) return CalendarKind.AllLeap;
        if (AllLagsEqual(values, lag, 360 * Day, unitSeconds)) return CalendarKind.Day360;
        return null;
    }

    private static bool AllLagsEqual(IReadOnlyList<double> values, int lag, long expected, long unitSeconds)
    {
        for (var i = lag; i < values.Count; i++)
        {
            if (Math.Abs(Seconds(values, i, i - lag, unitSeconds) - expected) > ToleranceSeconds) return false;
        }

        return true;
    }

    private static long Seconds(IReadOnlyList<double> values, int later, int earlier, long unitSeconds) =>
        (long)Math.Round((values[later] - values[earlier]) * unitSeconds, MidpointRounding.AwayFromZero);
}
