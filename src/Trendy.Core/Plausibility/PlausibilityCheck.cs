using System.Globalization;
using Trendy.Core.Contract;
using Trendy.Core.Diagnostics;

namespace Trendy.Core.Plausibility;

/// <summary>
/// Holds a global annual value against its plausible range and, when it misses, names the likely cause: a value that
/// falls into the range once divided or multiplied by 1000, 86400, 365, 12 or 100, or with its sign flipped, points
/// at the unit mistake that makes exactly that factor (the predecessor shipped values 1000× off by relabelling units).
/// </summary>
public static class PlausibilityCheck
{
    /// <summary>Factor by which the value is too large, and what usually causes it.</summary>
    private static readonly (double Factor, string Cause)[] Causes =
    [
        (1000, "looks like g instead of kg (1000× too large)"),
        (1.0 / 1000, "looks like kg instead of g, or a factor 1000 applied twice (1000× too small)"),
        (86400, "looks like per-day instead of per-second (86400× too large)"),
        (1.0 / 86400, "looks like per-second divided by the day length again (86400× too small)"),
        (365, "looks like per-year values labelled per day (365× too large)"),
        (1.0 / 365, "looks like per-day values labelled per year (365× too small)"),
        (12, "looks like annual totals labelled per month (12× too large)"),
        (1.0 / 12, "looks like monthly totals labelled per year (12× too small)"),
        (100, "looks like % instead of a fraction (100× too large)"),
        (1.0 / 100, "looks like a fraction instead of % (100× too small)"),
        (-1, "looks like a flipped sign (positive up instead of down, or the reverse)"),
    ];

    /// <summary>The finding for <paramref name="value"/>, or null when it lies within the range.</summary>
    public static Diagnostic? Check(string file, PlausibleRange range, double value)
    {
        if (double.IsFinite(value) && value >= range.Min && value <= range.Max) return null;
        var cause = LikelyCause(range, value);
        var what = range.IsTotal ? "global land total" : "global land mean";
        return Diagnostic.Error(ContractCodes.Implausible, new Where(file, range.VariableId), $"{what} in {Num(range.Min)}…{Num(range.Max)} {range.Units} ({range.Source})",
            $"{Num(value)} {range.Units}" + (cause is null ? "" : $": {cause}"),
            cause is null ? "check the source's units and values" : "check the source's units attribute and the unit fixes for this model");
    }

    /// <summary>The cause whose factor brings <paramref name="value"/> into the range, or null when none does.</summary>
    public static string? LikelyCause(PlausibleRange range, double value)
    {
        if (!double.IsFinite(value)) return null;
        // For a percentage the %/fraction mix-up is the likely one, so its factor is tried first.
        var causes = range.Units == "%" ? Causes.OrderBy(c => Math.Abs(c.Factor) is 100 or 0.01 ? 0 : 1) : Causes.AsEnumerable();
        foreach (var (factor, cause) in causes)
        {
            var corrected = value / factor;
            if (corrected >= range.Min && corrected <= range.Max) return cause;
        }

        return null;
    }

    private static string Num(double x) => x.ToString("G4", CultureInfo.InvariantCulture);
}
