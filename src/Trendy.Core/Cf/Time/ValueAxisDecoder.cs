using System.Globalization;
using Trendy.Core.Diagnostics;

namespace Trendy.Core.Cf.Time;

/// <summary>
/// The values path of <see cref="TimeAxisDecoder"/>: instants from parsed units, optional source bounds,
/// frequency from the decoded dates, one interval per step (the interval containing the instant), end-stamp
/// detection, and a contiguity check. Callers have already checked finiteness and monotonicity.
/// </summary>
internal static class ValueAxisDecoder
{
    public static TimeAxis? Decode(TimeAxisRequest r, TimeUnits units, string rule, CalendarKind calendar, CalendarSource source, DiagnosticBag bag)
    {
        var n = r.Values.Count;
        if (units.Origin is { } origin && !CalendarMath.IsValid(calendar, origin))
        {
            bag.Add(Diagnostic.Error(TimeCodes.InvalidDate, r.Where.WithAttribute("units"), $"an origin that exists in the {CalendarNames.ToCfName(calendar)} calendar",
                $"{origin} in '{units.Text}'", "fix the units or the calendar"));
            return null;
        }

        var instants = new long[n];
        var bad = InstantDecoder.Decode(units, calendar, r.Values, instants);
        if (bad >= 0)
        {
            bag.Add(Diagnostic.Error(TimeCodes.InvalidDate, r.Where, $"values that are dates in '{units.Text}'",
                $"{TimeAxisDecoder.Num(r.Values[bad])} at step {bad}", "fix the time values or force a grid with a fix"));
            return null;
        }

        var at = instants;
        var fromBounds = false;
        long width = 0;
        if (r.Bounds is { } b && BoundsMidpoints(r, b, units, calendar, bag, out var mids, out width))
        {
            at = mids;
            fromBounds = true;
            rule += "+source-bounds";
        }

        var frequency = n > 1 ? TimeInterval.Detect(at, out var median) : SingleStep(units, fromBounds, width, out median);
        if (frequency == TimeFrequency.Other)
        {
            var found = n > 1 ? $"a median step of {(median / (double)CalendarMath.SecondsPerDay).ToString("0.###", CultureInfo.InvariantCulture)} days" : "a single step without bounds";
            bag.Add(Diagnostic.Error(TimeCodes.UnsupportedFrequency, r.Where, "monthly, annual or daily steps", found, "force a grid with a fix"));
            return null;
        }

        var dates = new CfDate[n];
        var allBoundary = true;
        for (var i = 0; i < n; i++)
        {
            dates[i] = CalendarMath.FromSeconds(calendar, at[i]);
            allBoundary &= TimeInterval.IsBoundary(frequency, dates[i]);
        }

        var endStamped = !fromBounds && allBoundary && IsEndStamped(frequency, dates, units.Origin, calendar, r.ExpectedEndYear);
        var shift = endStamped ? 1 : 0;
        if (!IsContiguous(r, frequency, calendar, dates, shift, bag, out var first)) return null;

        if (endStamped)
        {
            rule += "+end-stamped";
            bag.Add(Diagnostic.Note(TimeCodes.EndStamped, r.Where, "values at the start or inside their intervals",
                $"every value on an interval start, first at {dates[0]}", "read each value as the end of its interval"));
        }

        var placement = fromBounds ? StampPlacement.Bounds : !allBoundary ? StampPlacement.Inside : endStamped ? StampPlacement.End : StampPlacement.Start;
        var axis = AxisBuilder.Build(rule, frequency, calendar, source, placement, first, n);
        CheckEndYear(r, axis, bag);
        return axis;
    }

    // One step per interval, no gaps: consecutive interval indices differ by exactly one.
    private static bool IsContiguous(TimeAxisRequest r, TimeFrequency frequency, CalendarKind calendar, CfDate[] dates, int shift, DiagnosticBag bag, out long first)
    {
        first = TimeInterval.IndexOf(frequency, calendar, dates[0]) - shift;
        var previous = first;
        for (var i = 1; i < dates.Length; i++)
        {
            var index = TimeInterval.IndexOf(frequency, calendar, dates[i]) - shift;
            if (index == previous + 1)
            {
                previous = index;
                continue;
            }

            var unit = frequency switch { TimeFrequency.Monthly => "month", TimeFrequency.Annual => "year", _ => "day" };
            bag.Add(Diagnostic.Error(TimeCodes.NotContiguous, r.Where, $"one step per {unit} without gaps",
                $"step {i - 1} in {Label(frequency, calendar, previous)} and step {i} in {Label(frequency, calendar, index)} ({dates[i]})",
                "check the units, calendar and values, or force a grid with a fix"));
            return false;
        }

        return true;
    }

