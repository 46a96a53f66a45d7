using Trendy.Core.Diagnostics;

namespace Trendy.Core.Cf.Units;

/// <summary>
/// Plans the units step for one variable: normalise the source string, then ask the converter for the
/// factor and offset to the canonical target. Never passes values through silently: either a step
/// (possibly the identity) or an error diagnostic.
/// </summary>
public sealed class UnitPlanner(IUnitConverter converter)
{
    private const string Remedy = "check the variable's units attribute, or add a units fix for this model";

    /// <param name="sourceUnits">The variable's units attribute; null or blank when absent.</param>
    /// <param name="targetUnits">Canonical units from variables.csv (kg m-2 s-1, kg m-2, 1, %, K, W m-2, m, ...).</param>
    /// <param name="where">Where the units attribute sits, for diagnostics.</param>
    public UnitPlanResult Plan(string? sourceUnits, string targetUnits, Where where)
    {
        ArgumentNullException.ThrowIfNull(targetUnits);
        if (!UnitNormaliser.TryNormalise(targetUnits, Where.Nowhere, out var target, out _) || target.PerInterval != CalendarInterval.None)
        {
            return Fail(Diagnostic.Error(
                UnitDiagnosticCodes.BadTarget, where, "a canonical target units string", $"'{targetUnits}'", "fix the variable table"));
        }

        if (string.IsNullOrWhiteSpace(sourceUnits)) return PlanMissing(target, where);
        if (!UnitNormaliser.TryNormalise(sourceUnits, where, out var source, out var unreadable)) return Fail(unreadable);

        var (step, error) = TryStep(sourceUnits, source, target);
        if (step is null && source.RulesApplied.Contains(UnitRules.WaterDepth)
            && UnitNormaliser.TryNormalise(sourceUnits, where, out var asLength, out _, millimetresOfWater: false))
        {
            // The target is a length (e.g. snow depth in m), so "mm" was a length after all.
            step = TryStep(sourceUnits, asLength, target).Step;
        }

        return step is not null
            ? new UnitPlanResult(step, [])
            : Fail(Diagnostic.Error(UnitDiagnosticCodes.NotConvertible, where, $"units convertible to '{targetUnits}'",
                $"'{sourceUnits}' ({error})", Remedy));
    }

    // ILAMB reads a missing units attribute as "1" (docs/contract.md §1.8); we only do that when the target
    // is dimensionless too, and say so.
    private static UnitPlanResult PlanMissing(NormalisedUnit target, Where where)
    {
        if (target.Udunits != "1")
        {
            return Fail(Diagnostic.Error(UnitDiagnosticCodes.Missing, where, $"a units attribute convertible to '{target.Original}'",
                "no units", "add the units with a units fix for this model"));
        }

        var step = new UnitStep(null, target.Original, "1", "1", UnitConversion.Identity, CalendarInterval.None, null, []);
        var note = Diagnostic.Note(UnitDiagnosticCodes.AssumedDimensionless, where, "a units attribute", "no units",
            "assumed '1' because the target is dimensionless");
        return new UnitPlanResult(step, [note]);
    }

    // A per-month/per-year total is scaled to (target × s) here, e.g. g m-2 → (kg m-2 s-1) s = kg m-2 with
    // factor 1e-3; the executor then divides by the seconds in that month or year of the file's calendar.
    private (UnitStep? Step, string Error) TryStep(string raw, NormalisedUnit source, NormalisedUnit target)
    {
        var to = source.PerInterval == CalendarInterval.None ? target.Udunits : $"({target.Udunits}) s";
        var conversion = converter.TryGetConversion(source.Udunits, to, out var error);
        var shown = $"cannot convert '{raw}' (as '{source.Udunits}'{IntervalText(source)}) to '{target.Original}'";
        if (conversion is null) return (null, $"{shown}: {error}");
        if (source.PerInterval != CalendarInterval.None && conversion.Offset != 0.0)
            return (null, $"{shown}: a per-interval rate cannot carry an offset");
        var step = new UnitStep(raw, target.Original, source.Udunits, to, conversion, source.PerInterval, source.ElementTag, source.RulesApplied);
        return (step, "");
    }

    private static string IntervalText(NormalisedUnit unit) => unit.PerInterval switch
    {
        CalendarInterval.Month => " per calendar month",
        CalendarInterval.Year => " per calendar year",
        _ => "",
    };

    private static UnitPlanResult Fail(Diagnostic diagnostic) => new(null, [diagnostic]);
}
