using System.Globalization;
using Trendy.Core.Cf.Time;
using Trendy.Core.Diagnostics;

namespace Trendy.Core.Tests.Cf.Time;

/// <summary>
/// Units strings × calendars × values against cftime 1.6.2 (reference/make_time_reference.py wrote the CSV).
/// </summary>
public sealed class TimeReferenceTableTests
{
    private static readonly Lazy<IReadOnlyList<string[]>> Rows = new(Load);

    [Fact]
    public void Table_HasAtLeast40UnitStringsAndEveryCalendarName()
    {
        Assert.True(Rows.Value.Select(r => r[0]).Distinct().Count() >= 40);
        Assert.Equal(9, Rows.Value.Select(r => r[1]).Distinct().Count());
    }

    [Theory]
    [InlineData("standard")]
    [InlineData("gregorian")]
    [InlineData("proleptic_gregorian")]
    [InlineData("julian")]
    [InlineData("noleap")]
    [InlineData("365_day")]
    [InlineData("all_leap")]
    [InlineData("366_day")]
    [InlineData("360_day")]
    public void TryDecode_EveryReferenceRowOfCalendar_MatchesCftime(string calendarName)
    {
        Assert.True(CalendarNames.TryParse(calendarName, out var calendar));
        var rows = Rows.Value.Where(r => r[1] == calendarName).ToList();
        Assert.NotEmpty(rows);
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var units = TimeUnitsParser.Parse(row[0], Where.Nowhere, new DiagnosticBag());
            var value = double.Parse(row[2], CultureInfo.InvariantCulture);
            if (units is null || !TimeValueDecoder.TryDecode(units, calendar, value, out var date))
                failures.Add($"'{row[0]}' {value}: not decoded");
            else if (date.ToString() != row[3])
                failures.Add($"'{row[0]}' {value}: {date} != {row[3]}");
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    private static List<string[]> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Cf", "Time", "reference", "time_reference.csv");
        return [.. File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(SplitCsv)];
    }

    // The generator quotes fields only when they contain a comma; none do today, but stay correct if one does.
    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else field.Append(c);
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
