namespace Trendy.Core.Cf.Time;

/// <summary>
/// Exact calendar arithmetic in integers (docs/architecture.md: one base unit, no double days, no 30.4-day months).
/// Day numbers are only comparable within one calendar: the real-world calendars (standard, julian,
/// proleptic_gregorian) count Julian Day Numbers, the idealised ones count <c>year * yearLength + dayOfYear</c>.
/// Instants are day numbers times 86,400 plus the second of the day.
/// </summary>
public static class CalendarMath
{
    public const int SecondsPerDay = 86_400;

    // Cumulative days before each month in a 365-day year; a leap day is added after February.
    private static readonly int[] DaysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    private static readonly int[] MonthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    // CF 1.11 §4.4.1 (and cftime): the mixed calendar jumps from Julian 1582-10-04 to Gregorian 1582-10-15.
    private const int GapYear = 1582;
    private const int GapMonth = 10;
    private const int LastJulianDay = 4;
    private const int FirstGregorianDay = 15;

    /// <summary>True when <paramref name="year"/> has a 29 February (or, for all_leap, always).</summary>
    public static bool IsLeapYear(CalendarKind calendar, int year) => calendar switch
    {
        CalendarKind.NoLeap or CalendarKind.Day360 => false,
        CalendarKind.AllLeap => true,
        CalendarKind.Julian => FloorMod(year, 4) == 0,
        CalendarKind.ProlepticGregorian => IsGregorianLeap(year),
        CalendarKind.Standard => year < GapYear ? FloorMod(year, 4) == 0 : IsGregorianLeap(year),
        _ => throw new ArgumentOutOfRangeException(nameof(calendar), calendar, "unknown calendar"),
    };

