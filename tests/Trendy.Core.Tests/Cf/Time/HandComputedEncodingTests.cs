using Trendy.Core.Cf.Time;
using Trendy.Core.Diagnostics;

namespace Trendy.Core.Tests.Cf.Time;

/// <summary>
/// Forms cftime cannot decode (it raises for "years since", for "months since" outside 360_day, for "AD"
/// origins, ISAM's "%Y.%f" family and year-0 origins in standard/julian), so the expectations are worked out
/// by hand in the comments. Month/year fractions use the documented month-fraction scale (InstantDecoder).
/// </summary>
public sealed class HandComputedEncodingTests
{
    private static CfDate Decode(string units, CalendarKind calendar, double value)
    {
        var parsed = TimeUnitsParser.Parse(units, Where.Nowhere, new DiagnosticBag());
        Assert.NotNull(parsed);
        Assert.True(TimeValueDecoder.TryDecode(parsed, calendar, value, out var date), $"{units} {value}");
        return date;
    }

    [Theory]
    // CABLE-POP "months since 1700-1-16": origin sits 15/31 into January, so whole steps stay mid-month.
    [InlineData("months since 1700-1-16", CalendarKind.Standard, 0, "1700-01-16 00:00:00")]
    // 15/31 + 0.5 of January = 30.5 days in.
    [InlineData("months since 1700-1-16", CalendarKind.Standard, 0.5, "1700-01-31 12:00:00")]
    // February 1700 (28 days): 15/31 × 28 days = 1,170,580.6 s → 13 d 13:09:41.
    [InlineData("months since 1700-1-16", CalendarKind.Standard, 1, "1700-02-14 13:09:41")]
    // The half step stays in February: (15/31 + 0.5) × 28 days = 27 d 13:09:41.
    [InlineData("months since 1700-1-16", CalendarKind.Standard, 1.5, "1700-02-28 13:09:41")]
    // 3887 months after January 1700 is December 2023 (31 days): 15 days in.
    [InlineData("months since 1700-1-16", CalendarKind.NoLeap, 3887, "2023-12-16 00:00:00")]
    [InlineData("months since 1700-01-01", CalendarKind.NoLeap, 0.5, "1700-01-16 12:00:00")]
    [InlineData("months since 1700-01-01", CalendarKind.NoLeap, 1.5, "1700-02-15 00:00:00")]
    [InlineData("months since 1700-01-01", CalendarKind.AllLeap, 1.5, "1700-02-15 12:00:00")]
    // CABLE-POP "years since 1700-6-15 12:00:00": 165.5 of 365 days into 1700.
    [InlineData("years since 1700-6-15 12:00:00", CalendarKind.Standard, 0, "1700-06-15 12:00:00")]
    // 1704 has 366 days: 165.5/365 × 366 days = 14,338,376 s → 165 d 22:52:56 → 14 June.
    [InlineData("years since 1700-6-15 12:00:00", CalendarKind.Standard, 4, "1704-06-14 22:52:56")]
    [InlineData("years since 1700-6-15 12:00:00", CalendarKind.NoLeap, 323, "2023-06-15 12:00:00")]
    [InlineData("years since 0000-01-01", CalendarKind.Standard, 1700.5, "1700-07-02 12:00:00")]
    // VISIT: half of 2023 (365 days) = 182.5 days.
    [InlineData("years since AD 1700-Jan-1st", CalendarKind.Standard, 323.5, "2023-07-02 12:00:00")]
    [InlineData("years since AD 1700-Jan-1st", CalendarKind.Standard, 0, "1700-01-01 00:00:00")]
    // VISIT-UT v14: half of leap year 2000 (366 days) = 183 days.
    [InlineData("years since AD 0-Jan-1st", CalendarKind.Standard, 2000.5, "2000-07-02 00:00:00")]
    [InlineData("years since AD 0-Jan-1st", CalendarKind.Day360, 2000.25, "2000-04-01 00:00:00")]
    // ISAM: %Y.%f is a fraction of the stated year, %Y%m.%f of the stated month, %Y%m%d.%f of the day.
    [InlineData("year as %Y.%f", CalendarKind.NoLeap, 1700.5, "1700-07-02 12:00:00")]
    [InlineData("year as %Y.%f", CalendarKind.Standard, 2000, "2000-01-01 00:00:00")]
    [InlineData("month as %Y%m.%f", CalendarKind.NoLeap, 170001.5, "1700-01-16 12:00:00")]
    [InlineData("month as %Y%m.%f", CalendarKind.Standard, 170002.5, "1700-02-15 00:00:00")]
    [InlineData("month as %Y%m.%f", CalendarKind.Standard, 202312, "2023-12-01 00:00:00")]
    [InlineData("day as %Y%m%d.%f", CalendarKind.NoLeap, 17000115.5, "1700-01-15 12:00:00")]
    [InlineData("day as %Y%m%d.%f", CalendarKind.Day360, 17000230, "1700-02-30 00:00:00")]
    // UDUNITS common_year is a fixed 365 days: 4 of them end on 1 Jan 1704 in Gregorian years (none leap)
    // but on 31 Dec 1703 in Julian years (1700 is a Julian leap year).
    [InlineData("common_years since 1700-01-01", CalendarKind.Standard, 4, "1704-01-01 00:00:00")]
    [InlineData("common_years since 1700-01-01", CalendarKind.Julian, 4, "1703-12-31 00:00:00")]
    // Year 0 exists astronomically here (cftime refuses it in julian/standard); it is a Julian leap year.
    [InlineData("days since 0000-01-01", CalendarKind.Standard, 366, "0001-01-01 00:00:00")]
    [InlineData("days since 0000-01-01", CalendarKind.Julian, 365, "0000-12-31 00:00:00")]
    public void TryDecode_NonCftimeForm_MatchesHandComputation(string units, CalendarKind calendar, double value, string expected) =>
        Assert.Equal(expected, Decode(units, calendar, value).ToString());

    [Theory]
    [InlineData("month as %Y%m.%f", CalendarKind.Standard, 170013)] // month 13
    [InlineData("month as %Y%m.%f", CalendarKind.Standard, 170000)] // month 0
    [InlineData("day as %Y%m%d.%f", CalendarKind.NoLeap, 17000229)] // no 29 February in noleap
    [InlineData("day as %Y%m%d.%f", CalendarKind.Standard, 15821010)] // in the 1582 gap
    [InlineData("days since 1700-01-01", CalendarKind.Standard, 1e300)]
    public void TryDecode_ValueOutsideCalendar_ReturnsFalse(string units, CalendarKind calendar, double value)
    {
        var parsed = TimeUnitsParser.Parse(units, Where.Nowhere, new DiagnosticBag());
        Assert.NotNull(parsed);
        Assert.False(TimeValueDecoder.TryDecode(parsed, calendar, value, out _));
    }

    [Fact]
    public void TryDecode_OriginInGap_ReturnsFalse()
    {
        var parsed = TimeUnitsParser.Parse("days since 1582-10-10", Where.Nowhere, new DiagnosticBag());
        Assert.NotNull(parsed);
        Assert.False(TimeValueDecoder.TryDecode(parsed, CalendarKind.Standard, 0, out _));
        Assert.True(TimeValueDecoder.TryDecode(parsed, CalendarKind.ProlepticGregorian, 0, out var d));
        Assert.Equal(new CfDate(1582, 10, 10), d);
    }
}
