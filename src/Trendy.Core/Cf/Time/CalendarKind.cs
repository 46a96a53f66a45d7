namespace Trendy.Core.Cf.Time;

/// <summary>
/// The CF calendars (CF 1.11 §4.4.1). Each calendar's rules live as data in <see cref="CalendarMath"/>;
/// synonyms ("gregorian", "365_day", ...) are mapped once in <see cref="CalendarNames"/>.
/// </summary>
public enum CalendarKind
{
    /// <summary>Mixed Julian/Gregorian: Julian up to 1582-10-04, Gregorian from 1582-10-15 (CF "standard", "gregorian").</summary>
    Standard,

    /// <summary>Gregorian rules extended to all years.</summary>
    ProlepticGregorian,

    /// <summary>Julian rules (leap year every 4 years) for all years.</summary>
    Julian,

    /// <summary>Every year 365 days (CF "noleap", "365_day").</summary>
    NoLeap,

    /// <summary>Every year 366 days (CF "all_leap", "366_day").</summary>
    AllLeap,

    /// <summary>Twelve 30-day months (CF "360_day").</summary>
    Day360,
}
