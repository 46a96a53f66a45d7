namespace Trendy.Core.Cf.Units;

/// <summary>
/// A TRENDY units string rewritten so UDUNITS-2 can parse it, plus the facts the planner needs.
/// </summary>
/// <param name="Original">The string as found in the file.</param>
/// <param name="Udunits">The UDUNITS-2 string, without any calendar-interval denominator (e.g. <c>g m-2</c>).</param>
/// <param name="PerInterval">A per-month or per-year denominator removed from <paramref name="Udunits"/>.</param>
/// <param name="ElementTag"><c>C</c> or <c>N</c> when a carbon/nitrogen tag was stripped (<c>gC</c>, <c>kg N</c>).</param>
/// <param name="RulesApplied">Names of the rewrites used, in order, for plans and reports (see <see cref="UnitRules"/>).</param>
public sealed record NormalisedUnit(
    string Original,
    string Udunits,
    CalendarInterval PerInterval,
    string? ElementTag,
    IReadOnlyList<string> RulesApplied);
