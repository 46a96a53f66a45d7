namespace Trendy.Core.Cf.Time;

/// <summary>
/// Turns raw values into instants (seconds, see <see cref="CalendarMath"/>) for one parsed units form.
/// Fixed-length units are exact integer offsets from the origin. Calendar months and years use a
/// month-fraction scale: position p = (fraction of the origin's month/year already elapsed) + value;
/// the instant lies in month/year floor(p) after the origin's, at fraction p − floor(p) of that month's own
/// length. So "months since 1700-1-16" with values 0, 1, 2 or 0.5, 1.5, 2.5 each land in consecutive months
/// (CABLE-POP v13 writes such axes), and in 360_day this equals cftime's 30-day months exactly.
/// ISAM's "%Y.%f" / "%Y%m.%f" forms are the same scale with the fraction of the stated year or month.
/// </summary>
internal static class InstantDecoder
{
    // Beyond 2^52 seconds doubles stop being exact integers; no real axis comes near (±142 million years).
    private const double MaxAbsSeconds = 4.5e15;
    private const int MaxAbsYear = 1_000_000;

    /// <summary>Fills <paramref name="output"/>; returns the index of the first value that cannot be decoded, or −1.</summary>
    public static int Decode(TimeUnits units, CalendarKind calendar, IReadOnlyList<double> values, long[] output)
    {
        var origin = units.Origin ?? new CfDate(0, 1, 1);
        var fixedSeconds = units.FixedSeconds;
        var originSeconds = CalendarMath.ToSeconds(calendar, origin);
        var originMonth = (origin.Year * 12L) + origin.Month - 1;
        var monthFraction = Fraction(originSeconds, MonthStart(calendar, originMonth), MonthStart(calendar, originMonth + 1));
        var yearFraction = Fraction(originSeconds, MonthStart(calendar, origin.Year * 12L), MonthStart(calendar, (origin.Year + 1) * 12L));

        for (var i = 0; i < values.Count; i++)
        {
            var v = values[i];
            long? instant = units.Form switch
            {
                TimeUnitsForm.YearFraction or TimeUnitsForm.Bare => OnMonthScale(calendar, 0, 0, v, 12),
                TimeUnitsForm.YearMonthFraction => YearMonth(calendar, v),
                TimeUnitsForm.YearMonthDayFraction => YearMonthDay(calendar, v),
                _ when fixedSeconds is long unit => Fixed(originSeconds, v, unit),
                _ when units.Unit == TimeUnit.Months => OnMonthScale(calendar, originMonth, monthFraction, v, 1),
                _ => OnMonthScale(calendar, origin.Year * 12L, yearFraction, v, 12),
            };
            if (instant is not long s) return i;
            output[i] = s;
        }

        return -1;
    }

    private static long? Fixed(long originSeconds, double value, long unitSeconds)
    {
        var offset = value * unitSeconds;
        if (!double.IsFinite(offset) || Math.Abs(offset) > MaxAbsSeconds) return null;
        return originSeconds + (long)Math.Round(offset, MidpointRounding.AwayFromZero);
    }

    // position is in units of `monthsPerStep` months (1 for months, 12 for years) counted from the
    // start of month `baseMonth`; `baseFraction` is the part of the first step already elapsed at the origin.
    private static long? OnMonthScale(CalendarKind calendar, long baseMonth, double baseFraction, double value, int monthsPerStep)
    {
        var p = baseFraction + value;
        if (!double.IsFinite(p) || Math.Abs(p) * monthsPerStep > MaxAbsYear * 12.0) return null;
        var whole = Math.Floor(p);
        var fraction = p - whole;
        var first = baseMonth + ((long)whole * monthsPerStep);
        var start = MonthStart(calendar, first);
        var end = MonthStart(calendar, first + monthsPerStep);
        return start + (long)Math.Round(fraction * (end - start), MidpointRounding.AwayFromZero);
    }

    private static long? YearMonth(CalendarKind calendar, double value)
    {
        var whole = Math.Floor(value);
        if (!double.IsFinite(whole) || Math.Abs(whole) > MaxAbsYear * 100.0) return null;
        var ym = (long)whole;
        var month = (int)CalendarMath.FloorMod(ym, 100);
        if (month is < 1 or > 12) return null;
        var index = (CalendarMath.FloorDiv(ym, 100) * 12) + month - 1;
        return OnMonthScale(calendar, index, 0, value - whole, 1);
    }

    private static long? YearMonthDay(CalendarKind calendar, double value)
    {
        var whole = Math.Floor(value);
        if (!double.IsFinite(whole) || Math.Abs(whole) > MaxAbsYear * 10_000.0) return null;
        var ymd = (long)whole;
        var date = new CfDate((int)CalendarMath.FloorDiv(ymd, 10_000), (int)CalendarMath.FloorMod(ymd / 100, 100), (int)CalendarMath.FloorMod(ymd, 100));
        if (!CalendarMath.IsValid(calendar, date)) return null;
        var fraction = value - whole;
        return CalendarMath.ToSeconds(calendar, date) + (long)Math.Round(fraction * CalendarMath.SecondsPerDay, MidpointRounding.AwayFromZero);
    }

    internal static long MonthStart(CalendarKind calendar, long monthIndex) =>
        CalendarMath.ToDayNumber(calendar, checked((int)CalendarMath.FloorDiv(monthIndex, 12)), (int)CalendarMath.FloorMod(monthIndex, 12) + 1, 1)
        * CalendarMath.SecondsPerDay;

    private static double Fraction(long at, long start, long end) => (double)(at - start) / (end - start);
}
