namespace Trendy.Core.Fixes;

/// <summary>The data-only time quirks the fixes table can describe (docs/quirks.md §5).</summary>
public enum TimeFixKind
{
    /// <summary>Time values are month indices 1…N counted from <see cref="TimeFix.Origin"/> (CARDAMOM v14: from 2003-01, units "d").</summary>
    MonthIndex,

    /// <summary>Time values are decimal years such as 1700.0417 (ELM-FATES v14, no units attribute).</summary>
    DecimalYear,

    /// <summary>A non-CF units string is replaced by <see cref="TimeFix.Replacement"/> (VISIT "years since AD 1700-Jan-1st").</summary>
    RewriteUnits,

    /// <summary>Calendar to assume when the time variable carries none.</summary>
    DefaultCalendar,
}
