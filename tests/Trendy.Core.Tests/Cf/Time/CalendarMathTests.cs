using Trendy.Core.Cf.Time;

namespace Trendy.Core.Tests.Cf.Time;

public sealed class CalendarMathTests
{
    [Theory]
    [InlineData(CalendarKind.Standard, 1500, true)] // Julian rule before 1582: every 4th year
    [InlineData(CalendarKind.Standard, 1700, false)] // Gregorian after 1582: century not divisible by 400
    [InlineData(CalendarKind.Standard, 2000, true)]
    [InlineData(CalendarKind.Standard, 2023, false)]
    [InlineData(CalendarKind.ProlepticGregorian, 1500, false)]
    [InlineData(CalendarKind.ProlepticGregorian, 0, true)]
    [InlineData(CalendarKind.Julian, 1700, true)]
    [InlineData(CalendarKind.Julian, 1900, true)]
    [InlineData(CalendarKind.Julian, 1901, false)]
    [InlineData(CalendarKind.Julian, -4, true)]
    [InlineData(CalendarKind.NoLeap, 2000, false)]
    [InlineData(CalendarKind.AllLeap, 2001, true)]
    [InlineData(CalendarKind.Day360, 2000, false)]
    public void IsLeapYear_CalendarAndYear_FollowsCalendarRule(CalendarKind calendar, int year, bool expected) =>
        Assert.Equal(expected, CalendarMath.IsLeapYear(calendar, year));

    [Theory]
    [InlineData(CalendarKind.Standard, 1700, 2, 28)]
    [InlineData(CalendarKind.Standard, 1500, 2, 29)]
    [InlineData(CalendarKind.Standard, 1582, 10, 21)]
    [InlineData(CalendarKind.ProlepticGregorian, 1582, 10, 31)]
    [InlineData(CalendarKind.Julian, 1700, 2, 29)]
    [InlineData(CalendarKind.NoLeap, 2000, 2, 28)]
    [InlineData(CalendarKind.AllLeap, 2001, 2, 29)]
    [InlineData(CalendarKind.Day360, 2001, 2, 30)]
    [InlineData(CalendarKind.Day360, 2001, 1, 30)]
    [InlineData(CalendarKind.NoLeap, 2001, 12, 31)]
    public void DaysInMonth_CalendarMonth_ReturnsLength(CalendarKind calendar, int year, int month, int expected) =>
        Assert.Equal(expected, CalendarMath.DaysInMonth(calendar, year, month));

    [Theory]
    [InlineData(CalendarKind.Standard, 1582, 355)]
    [InlineData(CalendarKind.Standard, 1600, 366)]
    [InlineData(CalendarKind.Julian, 1582, 365)]
    [InlineData(CalendarKind.NoLeap, 1600, 365)]
    [InlineData(CalendarKind.AllLeap, 1601, 366)]
    [InlineData(CalendarKind.Day360, 1600, 360)]
    public void DaysInYear_CalendarYear_ReturnsLength(CalendarKind calendar, int year, int expected) =>
        Assert.Equal(expected, CalendarMath.DaysInYear(calendar, year));

    [Fact]
    public void DaysBetween_StandardAcrossGap_IsOneDay()
    {
        var days = CalendarMath.DaysBetween(CalendarKind.Standard, new CfDate(1582, 10, 4), new CfDate(1582, 10, 15));
        Assert.Equal(1, days);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(14)]
    public void IsValid_StandardDateInGap_IsFalse(int day)
    {
        Assert.False(CalendarMath.IsValid(CalendarKind.Standard, new CfDate(1582, 10, day)));
        Assert.True(CalendarMath.IsValid(CalendarKind.ProlepticGregorian, new CfDate(1582, 10, day)));
    }

    [Fact]
    public void FromDayNumber_DayAfterLastJulianDay_IsFirstGregorianDay()
    {
        var dn = CalendarMath.ToDayNumber(CalendarKind.Standard, 1582, 10, 4);
        Assert.Equal(new CfDate(1582, 10, 15), CalendarMath.FromDayNumber(CalendarKind.Standard, dn + 1));
    }

    [Theory]
    [InlineData(CalendarKind.Standard, -54786)] // 150 years, 36 Gregorian leap days (1704…1848 without 1800)
    [InlineData(CalendarKind.ProlepticGregorian, -54786)]
    [InlineData(CalendarKind.Julian, -54788)] // 38 Julian leap years: 1700, 1704, …, 1848
    [InlineData(CalendarKind.NoLeap, -54750)]
    [InlineData(CalendarKind.AllLeap, -54900)]
    [InlineData(CalendarKind.Day360, -54000)]
    public void DaysBetween_1850To1700_MatchesHandCount(CalendarKind calendar, long expected) =>
        Assert.Equal(expected, CalendarMath.DaysBetween(calendar, new CfDate(1850, 1, 1), new CfDate(1700, 1, 1)));

