using System.Globalization;
using Trendy.Core.Diagnostics;

namespace Trendy.Core.Cf.Time;

/// <summary>
/// Decodes a time variable into a contiguous ILAMB axis (docs/contract.md §1.4). Order of rules: a fix's grid,
/// a fix's month index, the (possibly fix-overridden) units, then the step-count fallback for files whose
/// values carry no usable date (docs/quirks.md §5). The result names the rule that fired.
/// </summary>
public static class TimeAxisDecoder
{
    // Bare decimal years (ELM-FATES v14, CLM "yr"): accepted only when every value looks like a year.
    private const double MinDecimalYear = 1000;
    private const double MaxDecimalYear = 3000;

    public static TimeAxisResult Decode(TimeAxisRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var bag = new DiagnosticBag();
        var axis = DecodeInto(request, bag);
        return new TimeAxisResult(axis, [.. bag.Items]);
    }

    private static TimeAxis? DecodeInto(TimeAxisRequest r, DiagnosticBag bag)
    {
        var values = r.Values;
        var n = values.Count;
        if (n == 0)
        {
            bag.Add(Diagnostic.Error(TimeCodes.Empty, r.Where, "at least one time step", "an empty time axis", "check the time dimension"));
            return null;
        }

        for (var i = 0; i < n; i++)
        {
            if (double.IsFinite(values[i])) continue;
            bag.Add(Diagnostic.Error(TimeCodes.NotFinite, r.Where, "finite time values", $"{Num(values[i])} at step {i}", "fix the time variable or force a grid with a fix"));
            return null;
        }

        var (calendar, source) = ResolveCalendar(r, bag);
        if (r.Fix?.Grid is { } grid)
        {
            var (kind, how) = OrDefault(r, calendar, source, bag);
            return Grid(grid, "fix:step-rule", n, kind, how, r, bag);
        }

        if (r.Fix?.MonthIndexOrigin is { } monthOrigin)
        {
            var (kind, how) = OrDefault(r, calendar, source, bag);
            return MonthIndex(r, monthOrigin, kind, how, bag);
        }

        var parseBag = new DiagnosticBag();
        var units = ResolveUnits(r, parseBag, bag, out var rule);
        if (units is null) return Fallback(r, calendar, source, parseBag, "the units give no date", bag);
        bag.AddRange(parseBag.Items);

        if (n > 1 && AllEqual(values))
        {
            var problem = Diagnostic.Warning(TimeCodes.AllEqual, r.Where, "increasing time values", $"all {n} values equal {Num(values[0])}", "");
            var problems = new DiagnosticBag();
            problems.Add(problem);
            return Fallback(r, calendar, source, problems, "all values are equal", bag);
        }

        for (var i = 1; i < n; i++)
        {
            if (values[i] > values[i - 1]) continue;
            var what = values[i] == values[i - 1] ? "repeats" : "decreases";
            bag.Add(Diagnostic.Error(TimeCodes.NotMonotonic, r.Where, "strictly increasing time values",
                $"step {i} {what} ({Num(values[i - 1])} then {Num(values[i])})", "drop duplicated steps or force a grid with a fix"));
            return null;
        }

        if (calendar is null)
        {
            (calendar, source) = InferCalendar(units, values);
            AddCalendarNote(r, calendar.Value, source, bag);
        }

        return ValueAxisDecoder.Decode(r, units, rule, calendar.Value, source, bag);
    }

    // Units from the fix or the attribute. A form without a date (none, bare unit) is read as decimal years
    // when every value looks like a year (ELM-FATES v14, CLM "yr"); otherwise it is a problem for the fallback.
    private static TimeUnits? ResolveUnits(TimeAxisRequest r, DiagnosticBag parseBag, DiagnosticBag bag, out string rule)
    {
        var values = r.Values;
        var units = TimeUnitsParser.Parse(r.Fix?.Units ?? r.Units, r.Where, parseBag);
        var prefix = r.Fix?.Units is null ? "" : "fix:units-override+";
        rule = prefix + (units?.RuleName ?? "");
        if (units is null || units.Form is not (TimeUnitsForm.None or TimeUnitsForm.Bare)) return units;

        var yearsLike = units.Form == TimeUnitsForm.None || units.Unit == TimeUnit.Years;
        if (yearsLike && AllWithin(values, MinDecimalYear, MaxDecimalYear))
        {
            rule = prefix + (units.Form == TimeUnitsForm.None ? "infer:decimal-years" : "units:bare-years-as-%Y.%f");
            bag.Add(Diagnostic.Warning(TimeCodes.UnitsMissing, r.Where.WithAttribute("units"), "'<unit> since <date>'",
                $"'{units.Text}' with values {Num(values[0])}…{Num(values[^1])}", "read the values as decimal years (%Y.%f)"));
            return units with { Form = TimeUnitsForm.YearFraction, Unit = TimeUnit.Years };
        }

        parseBag.Add(Diagnostic.Error(TimeCodes.UnitsMissing, r.Where.WithAttribute("units"), "'<unit> since <date>'",
            units.Text.Length == 0 ? "no units" : $"'{units.Text}' without an origin", "add a units fix for this model"));
        return null;
    }

