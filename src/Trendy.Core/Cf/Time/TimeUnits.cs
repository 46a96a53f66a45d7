namespace Trendy.Core.Cf.Time;

/// <summary>
/// A parsed time-units attribute. <see cref="Origin"/> is set for <see cref="TimeUnitsForm.Since"/> and
/// <see cref="TimeUnitsForm.SinceAd"/>; <see cref="Unit"/> is meaningful for those and for <see cref="TimeUnitsForm.Bare"/>.
/// <see cref="IgnoredSuffix"/> keeps trailing text that was skipped (e.g. "(double)").
/// </summary>
public sealed record TimeUnits(TimeUnitsForm Form, TimeUnit Unit, CfDate? Origin, string Text, string? IgnoredSuffix = null)
{
    /// <summary>Length of one unit in seconds for the fixed-length units; null for calendar months and years.</summary>
    public long? FixedSeconds => Unit switch
    {
        TimeUnit.Seconds => 1,
        TimeUnit.Minutes => 60,
        TimeUnit.Hours => 3600,
        TimeUnit.Days => CalendarMath.SecondsPerDay,
        TimeUnit.CommonYears => 365L * CalendarMath.SecondsPerDay,
        _ => null,
    };

    /// <summary>A short rule name for reports, e.g. "units:days-since", "format:%Y.%f".</summary>
    public string RuleName => Form switch
    {
        TimeUnitsForm.Since => "units:" + UnitWord + "-since",
        TimeUnitsForm.SinceAd => "units:" + UnitWord + "-since-AD",
        TimeUnitsForm.YearFraction => "format:%Y.%f",
        TimeUnitsForm.YearMonthFraction => "format:%Y%m.%f",
        TimeUnitsForm.YearMonthDayFraction => "format:%Y%m%d.%f",
        TimeUnitsForm.Bare => "units:bare-" + UnitWord,
        _ => "units:none",
    };

    private string UnitWord => Unit switch
    {
        TimeUnit.CommonYears => "common-years",
        _ => Unit.ToString().ToLowerInvariant(),
    };
}
