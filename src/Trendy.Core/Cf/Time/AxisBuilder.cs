namespace Trendy.Core.Cf.Time;

/// <summary>
/// Lays out <c>count</c> contiguous intervals from a first interval index and writes midpoints and edges in
/// days since 1850-01-01 of the calendar. Edges are integer day counts, so every midpoint is exact (x or x.5).
/// </summary>
internal static class AxisBuilder
{
    public static TimeAxis Build(
        string rule, TimeFrequency frequency, CalendarKind calendar, CalendarSource source,
        StampPlacement placement, long firstIndex, int count)
    {
        var starts = new CfDate[count];
        var ends = new CfDate[count];
        var time = new double[count];
        var bounds = new double[count * 2];
        var reference = CalendarMath.ToDayNumber(calendar, TimeAxis.OutputOrigin);

        var startDate = TimeInterval.StartOf(frequency, calendar, firstIndex);
        var startDay = CalendarMath.ToDayNumber(calendar, startDate) - reference;
        for (var i = 0; i < count; i++)
        {
            var endDate = TimeInterval.StartOf(frequency, calendar, firstIndex + i + 1);
            var endDay = CalendarMath.ToDayNumber(calendar, endDate) - reference;
            starts[i] = startDate;
            ends[i] = endDate;
            bounds[2 * i] = startDay;
            bounds[(2 * i) + 1] = endDay;
            time[i] = (startDay + endDay) / 2.0;
            startDate = endDate;
            startDay = endDay;
        }

        return new TimeAxis(rule, frequency, calendar, source, placement, starts, ends, time, bounds);
    }
}
