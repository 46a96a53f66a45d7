using Trendy.Core.Cf.Time;
using Trendy.Core.Diagnostics;

namespace Trendy.Core.Tests.Cf.Time;

public sealed class TimeUnitsParserTests
{
    private static TimeUnits? Parse(string? text, out DiagnosticBag bag)
    {
        bag = new DiagnosticBag();
        return TimeUnitsParser.Parse(text, new Where("f.nc", "time"), bag);
    }

    [Theory]
    [InlineData("days since 1700-01-01", TimeUnit.Days, 1700, 1, 1, 0, 0, 0)]
    [InlineData("days since 0000-01-01", TimeUnit.Days, 0, 1, 1, 0, 0, 0)]
    [InlineData("days since 1-1-1", TimeUnit.Days, 1, 1, 1, 0, 0, 0)]
    [InlineData("days since 0001-01-01 00:00:00", TimeUnit.Days, 1, 1, 1, 0, 0, 0)]
    [InlineData("days since 1699-12-31", TimeUnit.Days, 1699, 12, 31, 0, 0, 0)]
    [InlineData("years since 1700-6-15 12:00:00", TimeUnit.Years, 1700, 6, 15, 12, 0, 0)]
    [InlineData("months since 1700-01-16", TimeUnit.Months, 1700, 1, 16, 0, 0, 0)]
    [InlineData("hours since 1901-01-01T00:00:00Z", TimeUnit.Hours, 1901, 1, 1, 0, 0, 0)]
    [InlineData("  Hours   SINCE 1701-7-1 6:30 ", TimeUnit.Hours, 1701, 7, 1, 6, 30, 0)]
    [InlineData("hrs since 1900-01-01 00:00:00 UTC", TimeUnit.Hours, 1900, 1, 1, 0, 0, 0)]
    [InlineData("h since 1900", TimeUnit.Hours, 1900, 1, 1, 0, 0, 0)]
    [InlineData("d since 2003-01", TimeUnit.Days, 2003, 1, 1, 0, 0, 0)]
    [InlineData("yr since 1700-01-01", TimeUnit.Years, 1700, 1, 1, 0, 0, 0)]
    [InlineData("yrs since 1700-01-01", TimeUnit.Years, 1700, 1, 1, 0, 0, 0)]
    [InlineData("mins since 1900-01-01 00:00:00.000", TimeUnit.Minutes, 1900, 1, 1, 0, 0, 0)]
    [InlineData("sec since 1970-01-01 00:00:00+00:00", TimeUnit.Seconds, 1970, 1, 1, 0, 0, 0)]
    [InlineData("common_years since 1700-01-01", TimeUnit.CommonYears, 1700, 1, 1, 0, 0, 0)]
    public void Parse_SinceForm_ReturnsUnitAndOrigin(string text, TimeUnit unit, int y, int mo, int d, int h, int mi, int s)
    {
        var units = Parse(text, out var bag);
        Assert.NotNull(units);
        Assert.Equal(TimeUnitsForm.Since, units.Form);
        Assert.Equal(unit, units.Unit);
        Assert.Equal(new CfDate(y, mo, d, h, mi, s), units.Origin);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void Parse_TrailingDoubleJunk_IgnoresItWithNote()
    {
        var units = Parse("days since 1700-01-01 00:00:00 (double)", out var bag);
        Assert.NotNull(units);
        Assert.Equal(new CfDate(1700, 1, 1), units.Origin);
        Assert.Equal("(double)", units.IgnoredSuffix);
        var note = Assert.Single(bag.Items);
        Assert.Equal(TimeCodes.SuffixIgnored, note.Code);
        Assert.Equal(Severity.Note, note.Severity);
    }

    [Theory]
    [InlineData("years since AD 1700-Jan-1st", 1700)] // VISIT
    [InlineData("years since AD 0-Jan-1st", 0)] // VISIT-UT v14
    [InlineData("Years since AD 1700-January-1", 1700)]
    public void Parse_AdForm_ReturnsSinceAdWithOrigin(string text, int year)
    {
        var units = Parse(text, out _);
        Assert.NotNull(units);
        Assert.Equal(TimeUnitsForm.SinceAd, units.Form);
        Assert.Equal(TimeUnit.Years, units.Unit);
        Assert.Equal(new CfDate(year, 1, 1), units.Origin);
        Assert.Equal("units:years-since-AD", units.RuleName);
    }

    [Theory]
    [InlineData("year as %Y.%f", TimeUnitsForm.YearFraction, "format:%Y.%f")]
    [InlineData("month as %Y%m.%f", TimeUnitsForm.YearMonthFraction, "format:%Y%m.%f")]
    [InlineData("day as %Y%m%d.%f", TimeUnitsForm.YearMonthDayFraction, "format:%Y%m%d.%f")]
    [InlineData("Day as %Y%m%d.%f", TimeUnitsForm.YearMonthDayFraction, "format:%Y%m%d.%f")]
    public void Parse_IsamFormat_ReturnsFormatForm(string text, TimeUnitsForm form, string rule)
    {
        var units = Parse(text, out _);
        Assert.NotNull(units);
        Assert.Equal(form, units.Form);
        Assert.Equal(rule, units.RuleName);
    }

    [Theory]
    [InlineData("yr", TimeUnit.Years)]
    [InlineData("years", TimeUnit.Years)]
    [InlineData("d", TimeUnit.Days)]
    public void Parse_BareUnit_ReturnsBareForm(string text, TimeUnit unit)
    {
        var units = Parse(text, out _);
        Assert.NotNull(units);
        Assert.Equal(TimeUnitsForm.Bare, units.Form);
        Assert.Equal(unit, units.Unit);
        Assert.Null(units.Origin);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("none")]
    public void Parse_Empty_ReturnsNoneWithoutDiagnostics(string? text)
    {
        var units = Parse(text, out var bag);
        Assert.Equal(TimeUnitsForm.None, units?.Form);
        Assert.Empty(bag.Items);
    }

    [Theory]
    [InlineData("fortnights since 1700-01-01", "a time unit")]
    [InlineData("days since yesterday", "an origin date")]
    [InlineData("days since 1700-13-01", "month 1-12")]
    [InlineData("days since 1700-01-01 25:00:00", "valid time of day")]
    [InlineData("days since 1700-01-01 00:00:00.5", "whole seconds")]
    [InlineData("days since 1700-01-01 00:00:00 +05:00", "UTC")]
    [InlineData("decade as %Y%j", "%Y.%f")]
    [InlineData("kg m-2 s-1", "<unit> since <date>")]
    [InlineData("years since AD 1700-Foo-1st", "AD 1700-Jan-1st")]
    public void Parse_Unparsable_ReturnsNullWithTime001(string text, string expectedFragment)
    {
        var units = Parse(text, out var bag);
        Assert.Null(units);
        var d = Assert.Single(bag.Items);
        Assert.Equal(TimeCodes.UnitsUnparsable, d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains(expectedFragment, d.Expected, StringComparison.Ordinal);
        Assert.Contains(text.Trim(), d.Found, StringComparison.Ordinal);
        Assert.Equal("units", d.Where.Attribute);
    }
}
