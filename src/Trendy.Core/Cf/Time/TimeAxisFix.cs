namespace Trendy.Core.Cf.Time;

/// <summary>
/// Time hints from a per-model fix. Each is applied only when set; the rule name of the result says which fired.
/// </summary>
/// <param name="Calendar">Calendar to use whatever the attribute says.</param>
/// <param name="Units">Units string replacing the attribute (e.g. a wrong origin).</param>
/// <param name="MonthIndexOrigin">
/// The values are month indices: index <paramref name="MonthIndexFirst"/> is this month (CARDAMOM v14:
/// 1…252 from 2003-01 in variable "Time" with units "d").
/// </param>
/// <param name="MonthIndexFirst">The index value of <paramref name="MonthIndexOrigin"/> (usually 1 or 0).</param>
/// <param name="Grid">Ignore the values and lay out this grid.</param>
public sealed record TimeAxisFix(
    CalendarKind? Calendar = null,
    string? Units = null,
    CfDate? MonthIndexOrigin = null,
    int MonthIndexFirst = 1,
    TimeGrid? Grid = null);
