using Trendy.Core.Cf.Time;
using Trendy.Core.Diagnostics;
using Trendy.Core.Fixes;
using Trendy.Core.Inventory;

namespace Trendy.Core.Planning;

/// <summary>
/// Decodes the source time axis (values, units, calendar, bounds, and any symptom-gated per-model time fix)
/// into the output axis. Decoding happens at planning time so a bad axis fails before any data move
/// (docs/architecture.md, after xarray decoding first and last times eagerly).
/// </summary>
public static class TimePlanner
{
    private const double SecondsPerDay = 86400;

    public static TimeAxisPlan? Plan(DatasetHeader header, SourceAxis axis, ModelFixes fixes, string variable, Where where, DiagnosticBag diagnostics, List<FiredFix> firedFixes)
    {
        var coord = header.Variable(axis.Dimension) ?? header.Variables.FirstOrDefault(v => v.Rank == 1 && v.Dimensions[0] == axis.Dimension && v.Name.Contains("time", StringComparison.OrdinalIgnoreCase));
        var values = coord is null ? null : header.Values(coord.Name);
        var units = coord?.AttributeIgnoreCase("units")?.Text ?? coord?.Attribute("unit")?.Text;
        var calendar = coord?.AttributeIgnoreCase("calendar")?.Text;
        var boundsName = coord?.Text("bounds");
        var bounds = boundsName is null ? null : header.Values(boundsName);
        var request = new TimeAxisRequest(values ?? new double[axis.Length], units, calendar)
        {
            Bounds = bounds is not null && bounds.Length == axis.Length * 2 ? bounds : null,
            Fix = FixFor(fixes, variable, units, firedFixes),
            Where = where.WithVariable(coord?.Name ?? axis.Dimension).WithAttribute("units"),
        };
        var result = TimeAxisDecoder.Decode(request);
        if (result.Axis is null && calendar is not null && request.Fix?.Calendar is null && RetryByInference(request, result) is { } retried)
        {
            result = retried;
        }

        diagnostics.AddRange(result.Diagnostics);
        if (result.Axis is not { } t) return null;
        return ToPlan(t, axis, coord?.Name);
    }

    /// <summary>
    /// Many TRENDY models run a 365-day year but write calendar "standard"/"gregorian": decoded with the declared
    /// calendar, 300 years of noleap day offsets drift ~73 days and two steps land in one month (TIME010). When
    /// the declared calendar fails and the spacing alone identifies a fixed-length calendar (noleap, all_leap,
    /// 360_day), that calendar is used and the contradiction reported as a warning (TIME019); a CF default or a
    /// second failure keeps the original errors.
    /// </summary>
    private static TimeAxisResult? RetryByInference(TimeAxisRequest request, TimeAxisResult failed)
    {
        var retry = TimeAxisDecoder.Decode(request with { Calendar = null });
        if (retry.Axis is not { CalendarSource: CalendarSource.Inferred } axis || axis.Calendar == CalendarKind.Standard) return null;
        var warning = Diagnostic.Warning(TimeCodes.CalendarContradicted, request.Where.WithAttribute("calendar"),
            $"a calendar attribute that fits the time values ('{request.Calendar}' failed: {failed.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.Code})",
            $"day offsets spaced exactly as {axis.CalendarName}", $"decoded as {axis.CalendarName}; fix the file's calendar attribute");
        return retry with { Diagnostics = [.. retry.Diagnostics.Where(d => d.Code != TimeCodes.CalendarChosen), warning] };
    }

    /// <summary>
    /// The time fixes whose symptom the file shows, merged into one <see cref="TimeAxisFix"/>. A fix is recorded as
    /// fired only when it changed that fix: DecimalYear matches ELM-FATES' missing units but the decoder reads decimal
    /// years by itself (rule infer:decimal-years), so it has nothing to change and must not claim the result.
    /// </summary>
    private static TimeAxisFix? FixFor(ModelFixes fixes, string variable, string? units, List<FiredFix> fired)
    {
        var fix = new TimeAxisFix();
        foreach (var f in fixes.TimeFixesFor(variable, units))
        {
            var changed = f.Kind switch
            {
                TimeFixKind.MonthIndex => fix with { MonthIndexOrigin = ParseDate(f.Origin) },
                TimeFixKind.RewriteUnits => fix with { Units = f.Replacement },
                TimeFixKind.DefaultCalendar => CalendarNames.TryParse(f.Calendar, out var c) ? fix with { Calendar = c } : fix,
                _ => fix,
            };
            if (changed == fix) continue;
            fired.Add(new(FixIds.Of(fixes.Key, f), $"{fixes.Key}: time {f.Kind} ({f.Seen})"));
            fix = changed;
        }

        return fix == new TimeAxisFix() ? null : fix;
    }

    private static CfDate? ParseDate(string? iso)
    {
        if (iso is null) return null;
        var parts = iso.Split('-');
        return parts.Length >= 2 && int.TryParse(parts[0], out var y) && int.TryParse(parts[1], out var m)
            ? new CfDate(y, m, parts.Length > 2 && int.TryParse(parts[2], out var d) ? d : 1)
            : null;
    }

    private static TimeAxisPlan ToPlan(TimeAxis t, SourceAxis axis, string? sourceVariable)
    {
        var n = t.Count;
        var interval = new double[n];
        var month = new double[n];
        var year = new double[n];
        for (var i = 0; i < n; i++)
        {
            var s = t.Starts[i];
            interval[i] = (t.Bounds[(2 * i) + 1] - t.Bounds[2 * i]) * SecondsPerDay;
            var daysInYear = CalendarMath.DaysInYear(t.Calendar, s.Year);
            year[i] = daysInYear * SecondsPerDay;
            // A per-month unit on non-monthly steps (rare) uses the mean month of that year in that calendar:
            // a named decision, not a 30.4-day constant.
            month[i] = t.Frequency == TimeFrequency.Monthly
                ? CalendarMath.DaysInMonth(t.Calendar, s.Year, s.Month) * SecondsPerDay
                : year[i] / 12;
        }

        var stamp = t.PeriodStamp.Split('-');
        return new TimeAxisPlan(axis.Dimension, sourceVariable, [.. t.Time], [.. t.Bounds], TimeAxis.OutputUnits, t.CalendarName,
            t.Frequency, stamp[0], stamp.Length > 1 ? stamp[^1] : stamp[0], interval, month, year, t.Rule);
    }
}
