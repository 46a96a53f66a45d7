using Trendy.Core.Cf.Time;
using Trendy.Core.Diagnostics;
using static Trendy.Core.Tests.Cf.Time.TimeAxisTestData;

namespace Trendy.Core.Tests.Cf.Time;

public sealed class TimeAxisStampingTests
{
    [Fact]
    public void Decode_EndStampedMonthlyFromOrigin_ShiftsBackAndNamesRule()
    {
        // days since 1700-01-01 with 31, 59, 90, … (each value is the first of the next month).
        var values = MonthEnds(CalendarKind.NoLeap, 1700, 24);
        Assert.Equal([31, 59, 90], values.Take(3));
        var result = TimeAxisDecoder.Decode(new TimeAxisRequest(values, "days since 1700-01-01", "noleap"));

        var axis = result.Axis!;
        Assert.Equal("units:days-since+end-stamped", axis.Rule);
        Assert.Equal(StampPlacement.End, axis.Placement);
        Assert.Equal(new CfDate(1700, 1, 1), axis.First);
        Assert.Equal(new CfDate(1701, 12, 1), axis.Last);
        Assert.Equal(-54734.5, axis.Time[0]);
        Assert.Contains(result.Diagnostics, d => d.Code == TimeCodes.EndStamped && d.Severity == Severity.Note);
    }

    [Fact]
    public void Decode_EndStampedMonthlyStartingFebruary_ShiftsBackWithoutOriginEvidence()
    {
        var values = MonthEnds(CalendarKind.NoLeap, 1700, 12, offset: 365); // origin 1699-01-01, first 1700-02-01
        var axis = TimeAxisDecoder.Decode(new TimeAxisRequest(values, "days since 1699-01-01", "noleap")).Axis!;

        Assert.Equal(StampPlacement.End, axis.Placement);
        Assert.Equal("170001-170012", axis.PeriodStamp);
    }

    [Fact]
    public void Decode_AnnualOnJan1EndingYearAfterRelease_IsEndStampedByEndYear()
    {
        // 1701-01-01 … 2024-01-01 from an origin that gives no hint; release v13 ends in 2023.
        var values = Range(101 * 365, 324, 365);
        var request = new TimeAxisRequest(values, "days since 1600-01-01", "noleap") { ExpectedEndYear = 2023 };

        var axis = TimeAxisDecoder.Decode(request).Axis!;

        Assert.Equal(StampPlacement.End, axis.Placement);
        Assert.Equal("1700-2023", axis.PeriodStamp);
    }

    [Fact]
    public void Decode_AnnualOnJan1WithoutEndYear_IsStartStamped()
    {
        var values = Range(101 * 365, 323, 365); // 1701-01-01 … 2023-01-01
        var axis = TimeAxisDecoder.Decode(new TimeAxisRequest(values, "days since 1600-01-01", "noleap")).Axis!;

        Assert.Equal(StampPlacement.Start, axis.Placement);
        Assert.Equal("1701-2023", axis.PeriodStamp);
    }

    [Fact]
    public void Decode_AnnualOneYearAfterOrigin_IsEndStamped()
    {
        var axis = TimeAxisDecoder.Decode(new TimeAxisRequest(Range(365, 5, 365), "days since 1700-01-01", "noleap")).Axis!;

        Assert.Equal(StampPlacement.End, axis.Placement);
        Assert.Equal("1700-1704", axis.PeriodStamp);
    }