    private static (CalendarKind? Calendar, CalendarSource Source) ResolveCalendar(TimeAxisRequest r, DiagnosticBag bag)
    {
        var at = r.Where.WithAttribute("calendar");
        var parsed = CalendarNames.TryParse(r.Calendar, out var kind);
        if (r.Fix?.Calendar is { } forced)
        {
            bag.Add(Diagnostic.Note(TimeCodes.CalendarChosen, at, "the calendar attribute",
                r.Calendar is null ? "none" : $"'{r.Calendar}'", $"a fix forces {CalendarNames.ToCfName(forced)}"));
            return (forced, CalendarSource.Fix);
        }

        if (parsed) return (kind, CalendarSource.Attribute);
        // CF 1.11 §4.4.1: "none" and unknown names are not calendars; treat them as missing (seen: "none", v13 scan).
        if (!string.IsNullOrWhiteSpace(r.Calendar) && !r.Calendar.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
            bag.Add(Diagnostic.Warning(TimeCodes.CalendarUnknown, at, "a CF calendar name", $"'{r.Calendar}'", "treated as missing"));
        return (null, CalendarSource.Default);
    }

    private static (CalendarKind, CalendarSource) InferCalendar(TimeUnits units, IReadOnlyList<double> values)
    {
        if (units.Form == TimeUnitsForm.Since && units.FixedSeconds is long unit && CalendarInference.Infer(values, unit) is { } inferred)
            return (inferred, CalendarSource.Inferred);
        return (CalendarKind.Standard, CalendarSource.Default);
    }

    // Paths that never look at the values cannot infer a calendar: CF 1.11 §4.4.1 default, with a note.
    private static (CalendarKind, CalendarSource) OrDefault(TimeAxisRequest r, CalendarKind? calendar, CalendarSource source, DiagnosticBag bag)
    {
        if (calendar is { } known) return (known, source);
        AddCalendarNote(r, CalendarKind.Standard, CalendarSource.Default, bag);
        return (CalendarKind.Standard, CalendarSource.Default);
    }

    private static void AddCalendarNote(TimeAxisRequest r, CalendarKind calendar, CalendarSource source, DiagnosticBag bag)
    {
        var how = source == CalendarSource.Inferred
            ? $"inferred {CalendarNames.ToCfName(calendar)} from the spacing of the values"
            : "used the CF default 'standard'";
        bag.Add(Diagnostic.Note(TimeCodes.CalendarChosen, r.Where.WithAttribute("calendar"), "a calendar attribute",
            r.Calendar is null ? "none" : $"'{r.Calendar}'", how));
    }

    private static TimeAxis? Fallback(TimeAxisRequest r, CalendarKind? calendar, CalendarSource source, DiagnosticBag problems, string reason, DiagnosticBag bag)
    {
        var n = r.Values.Count;
        var end = r.ExpectedEndYear;
        var match = StepCountFallback.Table.FirstOrDefault(f => f.Count == n && (end is null || f.EndYear == end));
        if (match is null)
        {
            bag.AddRange(problems.Items);
            var known = string.Join(", ", StepCountFallback.Table.Select(f => f.Count.ToString(CultureInfo.InvariantCulture)));
            bag.Add(Diagnostic.Error(TimeCodes.NoRule, r.Where, $"decodable time values or a known step count ({known})" + (end is null ? "" : $" ending in {end}"),
                $"{n} steps and {reason}", "add a time fix (units, month index or grid) for this model"));
            return null;
        }

        // The file stays usable, so the problems that led here become warnings.
        foreach (var p in problems.Items) bag.Add(p.Severity == Severity.Error ? p with { Severity = Severity.Warning } : p);
        var g = match.Grid;
        bag.Add(Diagnostic.Warning(TimeCodes.FallbackUsed, r.Where, "time values that decode to dates",
            $"{n} steps and {reason}", $"guessed {g.Frequency.ToString().ToLowerInvariant()} steps from {g.StartYear}-{g.StartMonth:00} ({match.RuleName})"));
        var (kind, how) = OrDefault(r, calendar, source, bag);
        return Grid(g, match.RuleName, n, kind, how, r, bag);
    }

    private static TimeAxis Grid(TimeGrid grid, string rule, int n, CalendarKind calendar, CalendarSource source, TimeAxisRequest r, DiagnosticBag bag)
    {
        var axis = AxisBuilder.Build(rule, grid.Frequency, calendar, source, StampPlacement.Grid, TimeInterval.IndexOf(grid, calendar), n);
        ValueAxisDecoder.CheckEndYear(r, axis, bag);
        return axis;
    }

    private static TimeAxis? MonthIndex(TimeAxisRequest r, CfDate origin, CalendarKind calendar, CalendarSource source, DiagnosticBag bag)
    {
        // CARDAMOM v14: "Time" holds 1…252 with units "d"; the fix says index 1 is 2003-01.
        var values = r.Values;
        for (var i = 0; i < values.Count; i++)
        {
            if (Math.Abs(values[i] - Math.Round(values[i])) < 1e-6 && (i == 0 || Math.Round(values[i]) == Math.Round(values[i - 1]) + 1)) continue;
            var code = Math.Abs(values[i] - Math.Round(values[i])) < 1e-6 ? TimeCodes.NotContiguous : TimeCodes.IndexNotInteger;
            bag.Add(Diagnostic.Error(code, r.Where, "consecutive whole month indices", $"{Num(values[i])} at step {i}", "check the month-index fix"));
            return null;
        }

        var first = (origin.Year * 12L) + origin.Month - 1 + ((long)Math.Round(values[0]) - r.Fix!.MonthIndexFirst);
        var axis = AxisBuilder.Build("fix:month-index-origin", TimeFrequency.Monthly, calendar, source, StampPlacement.Grid, first, values.Count);
        ValueAxisDecoder.CheckEndYear(r, axis, bag);
        return axis;
    }

    private static bool AllWithin(IReadOnlyList<double> values, double min, double max)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] < min || values[i] > max) return false;
        }

        return true;
    }

    private static bool AllEqual(IReadOnlyList<double> values)
    {
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] != values[0]) return false;
        }

        return true;
    }

    internal static string Num(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
