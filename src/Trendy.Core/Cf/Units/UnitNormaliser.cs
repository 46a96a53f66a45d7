using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Trendy.Core.Diagnostics;

namespace Trendy.Core.Cf.Units;

/// <summary>
/// Turns the units spellings found in TRENDY files (docs/quirks.md §6) into a UDUNITS-2 string plus the
/// facts the planner needs: a stripped C/N tag and a calendar-interval denominator. Pure: it knows
/// spellings, not dimensions; whether the result parses and converts is UDUNITS' call at planning time.
/// </summary>
public static class UnitNormaliser
{
    private const string Remedy = "fix the units attribute, or add a units fix for this model";

    /// <summary>
    /// Normalises <paramref name="raw"/>. With <paramref name="millimetresOfWater"/> a bare <c>mm</c> (alone or
    /// per time) is read as a depth of liquid water and written as <c>kg m-2</c>; the planner retries without it
    /// when the target is a length.
    /// </summary>
    public static bool TryNormalise(
        string raw,
        Where where,
        [NotNullWhen(true)] out NormalisedUnit? unit,
        [NotNullWhen(false)] out Diagnostic? diagnostic,
        bool millimetresOfWater = true)
    {
        ArgumentNullException.ThrowIfNull(raw);
        unit = null;
        diagnostic = null;
        var rules = new List<string>();
        var text = raw.Trim();
        if (LatexStripper.TryStrip(text, out var stripped))
        {
            text = stripped;
            rules.Add(UnitRules.LatexStripped);
        }

        if (WholeStringSynonym(text, rules) is { } whole)
        {
            unit = new NormalisedUnit(raw, whole, CalendarInterval.None, null, rules);
            return true;
        }

        if (!UnitExpressionReader.TryRead(text, out var factors, out var coefficient, out var readError))
        {
            diagnostic = Fail(UnitDiagnosticCodes.Unreadable, where, raw, readError);
            return false;
        }

        var (mapped, tag, code, reason) = UnitSymbolMapper.Map(factors, rules);
        if (code is not null)
        {
            diagnostic = Fail(code, where, raw, reason!);
            return false;
        }

        var combined = Combine(mapped, rules);
        if (!TryTakeInterval(combined, rules, out var interval, out var intervalError))
        {
            diagnostic = Fail(UnitDiagnosticCodes.CalendarInterval, where, raw, intervalError);
            return false;
        }

        if (millimetresOfWater) ApplyWaterDepth(combined, rules);
        unit = new NormalisedUnit(raw, Render(coefficient, combined), interval, tag, rules);
        return true;
    }

    // Whole strings that are not products of symbols. A lone "C" is a temperature label (the brief's TRENDY
    // convention); UDUNITS would read it as the coulomb, which no land-model variable carries.
    private static string? WholeStringSynonym(string text, List<string> rules)
    {
        if (text.Length == 0) return null;
        if (UnitSymbols.DimensionlessWords.Contains(text) || text is "m2/m2" or "m2 m-2" or "m^2/m^2")
        {
            if (text != "1") rules.Add(UnitRules.Dimensionless);
            return "1";
        }

        if (UnitSymbols.PercentWords.Contains(text))
        {
            if (text != "%") rules.Add(UnitRules.Percent);
            return "%";
        }

        if (text != "C") return null;
        rules.Add(UnitRules.Celsius);
        return "degC";
    }

    // "m2/m2" → nothing, "kg m-2 kg-1" → "m-2": same symbols add their exponents, first position wins.
    private static List<UnitFactor> Combine(List<UnitFactor> factors, List<string> rules)
    {
        var result = new List<UnitFactor>(factors.Count);
        foreach (var factor in factors)
        {
            var at = result.FindIndex(f => f.Symbol == factor.Symbol);
            if (at < 0) result.Add(factor);
            else result[at] = result[at] with { Exponent = result[at].Exponent + factor.Exponent };
        }

        if (result.Count != factors.Count) rules.Add(UnitRules.Combined);
        result.RemoveAll(f => f.Exponent == 0);
        return result;
    }

    private static bool TryTakeInterval(
        List<UnitFactor> factors, List<string> rules, out CalendarInterval interval, [NotNullWhen(false)] out string? error)
    {
        interval = CalendarInterval.None;
        error = null;
        var calendar = factors.FindAll(f => f.Symbol is UnitSymbols.Month or UnitSymbols.Year);
        if (calendar.Count == 0) return true;
        if (calendar.Count > 1 || calendar[0].Exponent != -1)
        {
            error = "a calendar month or year is supported only as a single denominator (per month, per year)";
            return false;
        }

        interval = calendar[0].Symbol == UnitSymbols.Month ? CalendarInterval.Month : CalendarInterval.Year;
        rules.Add(interval == CalendarInterval.Month ? UnitRules.PerMonth : UnitRules.PerYear);
        factors.Remove(calendar[0]);
        return true;
    }

    // 1 mm of liquid water over 1 m2 is 1e-3 m3 × 1000 kg m-3 = 1 kg, so "mm" (per time) is exactly "kg m-2"
    // (per time) by the CF/CMIP convention for water fluxes. ILAMB bridges depth and mass with a density of
    // 998.2 kg m-3 (docs/contract.md §1.8, Variable.py:1027-1034); writing kg m-2 ourselves makes that
    // bridge unnecessary and keeps the 0.2 % density difference out of the data.
    private static void ApplyWaterDepth(List<UnitFactor> factors, List<string> rules)
    {
        var nonTime = factors.FindAll(f => !UnitSymbols.IsTime(f.Symbol));
        if (nonTime.Count != 1 || nonTime[0] != new UnitFactor("mm", 1)) return;
        var at = factors.IndexOf(nonTime[0]);
        factors[at] = new UnitFactor("kg", 1);
        factors.Insert(at + 1, new UnitFactor("m", -2));
        rules.Add(UnitRules.WaterDepth);
    }

    private static string Render(double coefficient, List<UnitFactor> factors)
    {
        var builder = new StringBuilder();
        if (coefficient != 1.0) builder.Append(coefficient.ToString("R", CultureInfo.InvariantCulture));
        foreach (var factor in factors)
        {
            if (builder.Length > 0) builder.Append(' ');
            builder.Append(factor);
        }

        return builder.Length == 0 ? "1" : builder.ToString();
    }

    private static Diagnostic Fail(string code, Where where, string raw, string reason) =>
        Diagnostic.Error(code, where, "a units string UDUNITS-2 can read (e.g. kg m-2 s-1)", $"'{raw}' ({reason})", Remedy);
}
