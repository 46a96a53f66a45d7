using Trendy.Core.Cf.Time;
using Trendy.Core.Diagnostics;
using static Trendy.Core.Tests.Cf.Time.TimeAxisTestData;

namespace Trendy.Core.Tests.Cf.Time;

public sealed class TimeAxisDecoderTests
{
    private static readonly Where Here = new("x_S3_gpp.nc", "time");

    private static TimeAxis DecodeOk(TimeAxisRequest request)
    {
        var result = TimeAxisDecoder.Decode(request with { Where = Here });
        Assert.True(result.Succeeded, string.Join("; ", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        AssertContiguous(result.Axis!);
        return result.Axis!;
    }

    [Fact]
    public void Decode_MidMonthNoLeap1700To2023_GivesMonthlyAxisInDaysSince1850()
    {
        var axis = DecodeOk(new TimeAxisRequest(MonthMiddles(CalendarKind.NoLeap, 1700, 3888), "days since 1700-01-01", "noleap"));

        Assert.Equal("units:days-since", axis.Rule);
        Assert.Equal(TimeFrequency.Monthly, axis.Frequency);
        Assert.Equal(StampPlacement.Inside, axis.Placement);
        Assert.Equal(CalendarKind.NoLeap, axis.Calendar);
        Assert.Equal(CalendarSource.Attribute, axis.CalendarSource);
        Assert.Equal("noleap", axis.CalendarName);
        Assert.Equal(new CfDate(1700, 1, 1), axis.First);
        Assert.Equal(new CfDate(2023, 12, 1), axis.Last);
        Assert.Equal("170001-202312", axis.PeriodStamp);
        Assert.Equal(-54750, axis.Bounds[0]); // 150 × 365
        Assert.Equal(-54719, axis.Bounds[1]);
        Assert.Equal(-54734.5, axis.Time[0]);
        Assert.Equal(-54705, axis.Time[1]); // February: 31 + 14 days after 1700-01-01
        Assert.Equal(174 * 365, axis.Bounds[^1]); // 2024-01-01
        Assert.Equal("days since 1850-01-01 00:00:00", TimeAxis.OutputUnits);
    }

    [Fact]
    public void Decode_StartStampedStandard1850_GivesStartPlacementAndExactMidpoints()
    {
        var axis = DecodeOk(new TimeAxisRequest(MonthStarts(CalendarKind.Standard, 1850, 24), "days since 1850-01-01", "gregorian"));

        Assert.Equal(StampPlacement.Start, axis.Placement);
        Assert.Equal("units:days-since", axis.Rule);
        Assert.Equal(CalendarKind.Standard, axis.Calendar);
        Assert.Equal([15.5, 45, 74.5], axis.Time.Take(3));
        Assert.Equal(new CfDate(1851, 12, 1), axis.Last);
        Assert.Equal(new CfDate(1852, 1, 1), axis.Ends[^1]);
        Assert.Equal(730, axis.Bounds[^1]);
    }

    [Fact]
    public void Decode_HoursSinceMidMonth360Day_GivesMonthlyAxis()
    {
        var hours = MonthMiddles(CalendarKind.Day360, 1701, 36).Select(d => (d + 15) * 24).ToArray(); // origin 1701-01-16
        var axis = DecodeOk(new TimeAxisRequest(hours, "hours since 1701-01-16", "360_day"));

        Assert.Equal("units:hours-since", axis.Rule);
        Assert.Equal(new CfDate(1701, 2, 1), axis.First); // 1701-01-16 + 15 days = 1 February
        Assert.Equal(-(149 * 360) + 30, axis.Bounds[0]);
    }

    [Fact]
    public void Decode_CablePopMonthsSinceWithoutCalendar_UsesStandardDefault()
    {
        var result = TimeAxisDecoder.Decode(new TimeAxisRequest(Range(0, 3888), "months since 1700-1-16", null));

        var axis = result.Axis!;
        Assert.Equal("units:months-since", axis.Rule);
        Assert.Equal(TimeFrequency.Monthly, axis.Frequency);
        Assert.Equal(CalendarKind.Standard, axis.Calendar);
        Assert.Equal(CalendarSource.Default, axis.CalendarSource);
        Assert.Equal("170001-202312", axis.PeriodStamp);
        Assert.Equal(-54786, axis.Bounds[0]);
        var note = Assert.Single(result.Diagnostics);
        Assert.Equal(TimeCodes.CalendarChosen, note.Code);
        Assert.Equal(Severity.Note, note.Severity);
    }

    [Fact]
    public void Decode_CablePopYearsSinceMidJune_GivesAnnualAxis()
    {
        var axis = DecodeOk(new TimeAxisRequest(Range(0, 324), "years since 1700-6-15 12:00:00", "standard"));

        Assert.Equal("units:years-since", axis.Rule);
        Assert.Equal(TimeFrequency.Annual, axis.Frequency);
        Assert.Equal("1700-2023", axis.PeriodStamp);
        Assert.Equal(-54786, axis.Bounds[0]);
        Assert.Equal(-54786 + 182.5, axis.Time[0]);
        Assert.Equal(-54786 + 365 + 182.5, axis.Time[1]);
        Assert.Equal(-54786 + (4 * 365) + 183, axis.Time[4]); // 1704 is a leap year
    }

    [Theory]
    [InlineData("years since AD 1700-Jan-1st", 0.5, "units:years-since-AD")] // VISIT
    [InlineData("years since AD 0-Jan-1st", 1700.5, "units:years-since-AD")] // VISIT-UT v14
    [InlineData("years since 0000-01-01", 1700, "units:years-since")]
    [InlineData("year as %Y.%f", 1700.5, "format:%Y.%f")] // ISAM
    [InlineData("yr", 1700.5, "units:bare-years-as-%Y.%f")] // CLM example
    [InlineData(null, 1700.5, "infer:decimal-years")] // ELM-FATES v14
    public void Decode_YearEncodings_GiveAnnualAxisFrom1700(string? units, double first, string rule)
    {
        var result = TimeAxisDecoder.Decode(new TimeAxisRequest(Range(first, 324), units, "noleap"));

        var axis = result.Axis!;
        Assert.Equal(rule, axis.Rule);
        Assert.Equal(TimeFrequency.Annual, axis.Frequency);
        Assert.Equal("1700-2023", axis.PeriodStamp);
        Assert.Equal(-54750, axis.Bounds[0]);
        Assert.Equal(-54750 + 182.5, axis.Time[0]);
    }

    [Fact]
    public void Decode_IsamYearMonthFormat_GivesMonthlyAxis()
    {
        var values = Enumerable.Range(0, 24).Select(i => ((1700 + (i / 12)) * 100) + (i % 12) + 1 + 0.5).ToArray();
        var axis = DecodeOk(new TimeAxisRequest(values, "month as %Y%m.%f", "noleap"));

        Assert.Equal("format:%Y%m.%f", axis.Rule);
        Assert.Equal("170001-170112", axis.PeriodStamp);
    }

    [Fact]
    public void Decode_IsamDayFormat_GivesDailyAxis()
    {
        var values = Enumerable.Range(0, 59).Select(i => i < 31 ? 17000101.0 + i : 17000201.0 + i - 31).ToArray();
        var axis = DecodeOk(new TimeAxisRequest(values, "day as %Y%m%d.%f", "noleap"));

        Assert.Equal(TimeFrequency.Daily, axis.Frequency);
        Assert.Equal("17000101-17000228", axis.PeriodStamp);
        Assert.Equal(-54750.0 + 58.5, axis.Time[^1]);
    }

    [Fact]
    public void Decode_DaysSinceDaily2000_GivesDailyAxisThroughLeapDay()
    {
        var axis = DecodeOk(new TimeAxisRequest(Range(0.5, 366), "days since 2000-01-01", "standard"));

        Assert.Equal(TimeFrequency.Daily, axis.Frequency);
        Assert.Equal("20000101-20001231", axis.PeriodStamp);
        Assert.Equal(new CfDate(2000, 2, 29), axis.Starts[59]);
        Assert.Equal((new DateTime(2000, 1, 1) - new DateTime(1850, 1, 1)).TotalDays, axis.Bounds[0]); // 54,786: 36 leap days (1900 is not)
    }

    [Fact]
    public void Decode_SecondsSinceAnnual_GivesAnnualAxis()
    {
        var values = Range(0, 10).Select(i => (i * 365 + 182) * 86400.0).ToArray();
        var axis = DecodeOk(new TimeAxisRequest(values, "seconds since 1901-01-01 00:00:00", "365_day"));

        Assert.Equal("units:seconds-since", axis.Rule);
        Assert.Equal("1901-1910", axis.PeriodStamp);
        Assert.Equal(CalendarKind.NoLeap, axis.Calendar);
    }

    [Fact]
    public void Decode_ExpectedEndYearDiffers_WarnsTime014()
    {
        var result = TimeAxisDecoder.Decode(new TimeAxisRequest(Range(0, 324), "years since 1700-01-01", "noleap") { ExpectedEndYear = 2024 });

        Assert.True(result.Succeeded);
        var w = Assert.Single(result.Diagnostics, d => d.Code == TimeCodes.EndYearMismatch);
        Assert.Equal(Severity.Warning, w.Severity);
    }

    [Fact]
    public void Decode_CalendarNone_IsTreatedAsMissingWithoutWarning()
    {
        var result = TimeAxisDecoder.Decode(new TimeAxisRequest(Range(0, 12), "months since 1700-01-01", "none"));

        Assert.Equal(CalendarSource.Default, result.Axis!.CalendarSource);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == TimeCodes.CalendarUnknown);
    }

    [Fact]
    public void Decode_CalendarUnknownName_WarnsTime003AndDefaults()
    {
        var result = TimeAxisDecoder.Decode(new TimeAxisRequest(Range(0, 12), "months since 1700-01-01", "mayan"));

        Assert.Equal(CalendarKind.Standard, result.Axis!.Calendar);
        var w = Assert.Single(result.Diagnostics, d => d.Code == TimeCodes.CalendarUnknown);
        Assert.Equal("calendar", w.Where.Attribute);
    }
}