    /// <summary>Days in a month; October 1582 has 21 days in the standard calendar.</summary>
    public static int DaysInMonth(CalendarKind calendar, int year, int month)
    {
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "month must be 1-12");
        if (calendar == CalendarKind.Day360) return 30;
        if (calendar == CalendarKind.Standard && year == GapYear && month == GapMonth) return 21;
        if (month == 2 && IsLeapYear(calendar, year)) return 29;
        return MonthLengths[month - 1];
    }

    /// <summary>Days in a year; 1582 has 355 days in the standard calendar.</summary>
    public static int DaysInYear(CalendarKind calendar, int year) => calendar switch
    {
        CalendarKind.Day360 => 360,
        CalendarKind.Standard when year == GapYear => 355,
        _ => IsLeapYear(calendar, year) ? 366 : 365,
    };

    /// <summary>True when the date exists in the calendar (month 1-12, day within the month, not in the 1582 gap).</summary>
    public static bool IsValid(CalendarKind calendar, CfDate date)
    {
        if (date.Month is < 1 or > 12 || date.Day < 1) return false;
        if (date.Hour is < 0 or > 23 || date.Minute is < 0 or > 59 || date.Second is < 0 or > 59) return false;
        if (calendar == CalendarKind.Standard && IsInGap(date.Year, date.Month, date.Day)) return false;
        var maxDay = calendar == CalendarKind.Standard && date.Year == GapYear && date.Month == GapMonth
            ? 31
            : DaysInMonth(calendar, date.Year, date.Month);
        return date.Day <= maxDay;
    }

    /// <summary>Integer day number of a date (see class remarks for the epoch).</summary>
    public static long ToDayNumber(CalendarKind calendar, int year, int month, int day)
    {
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "month must be 1-12");
        switch (calendar)
        {
            case CalendarKind.Day360:
                return (360L * year) + (30 * (month - 1)) + (day - 1);
            case CalendarKind.NoLeap:
            case CalendarKind.AllLeap:
                var leapShift = calendar == CalendarKind.AllLeap && month > 2 ? 1 : 0;
                return ((long)DaysInYear(calendar, year) * year) + DaysBeforeMonth[month - 1] + leapShift + (day - 1);
            case CalendarKind.Julian:
                return JulianDayNumber(year, month, day, gregorian: false);
            case CalendarKind.ProlepticGregorian:
                return JulianDayNumber(year, month, day, gregorian: true);
            case CalendarKind.Standard:
                if (IsInGap(year, month, day))
                    throw new ArgumentOutOfRangeException(nameof(day), day, "1582-10-05..14 do not exist in the standard calendar");
                return JulianDayNumber(year, month, day, gregorian: IsOnOrAfterGap(year, month, day));
            default:
                throw new ArgumentOutOfRangeException(nameof(calendar), calendar, "unknown calendar");
        }
    }

    /// <summary>Day number of a date (time of day ignored).</summary>
    public static long ToDayNumber(CalendarKind calendar, CfDate date) => ToDayNumber(calendar, date.Year, date.Month, date.Day);

    /// <summary>The date of a day number (at midnight).</summary>
    public static CfDate FromDayNumber(CalendarKind calendar, long dayNumber)
    {
        var year = EstimateYear(calendar, dayNumber);
        while (ToDayNumber(calendar, year + 1, 1, 1) <= dayNumber) year++;
        while (ToDayNumber(calendar, year, 1, 1) > dayNumber) year--;
        var month = 12;
        while (month > 1 && ToDayNumber(calendar, year, month, 1) > dayNumber) month--;
        var day = (int)(dayNumber - ToDayNumber(calendar, year, month, 1)) + 1;
        // October 1582 in the standard calendar runs 1, 2, 3, 4, 15, 16, ... (CF 1.11 §4.4.1).
        if (calendar == CalendarKind.Standard && year == GapYear && month == GapMonth && day > LastJulianDay)
            day += FirstGregorianDay - LastJulianDay - 1;
        return new CfDate(year, month, day);
    }

    /// <summary>Instant of a date in seconds (day number × 86,400 + second of day).</summary>
    public static long ToSeconds(CalendarKind calendar, CfDate date) =>
        (ToDayNumber(calendar, date) * SecondsPerDay) + date.SecondOfDay;

    /// <summary>The date and time of an instant in seconds.</summary>
    public static CfDate FromSeconds(CalendarKind calendar, long seconds)
    {
        var day = FloorDiv(seconds, SecondsPerDay);
        var sod = (int)(seconds - (day * SecondsPerDay));
        var date = FromDayNumber(calendar, day);
        return date with { Hour = sod / 3600, Minute = sod / 60 % 60, Second = sod % 60 };
    }

    /// <summary>
    /// Adds calendar months, keeping the time of day and clamping the day to the target month's length
    /// (Jan 31 + 1 month = Feb 28/29). In the standard calendar a day falling in the 1582 gap moves to 10-15.
    /// </summary>
    public static CfDate AddMonths(CalendarKind calendar, CfDate date, long months)
    {
        var index = (date.Year * 12L) + (date.Month - 1) + months;
        var year = checked((int)FloorDiv(index, 12));
        var month = (int)FloorMod(index, 12) + 1;
        var day = date.Day;
        if (calendar == CalendarKind.Standard && IsInGap(year, month, day)) day = FirstGregorianDay;
        var max = calendar == CalendarKind.Standard && year == GapYear && month == GapMonth ? 31 : DaysInMonth(calendar, year, month);
        return date with { Year = year, Month = month, Day = Math.Min(day, max) };
    }

    /// <summary>Adds calendar years (29 February clamps to 28 February in a common year).</summary>
    public static CfDate AddYears(CalendarKind calendar, CfDate date, long years) => AddMonths(calendar, date, years * 12);

    /// <summary>Whole days from <paramref name="from"/> to <paramref name="to"/> (times of day ignored).</summary>
    public static long DaysBetween(CalendarKind calendar, CfDate from, CfDate to) =>
        ToDayNumber(calendar, to) - ToDayNumber(calendar, from);

    /// <summary>Seconds from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static long SecondsBetween(CalendarKind calendar, CfDate from, CfDate to) =>
        ToSeconds(calendar, to) - ToSeconds(calendar, from);

    internal static long FloorDiv(long a, long b) => (a / b) - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);

    internal static long FloorMod(long a, long b) => a - (FloorDiv(a, b) * b);

    private static bool IsGregorianLeap(int year) =>
        FloorMod(year, 4) == 0 && (FloorMod(year, 100) != 0 || FloorMod(year, 400) == 0);

    private static bool IsInGap(int year, int month, int day) =>
        year == GapYear && month == GapMonth && day > LastJulianDay && day < FirstGregorianDay;

    private static bool IsOnOrAfterGap(int year, int month, int day) =>
        year > GapYear || (year == GapYear && (month > GapMonth || (month == GapMonth && day >= FirstGregorianDay)));

    // Julian Day Number with a March-based year so the leap day falls at the end (Richards,
    // "Mapping Time", and the Explanatory Supplement to the Astronomical Almanac); floor division
    // keeps it valid for years before -4800.
    private static long JulianDayNumber(int year, int month, int day, bool gregorian)
    {
        var a = (14 - month) / 12;
        var y = year + 4800L - a;
        var m = month + (12 * a) - 3;
        var days = day + (((153 * m) + 2) / 5) + (365 * y) + FloorDiv(y, 4);
        return gregorian ? days - FloorDiv(y, 100) + FloorDiv(y, 400) - 32045 : days - 32083;
    }

    private static int EstimateYear(CalendarKind calendar, long dayNumber)
    {
        var sinceYearZero = dayNumber - ToDayNumber(calendar, 0, 1, 1);
        // Mean year lengths as exact ratios: 146,097 days per 400 Gregorian years, 1,461 per 4 Julian years.
        var estimate = calendar switch
        {
            CalendarKind.Day360 => FloorDiv(sinceYearZero, 360),
            CalendarKind.NoLeap => FloorDiv(sinceYearZero, 365),
            CalendarKind.AllLeap => FloorDiv(sinceYearZero, 366),
            CalendarKind.Julian => FloorDiv(sinceYearZero * 4, 1461),
            _ => FloorDiv(sinceYearZero * 400, 146_097),
        };
        return checked((int)estimate);
    }
}
