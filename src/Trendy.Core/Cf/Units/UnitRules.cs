namespace Trendy.Core.Cf.Units;

/// <summary>Stable names of the rewrites <see cref="UnitNormaliser"/> applies, as listed in <see cref="NormalisedUnit.RulesApplied"/>.</summary>
public static class UnitRules
{
    public const string LatexStripped = "latex-stripped";
    public const string Dimensionless = "dimensionless-synonym";
    public const string Percent = "percent-synonym";
    public const string ElementTag = "element-tag-stripped";
    public const string TimeSymbol = "time-symbol";
    public const string Celsius = "celsius-synonym";
    public const string Kelvin = "kelvin-synonym";
    public const string Combined = "factors-combined";
    public const string WaterDepth = "mm-water-as-kg-m-2";
    public const string PerMonth = "per-calendar-month";
    public const string PerYear = "per-calendar-year";
}
