namespace Trendy.Pipeline.Synthesis;

/// <summary>How a synthetic file encodes its time values (docs/quirks.md §5).</summary>
public enum TimeStyle
{
    DaysSince,
    HoursSince,

    /// <summary>Whole months since the origin (calendar-month arithmetic; CABLE-POP, LPX).</summary>
    MonthsSince,

    /// <summary>Whole years since the origin (CABLE-POP annual, VISIT "years since AD …").</summary>
    YearsSince,

    /// <summary>ISAM "year as %Y.%f": the value is the decimal year itself.</summary>
    DecimalYear,

    /// <summary>CARDAMOM v14: month index 1…N counted from the origin month, units "d".</summary>
    MonthIndex,
}