    [Fact]
    public void ToDayNumber_ProlepticGregorian_AgreesWithDotNetDateTime()
    {
        // System.DateTime is proleptic Gregorian from year 1: an independent reference.
        var baseDn = CalendarMath.ToDayNumber(CalendarKind.ProlepticGregorian, 1, 1, 1);
        for (var day = new DateTime(1, 1, 1); day.Year < 9999; day = day.AddDays(97))
        {
            var dn = CalendarMath.ToDayNumber(CalendarKind.ProlepticGregorian, day.Year, day.Month, day.Day);
            Assert.Equal((long)(day - new DateTime(1, 1, 1)).TotalDays, dn - baseDn);
        }
    }

    [Theory]
    [InlineData(CalendarKind.Standard)]
    [InlineData(CalendarKind.ProlepticGregorian)]
    [InlineData(CalendarKind.Julian)]
    [InlineData(CalendarKind.NoLeap)]
    [InlineData(CalendarKind.AllLeap)]
    [InlineData(CalendarKind.Day360)]
    public void FromDayNumber_EveryDayInEdgeDecades_RoundTripsAndIsConsecutive(CalendarKind calendar)
    {
        // Year 0 and negatives, the 1582 gap, and the century years 1700/1800/1900/2000.
        foreach (var (from, to) in new[] { (-5, 5), (1575, 1590), (1695, 1705), (1795, 1805), (1895, 1905), (1995, 2005) })
        {
            var dn = CalendarMath.ToDayNumber(calendar, from, 1, 1);
            var end = CalendarMath.ToDayNumber(calendar, to, 12, 31);
            var previous = CalendarMath.FromDayNumber(calendar, dn - 1);
            Assert.Equal(new CfDate(from - 1, 12, calendar == CalendarKind.Day360 ? 30 : 31), previous);
            for (; dn <= end; dn++)
            {
                var date = CalendarMath.FromDayNumber(calendar, dn);
                Assert.True(CalendarMath.IsValid(calendar, date), date.ToString());
                Assert.Equal(dn, CalendarMath.ToDayNumber(calendar, date));
                var sameMonth = date.Year == previous.Year && date.Month == previous.Month;
                var gapJump = calendar == CalendarKind.Standard && date == new CfDate(1582, 10, 15);
                Assert.True(sameMonth ? date.Day == previous.Day + 1 || gapJump : date.Day == 1, $"{previous} -> {date}");
                previous = date;
            }
        }
    }

    [Theory]
    [InlineData(CalendarKind.Standard, 1700, 1, 31, 1, 1700, 2, 28)]
    [InlineData(CalendarKind.Standard, 1704, 1, 31, 1, 1704, 2, 29)]
    [InlineData(CalendarKind.Day360, 1704, 1, 30, 1, 1704, 2, 30)]
    [InlineData(CalendarKind.NoLeap, 1700, 1, 16, 3887, 2023, 12, 16)]
    [InlineData(CalendarKind.NoLeap, 1700, 1, 16, -1, 1699, 12, 16)]
    [InlineData(CalendarKind.NoLeap, 0, 3, 1, -3, -1, 12, 1)]
    [InlineData(CalendarKind.Standard, 1582, 9, 10, 1, 1582, 10, 15)] // day 10 falls in the gap
    public void AddMonths_Date_ClampsDayAndCarriesYear(CalendarKind calendar, int y, int m, int d, long months, int ey, int em, int ed) =>
        Assert.Equal(new CfDate(ey, em, ed), CalendarMath.AddMonths(calendar, new CfDate(y, m, d), months));

    [Fact]
    public void AddYears_Feb29IntoCommonYear_ClampsTo28()
    {
        var date = CalendarMath.AddYears(CalendarKind.Standard, new CfDate(2000, 2, 29, 6), 1);
        Assert.Equal(new CfDate(2001, 2, 28, 6), date);
    }

    [Fact]
    public void FromSeconds_NegativeSecondOfDay_BorrowsFromPreviousDay()
    {
        var seconds = CalendarMath.ToSeconds(CalendarKind.NoLeap, new CfDate(1700, 1, 1)) - 1;
        Assert.Equal(new CfDate(1699, 12, 31, 23, 59, 59), CalendarMath.FromSeconds(CalendarKind.NoLeap, seconds));
    }

    [Fact]
    public void SecondsBetween_NoonToMidnight_IsHalfDay() =>
        Assert.Equal(43_200, CalendarMath.SecondsBetween(CalendarKind.Day360, new CfDate(1, 2, 30, 12), new CfDate(1, 3, 1)));
}
