namespace Trendy.Core.Cf.Time;

/// <summary>
/// Decodes single values, e.g. the first and last time step at planning time (docs/architecture.md: decode them
/// eagerly so a bad file fails before streaming). Same arithmetic as <see cref="TimeAxisDecoder"/>.
/// </summary>
public static class TimeValueDecoder
{
    /// <summary>
    /// The instant a value denotes, or false when the units carry no date (none/bare) or the value maps
    /// outside the calendar (e.g. "%Y%m.%f" with month 13, or an origin in the 1582 gap of the standard calendar).
    /// </summary>
    public static bool TryDecode(TimeUnits units, CalendarKind calendar, double value, out CfDate date)
    {
        ArgumentNullException.ThrowIfNull(units);
        date = default;
        if (units.Form is TimeUnitsForm.None || (units.Form == TimeUnitsForm.Bare && units.Unit != TimeUnit.Years)) return false;
        if (units.Origin is { } origin && !CalendarMath.IsValid(calendar, origin)) return false;
        var seconds = new long[1];
        if (InstantDecoder.Decode(units, calendar, [value], seconds) >= 0) return false;
        date = CalendarMath.FromSeconds(calendar, seconds[0]);
        return true;
    }
}
