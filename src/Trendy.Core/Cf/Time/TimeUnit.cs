namespace Trendy.Core.Cf.Time;

/// <summary>The unit in front of "since" (or alone). Spelling synonyms are mapped once in <see cref="TimeUnitsParser"/>.</summary>
public enum TimeUnit
{
    Seconds,
    Minutes,
    Hours,
    Days,

    /// <summary>UDUNITS "common_year": a fixed 365 days, not a calendar year.</summary>
    CommonYears,

    /// <summary>Calendar months counted from the origin (not UDUNITS' 30.44-day month).</summary>
    Months,

    /// <summary>Calendar years counted from the origin (not UDUNITS' 365.24-day year).</summary>
    Years,
}