    internal static void CheckEndYear(TimeAxisRequest r, TimeAxis axis, DiagnosticBag bag)
    {
        if (r.ExpectedEndYear is not int end || axis.Ends[^1] == new CfDate(end + 1, 1, 1)) return;
        bag.Add(Diagnostic.Warning(TimeCodes.EndYearMismatch, r.Where, $"an axis ending with {end}", $"last interval {axis.Starts[^1]} to {axis.Ends[^1]}",
            "check the release or the model's span"));
    }

    // End stamps (docs/quirks.md §5: "days since 1700-01-01" with 31, 59, 90, …): every value sits on an interval
    // start, and either the last one is 1 January after the release's end year, or (no end-year evidence either
    // way) a monthly series starts in February, or the first value is exactly one interval after the origin.
    private static bool IsEndStamped(TimeFrequency frequency, CfDate[] dates, CfDate? origin, CalendarKind calendar, int? endYear)
    {
        var first = dates[0];
        var last = dates[^1];
        if (endYear is int end)
        {
            if (last == new CfDate(end + 1, 1, 1)) return true;
            if (last.Year == end) return false;
        }

        return frequency switch
        {
            TimeFrequency.Monthly => first.Month == 2 || (origin is { IsMonthStart: true } o && first == CalendarMath.AddMonths(calendar, o, 1)),
            TimeFrequency.Annual => origin is { IsMonthStart: true, Month: 1 } y && first == CalendarMath.AddYears(calendar, y, 1),
            _ => false,
        };
    }

    private static TimeFrequency SingleStep(TimeUnits units, bool fromBounds, long width, out long median)
    {
        median = width;
        if (fromBounds) return TimeInterval.Detect([0, width], out median);
        return units.Form switch
        {
            TimeUnitsForm.YearMonthFraction => TimeFrequency.Monthly,
            TimeUnitsForm.YearFraction => TimeFrequency.Annual,
            TimeUnitsForm.YearMonthDayFraction => TimeFrequency.Daily,
            _ when units.Unit == TimeUnit.Months => TimeFrequency.Monthly,
            _ when units.Unit == TimeUnit.Years => TimeFrequency.Annual,
            _ => TimeFrequency.Other,
        };
    }

    private static bool BoundsMidpoints(TimeAxisRequest r, IReadOnlyList<double> b, TimeUnits units, CalendarKind calendar, DiagnosticBag bag, out long[] mids, out long width)
    {
        var n = r.Values.Count;
        mids = [];
        width = 0;
        string? problem = null;
        var edges = new long[b.Count];
        if (b.Count != 2 * n) problem = $"{b.Count} values for {n} steps";
        else if (b.Any(v => !double.IsFinite(v))) problem = "a NaN or infinite bound";
        else if (InstantDecoder.Decode(units, calendar, b, edges) is var bad && bad >= 0) problem = $"undecodable bound {TimeAxisDecoder.Num(b[bad])}";
        else
        {
            for (var i = 0; i < n && problem is null; i++)
            {
                if (edges[(2 * i) + 1] <= edges[2 * i]) problem = $"bounds of step {i} not increasing";
            }
        }

        if (problem is not null)
        {
            bag.Add(Diagnostic.Warning(TimeCodes.BoundsIgnored, r.Where, "2 increasing bounds per step in the time units", problem, "ignored the bounds"));
            return false;
        }

        mids = new long[n];
        for (var i = 0; i < n; i++) mids[i] = edges[2 * i] + ((edges[(2 * i) + 1] - edges[2 * i]) / 2);
        width = edges[1] - edges[0];
        return true;
    }

    private static string Label(TimeFrequency frequency, CalendarKind calendar, long index)
    {
        var d = TimeInterval.StartOf(frequency, calendar, index);
        return frequency switch
        {
            TimeFrequency.Monthly => $"{CfDate.FormatYear(d.Year)}-{d.Month:00}",
            TimeFrequency.Annual => CfDate.FormatYear(d.Year),
            _ => d.ToDateString(),
        };
    }
}
