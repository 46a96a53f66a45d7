using System.Globalization;
using System.Text.RegularExpressions;
using Trendy.Core.Diagnostics;

namespace Trendy.Core.Cf.Time;

/// <summary>
/// Parses every time-units form seen in TRENDY files (docs/quirks.md §5): CF "&lt;unit&gt; since &lt;date&gt;"
/// with sloppy spellings, VISIT's "years since AD 1700-Jan-1st", ISAM's "year as %Y.%f" family, and bare units.
/// </summary>
public static partial class TimeUnitsParser
{
    private const string Expected =
        "'<unit> since <date>' (unit: seconds, minutes, hours, days, months, years), 'years since AD <y>-<Mon>-<d>', " +
        "'year as %Y.%f', 'month as %Y%m.%f', 'day as %Y%m%d.%f' or a bare unit";

    // Spellings mapped once (docs/architecture.md); "yr"/"yrs" are UDUNITS and CLM, "d"/"h" appear in CARDAMOM and UDUNITS.
    private static readonly Dictionary<string, TimeUnit> UnitWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["s"] = TimeUnit.Seconds, ["sec"] = TimeUnit.Seconds, ["secs"] = TimeUnit.Seconds,
        ["second"] = TimeUnit.Seconds, ["seconds"] = TimeUnit.Seconds,
        ["min"] = TimeUnit.Minutes, ["mins"] = TimeUnit.Minutes, ["minute"] = TimeUnit.Minutes, ["minutes"] = TimeUnit.Minutes,
        ["h"] = TimeUnit.Hours, ["hr"] = TimeUnit.Hours, ["hrs"] = TimeUnit.Hours, ["hour"] = TimeUnit.Hours, ["hours"] = TimeUnit.Hours,
        ["d"] = TimeUnit.Days, ["day"] = TimeUnit.Days, ["days"] = TimeUnit.Days,
        ["common_year"] = TimeUnit.CommonYears, ["common_years"] = TimeUnit.CommonYears,
        ["mon"] = TimeUnit.Months, ["month"] = TimeUnit.Months, ["months"] = TimeUnit.Months,
        ["yr"] = TimeUnit.Years, ["yrs"] = TimeUnit.Years, ["year"] = TimeUnit.Years, ["years"] = TimeUnit.Years,
    };

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// Parses <paramref name="text"/>. Returns a <see cref="TimeUnitsForm.None"/> result for null, blank or "none";
    /// null (with a TIME001 error in <paramref name="diagnostics"/>) when the text matches no known form.
    /// </summary>
    public static TimeUnits? Parse(string? text, Where where, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(where);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var at = where.WithAttribute("units");
        var t = Blanks().Replace(text ?? "", " ").Trim();
        if (t.Length == 0 || t.Equals("none", StringComparison.OrdinalIgnoreCase))
            return new TimeUnits(TimeUnitsForm.None, TimeUnit.Days, null, t);

        var asMatch = AsForm().Match(t);
        if (asMatch.Success) return ParseAsForm(t, asMatch.Groups["fmt"].Value, at, diagnostics);

        var since = SinceForm().Match(t);
        if (since.Success)
        {
            if (!UnitWords.TryGetValue(since.Groups["unit"].Value, out var unit))
                return Fail(diagnostics, at, "a time unit (seconds, minutes, hours, days, months, years) before 'since'", t);
            var rest = since.Groups["rest"].Value;
            var ad = AdDate().Match(rest);
            if (ad.Success) return ParseAd(t, unit, ad, at, diagnostics);
            return ParseSince(t, unit, rest, at, diagnostics);
        }

        if (UnitWords.TryGetValue(t, out var bare)) return new TimeUnits(TimeUnitsForm.Bare, bare, null, t);
        return Fail(diagnostics, at, Expected, t);
    }

    private static TimeUnits? ParseAsForm(string t, string format, Where at, DiagnosticBag diagnostics)
    {
        // ISAM writes strftime-like patterns; only these three are known (docs/quirks.md §5).
        var form = format switch
        {
            "%Y.%f" => TimeUnitsForm.YearFraction,
            "%Y%m.%f" => TimeUnitsForm.YearMonthFraction,
            "%Y%m%d.%f" => TimeUnitsForm.YearMonthDayFraction,
            _ => TimeUnitsForm.None,
        };
        if (form == TimeUnitsForm.None) return Fail(diagnostics, at, "a format of %Y.%f, %Y%m.%f or %Y%m%d.%f", t);
        var unit = form switch
        {
            TimeUnitsForm.YearFraction => TimeUnit.Years,
            TimeUnitsForm.YearMonthFraction => TimeUnit.Months,
            _ => TimeUnit.Days,
        };
        return new TimeUnits(form, unit, null, t);
    }

    private static TimeUnits? ParseAd(string t, TimeUnit unit, Match m, Where at, DiagnosticBag diagnostics)
    {
        var monthText = m.Groups["mon"].Value;
        int month;
        if (char.IsDigit(monthText[0])) month = Int(monthText);
        else
        {
            var prefix = monthText.Length >= 3 ? monthText[..3].ToLowerInvariant() : monthText;
            month = Array.IndexOf(MonthNames, prefix) + 1;
        }

        var date = new CfDate(Int(m.Groups["y"].Value), month, Int(m.Groups["d"].Value),
            Opt(m.Groups["h"]), Opt(m.Groups["mi"]), Opt(m.Groups["s"]));
        if (!InRange(date)) return Fail(diagnostics, at, "an origin date like 'AD 1700-Jan-1st'", t);
        return new TimeUnits(TimeUnitsForm.SinceAd, unit, date, t);
    }

    private static TimeUnits? ParseSince(string t, TimeUnit unit, string rest, Where at, DiagnosticBag diagnostics)
    {
        var m = IsoDate().Match(rest);
        if (!m.Success) return Fail(diagnostics, at, "an origin date like 1700-01-01 or 1700-1-1 00:00:00 after 'since'", t);
        if (m.Groups["frac"].Value.Any(c => c is >= '1' and <= '9'))
            return Fail(diagnostics, at, "whole seconds in the origin time", t);

        var date = new CfDate(Int(m.Groups["y"].Value), OptOne(m.Groups["mo"]), OptOne(m.Groups["d"]),
            Opt(m.Groups["h"]), Opt(m.Groups["mi"]), Opt(m.Groups["s"]));
        if (!InRange(date)) return Fail(diagnostics, at, "an origin date with month 1-12, day 1-31 and a valid time of day", t);

        var suffix = m.Groups["rest"].Value.Trim();
        if (suffix.Length > 0 && (suffix[0] is '+' or '-') && suffix.Length > 1 && char.IsDigit(suffix[1]))
            return Fail(diagnostics, at, "an origin in UTC (a non-zero UTC offset is not supported)", t);
        if (suffix.Length == 0) return new TimeUnits(TimeUnitsForm.Since, unit, date, t);

        // cftime also skips such tails; seen as "(double)" after the origin in some writers.
        diagnostics.Add(Diagnostic.Note(TimeCodes.SuffixIgnored, at, "nothing after the origin date",
            $"'{suffix}' in '{t}'", "ignored the trailing text"));
        return new TimeUnits(TimeUnitsForm.Since, unit, date, t, suffix);
    }

    private static bool InRange(CfDate d) =>
        d.Month is >= 1 and <= 12 && d.Day is >= 1 and <= 31 && d.Hour is >= 0 and <= 23
        && d.Minute is >= 0 and <= 59 && d.Second is >= 0 and <= 59;

    private static TimeUnits? Fail(DiagnosticBag diagnostics, Where at, string expected, string found)
    {
        diagnostics.Add(Diagnostic.Error(TimeCodes.UnitsUnparsable, at, expected, $"'{found}'",
            "add a units fix for this model (fix: units override)"));
        return null;
    }

    private static int Int(string s) =>
        int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : -1;

    private static int Opt(Group g) => g.Success ? Int(g.Value) : 0;

    private static int OptOne(Group g) => g.Success ? Int(g.Value) : 1;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blanks();

    [GeneratedRegex(@"^(?<unit>[a-z]+)\s+as\s+(?<fmt>%\S+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsForm();

    [GeneratedRegex(@"^(?<unit>[a-z_]+)\s+since\s+(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SinceForm();

    [GeneratedRegex(@"^AD\s*(?<y>-?\d{1,5})-(?<mon>[a-z]+|\d{1,2})-(?<d>\d{1,2})(?:st|nd|rd|th)?(?:[T ](?<h>\d{1,2}):(?<mi>\d{1,2})(?::(?<s>\d{1,2}))?)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdDate();

    [GeneratedRegex(@"^(?<y>[-+]?\d{1,5})(?:-(?<mo>\d{1,2})(?:-(?<d>\d{1,2}))?)?(?:(?:T|\s+)(?<h>\d{1,2}):(?<mi>\d{1,2})(?::(?<s>\d{1,2})(?<frac>\.\d*)?)?)?\s*(?:Z|UTC|GMT|[+-]0{1,2}(?::?0{2})?(?!\d))?(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
