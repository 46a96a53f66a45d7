using Trendy.Core.Cf.Time;

namespace Trendy.Core.Tests.Cf.Time;

/// <summary>
/// Builds raw time values the way model writers do, from month lengths written out here (not from
/// CalendarMath) and from System.DateTime for the Gregorian years, so the tests do not check the code against itself.
/// </summary>
internal static class TimeAxisTestData
{
    private static readonly int[] NoLeapMonths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    /// <summary>Days since the first month's start to the start of each of <paramref name="count"/>+1 months.</summary>
    public static double[] MonthEdges(CalendarKind calendar, int startYear, int count)
    {
        var edges = new double[count + 1];
        var day = 0.0;
        for (var i = 0; i <= count; i++)
        {
            edges[i] = day;
            var year = startYear + (i / 12);
            var month = (i % 12) + 1;
            day += calendar switch
            {
                CalendarKind.NoLeap => NoLeapMonths[month - 1],
                CalendarKind.Day360 => 30,
                CalendarKind.AllLeap => month == 2 ? 29 : NoLeapMonths[month - 1],
                _ => DateTime.DaysInMonth(year, month),
            };
        }

        return edges;
    }

    public static double[] MonthStarts(CalendarKind calendar, int startYear, int count, double offset = 0) =>
        [.. MonthEdges(calendar, startYear, count).Take(count).Select(v => v + offset)];

    public static double[] MonthMiddles(CalendarKind calendar, int startYear, int count, double offset = 0)
    {
        var e = MonthEdges(calendar, startYear, count);
        return [.. Enumerable.Range(0, count).Select(i => ((e[i] + e[i + 1]) / 2) + offset)];
    }

    public static double[] MonthEnds(CalendarKind calendar, int startYear, int count, double offset = 0) =>
        [.. MonthEdges(calendar, startYear, count).Skip(1).Select(v => v + offset)];

    public static double[] Range(double first, int count, double step = 1) =>
        [.. Enumerable.Range(0, count).Select(i => first + (i * step))];

    public static void AssertContiguous(TimeAxis axis)
    {
        Assert.Equal(axis.Count * 2, axis.Bounds.Count);
        for (var i = 0; i < axis.Count; i++)
        {
            Assert.True(axis.Bounds[2 * i] < axis.Bounds[(2 * i) + 1]);
            Assert.Equal((axis.Bounds[2 * i] + axis.Bounds[(2 * i) + 1]) / 2, axis.Time[i]);
            if (i > 0) Assert.Equal(axis.Bounds[(2 * i) - 1], axis.Bounds[2 * i]);
        }
    }
}
