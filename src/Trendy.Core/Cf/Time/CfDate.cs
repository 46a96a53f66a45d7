using System.Globalization;

namespace Trendy.Core.Cf.Time;

/// <summary>
/// A calendar date and time of day in whole seconds, without a calendar attached (the calendar is
/// always passed alongside, as in cftime). Years are astronomical: 0 is 1 BC and negatives are allowed,
/// because TRENDY files use origins such as "years since AD 0-Jan-1st" (VISIT-UT, v14) and
/// "years since 0000-01-01" (docs/quirks.md §5).
/// </summary>
public readonly record struct CfDate(int Year, int Month, int Day, int Hour = 0, int Minute = 0, int Second = 0)
{
    /// <summary>Seconds since midnight.</summary>
    public int SecondOfDay => (Hour * 3600) + (Minute * 60) + Second;

    /// <summary>True at 00:00:00 on the first of a month.</summary>
    public bool IsMonthStart => Day == 1 && SecondOfDay == 0;

    /// <summary>ISO-like text, e.g. "1700-01-16 12:00:00"; the year has at least four digits.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{FormatYear(Year)}-{Month:00}-{Day:00} {Hour:00}:{Minute:00}:{Second:00}");

    /// <summary>Date only, e.g. "1700-01-16".</summary>
    public string ToDateString() =>
        string.Create(CultureInfo.InvariantCulture, $"{FormatYear(Year)}-{Month:00}-{Day:00}");

    internal static string FormatYear(int year) =>
        year < 0
            ? "-" + (-(long)year).ToString("0000", CultureInfo.InvariantCulture)
            : year.ToString("0000", CultureInfo.InvariantCulture);
}
