namespace Trendy.Core.Cf.Time;

/// <summary>Which encoding a time-units string uses (docs/quirks.md §5).</summary>
public enum TimeUnitsForm
{
    /// <summary>Empty, missing or "none".</summary>
    None,

    /// <summary>CF "&lt;unit&gt; since &lt;date&gt;".</summary>
    Since,

    /// <summary>"years since AD 1700-Jan-1st" (VISIT; VISIT-UT v14 uses AD 0).</summary>
    SinceAd,

    /// <summary>"year as %Y.%f": decimal year (ISAM).</summary>
    YearFraction,

    /// <summary>"month as %Y%m.%f": yyyymm plus fraction of the month (ISAM).</summary>
    YearMonthFraction,

    /// <summary>"day as %Y%m%d.%f": yyyymmdd plus fraction of the day (ISAM).</summary>
    YearMonthDayFraction,

    /// <summary>A unit without origin, e.g. "yr" (CLM example) or "years".</summary>
    Bare,
}
