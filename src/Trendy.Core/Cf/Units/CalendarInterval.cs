namespace Trendy.Core.Cf.Units;

/// <summary>
/// A "per calendar interval" denominator that UDUNITS cannot express exactly. UDUNITS' <c>month</c> is
/// 1/12 of a mean tropical year (30.44 d) and its <c>year</c> is 365.24 d (udunits2-common.xml), so a monthly
/// or yearly total must be divided by the real interval length in the file's calendar by the executor.
/// </summary>
public enum CalendarInterval
{
    /// <summary>No calendar denominator: the UDUNITS string is exact.</summary>
    None,

    /// <summary>Per calendar month (<c>month-1</c>, <c>mon-1</c>, <c>/month</c>).</summary>
    Month,

    /// <summary>Per calendar year (<c>yr-1</c>, <c>year-1</c>, <c>a-1</c>, <c>/yr</c>).</summary>
    Year,
}