    [Fact]
    public void Decode_MonthlyStartStampedEndingInReleaseYear_IsNotShifted()
    {
        var values = MonthStarts(CalendarKind.NoLeap, 1700, 3888, offset: 0);
        var request = new TimeAxisRequest(values, "days since 1700-01-01", "noleap") { ExpectedEndYear = 2023 };

        var result = TimeAxisDecoder.Decode(request);

        Assert.Equal(StampPlacement.Start, result.Axis!.Placement);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Decode_SourceBounds_AssignsByBoundsMidpoint()
    {
        // End-stamped values would be read as January without bounds (origin evidence); the bounds say otherwise.
        var edges = MonthEdges(CalendarKind.NoLeap, 1700, 12);
        var values = edges.Skip(1).ToArray();
        var bounds = Enumerable.Range(0, 12).SelectMany(i => new[] { edges[i], edges[i + 1] }).ToArray();

        var axis = TimeAxisDecoder.Decode(new TimeAxisRequest(values, "days since 1700-01-01", "noleap") { Bounds = bounds }).Axis!;

        Assert.Equal("units:days-since+source-bounds", axis.Rule);
        Assert.Equal(StampPlacement.Bounds, axis.Placement);
        Assert.Equal(new CfDate(1700, 1, 1), axis.First);
    }

    [Fact]
    public void Decode_SourceBoundsWrongLength_WarnsTime013AndUsesValues()
    {
        var values = MonthMiddles(CalendarKind.NoLeap, 1700, 12);
        var result = TimeAxisDecoder.Decode(new TimeAxisRequest(values, "days since 1700-01-01", "noleap") { Bounds = [0, 31, 31] });

        Assert.Equal(StampPlacement.Inside, result.Axis!.Placement);
        Assert.Contains(result.Diagnostics, d => d.Code == TimeCodes.BoundsIgnored && d.Severity == Severity.Warning);
    }

    [Fact]
    public void Decode_SingleStepWithBounds_UsesBoundsWidthForFrequency()
    {
        var axis = TimeAxisDecoder.Decode(new TimeAxisRequest([15.5], "days since 1850-01-01", "noleap") { Bounds = [0, 31] }).Axis!;

        Assert.Equal(TimeFrequency.Monthly, axis.Frequency);
        Assert.Equal("185001-185001", axis.PeriodStamp);
    }

    [Theory]
    [InlineData(CalendarKind.NoLeap, 120, CalendarKind.NoLeap, CalendarSource.Inferred)] // 10 years, never a 29-day February
    [InlineData(CalendarKind.AllLeap, 120, CalendarKind.AllLeap, CalendarSource.Inferred)]
    [InlineData(CalendarKind.Day360, 24, CalendarKind.Day360, CalendarSource.Inferred)] // 30-day months throughout
    [InlineData(CalendarKind.Standard, 120, CalendarKind.Standard, CalendarSource.Default)] // leap years present: not noleap
    [InlineData(CalendarKind.NoLeap, 60, CalendarKind.Standard, CalendarSource.Default)] // 5 years: too few to rule out standard
    public void Decode_MissingCalendarMonthly_InfersOnlyWhenUnambiguous(CalendarKind written, int months, CalendarKind expected, CalendarSource source)
    {
        var values = MonthMiddles(written, 1901, months);
        var result = TimeAxisDecoder.Decode(new TimeAxisRequest(values, "days since 1901-01-01", null));

        var axis = result.Axis!;
        Assert.Equal(expected, axis.Calendar);
        Assert.Equal(source, axis.CalendarSource);
        Assert.Contains(result.Diagnostics, d => d.Code == TimeCodes.CalendarChosen);
    }

    [Fact]
    public void Decode_MissingCalendarStartStampedNoLeapDecodedAsStandard_WouldNotBeContiguous()
    {
        // Why inference matters: noleap month starts read in standard land on 1904-02-29 instead of 03-01,
        // so February holds two steps and March none.
        var values = MonthStarts(CalendarKind.NoLeap, 1901, 60);
        var result = TimeAxisDecoder.Decode(new TimeAxisRequest(values, "days since 1901-01-01", "standard"));
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(TimeCodes.NotContiguous, error.Code);
        Assert.Contains("1904-02", error.Found, StringComparison.Ordinal);

        var inferred = TimeAxisDecoder.Decode(new TimeAxisRequest(MonthStarts(CalendarKind.NoLeap, 1901, 120), "days since 1901-01-01", null)).Axis!;
        Assert.Equal(CalendarKind.NoLeap, inferred.Calendar);
        Assert.Equal(StampPlacement.Start, inferred.Placement);
    }

    [Fact]
    public void Decode_MissingCalendarAnnualNoLeap_InfersNoLeap()
    {
        var axis = TimeAxisDecoder.Decode(new TimeAxisRequest(Range(182.5, 12, 365), "days since 1700-01-01", null)).Axis!;

        Assert.Equal(CalendarKind.NoLeap, axis.Calendar);
        Assert.Equal(CalendarSource.Inferred, axis.CalendarSource);
        Assert.Equal("1700-1711", axis.PeriodStamp);
    }
}
