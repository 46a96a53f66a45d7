using Trendy.Core.Cf.Time;
using Trendy.Core.Diagnostics;
using static Trendy.Core.Tests.Cf.Time.TimeAxisTestData;

namespace Trendy.Core.Tests.Cf.Time;

public sealed class TimeAxisFallbackTests
{
    [Theory]
    [InlineData(3888, TimeFrequency.Monthly, "170001-202312")]
    [InlineData(324, TimeFrequency.Annual, "1700-2023")]
    [InlineData(3876, TimeFrequency.Monthly, "170101-202312")]
    [InlineData(1968, TimeFrequency.Monthly, "186001-202312")]
    [InlineData(164, TimeFrequency.Annual, "1860-2023")]
    [InlineData(1488, TimeFrequency.Monthly, "190001-202312")]
    public void Decode_NoUnitsKnownStepCount_FallsBackAndSaysSo(int count, TimeFrequency frequency, string period)
    {
        var request = new TimeAxisRequest(Range(0, count), null, null) { ExpectedEndYear = 2023 };

        var result = TimeAxisDecoder.Decode(request);

        var axis = result.Axis!;
        Assert.Equal($"fallback:step-count-{count}", axis.Rule);
        Assert.Equal(frequency, axis.Frequency);
        Assert.Equal(period, axis.PeriodStamp);
        Assert.Equal(StampPlacement.Grid, axis.Placement);
        Assert.Equal(CalendarKind.Standard, axis.Calendar);
        AssertContiguous(axis);
        Assert.Contains(result.Diagnostics, d => d.Code == TimeCodes.FallbackUsed && d.Severity == Severity.Warning);
        Assert.Contains(result.Diagnostics, d => d.Code == TimeCodes.UnitsMissing && d.Severity == Severity.Warning);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Decode_IsamAllZeroTimes_FallsBackWithTime007()
    {
        var result = TimeAxisDecoder.Decode(new TimeAxisRequest(new double[324], "year as %Y.%f", "noleap"));

        Assert.Equal("fallback:step-count-324", result.Axis!.Rule);
        Assert.Equal(CalendarKind.NoLeap, result.Axis.Calendar);
        Assert.Equal(-54750, result.Axis.Bounds[0]);
        Assert.Contains(result.Diagnostics, d => d.Code == TimeCodes.AllEqual);
    }

    [Fact]
    public void Decode_FallbackEndYearMismatch_ReportsTime008()
    {
        var request = new TimeAxisRequest(new double[324], "year as %Y.%f", "noleap") { ExpectedEndYear = 2024 };

        var result = TimeAxisDecoder.Decode(request);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(TimeCodes.NoRule, error.Code);
        Assert.Contains("ending in 2024", error.Expected, StringComparison.Ordinal);
        Assert.Contains("324 steps", error.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_UnparsableUnitsUnknownCount_ReportsTime001AndTime008()
    {
        var result = TimeAxisDecoder.Decode(new TimeAxisRequest(Range(0, 100), "kg m-2", "standard"));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == TimeCodes.UnitsUnparsable && d.Severity == Severity.Error);
        Assert.Contains(result.Diagnostics, d => d.Code == TimeCodes.NoRule && d.Severity == Severity.Error);
    }

    [Fact]
    public void Decode_UnparsableUnitsKnownCount_DowngradesParseErrorToWarning()
    {
        var result = TimeAxisDecoder.Decode(new TimeAxisRequest(Range(0, 3888), "kg m-2", "standard"));

        Assert.Equal("fallback:step-count-3888", result.Axis!.Rule);
        Assert.Contains(result.Diagnostics, d => d.Code == TimeCodes.UnitsUnparsable && d.Severity == Severity.Warning);
    }

    [Fact]
    public void Decode_NonMonotonicWithValidUnits_ReportsTime006EvenWhenCountFits()
    {
        var values = Range(0, 3888);
        values[100] = 5;
        var result = TimeAxisDecoder.Decode(new TimeAxisRequest(values, "days since 1700-01-01", "noleap"));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(TimeCodes.NotMonotonic, error.Code);
        Assert.Contains("step 100 decreases", error.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_DuplicatedTime_ReportsTime006Repeats()
    {
        var result = TimeAxisDecoder.Decode(new TimeAxisRequest([15.5, 45, 45, 74.5], "days since 1700-01-01", "noleap"));

        Assert.Equal(TimeCodes.NotMonotonic, Assert.Single(result.Diagnostics).Code);
        Assert.Contains("repeats", result.Diagnostics[0].Found, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NaNTime_ReportsTime005()
    {
        var result = TimeAxisDecoder.Decode(new TimeAxisRequest([15.5, double.NaN], null, null));

        Assert.False(result.Succeeded);
        Assert.Equal(TimeCodes.NotFinite, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Decode_Empty_ReportsTime016() =>
        Assert.Equal(TimeCodes.Empty, Assert.Single(TimeAxisDecoder.Decode(new TimeAxisRequest([], "days since 1700-01-01", null)).Diagnostics).Code);

    [Fact]
    public void Decode_MissingMonth_ReportsTime010WithBothMonths()
    {
        var values = MonthMiddles(CalendarKind.NoLeap, 1700, 12).Where((_, i) => i != 5).ToArray();
        var result = TimeAxisDecoder.Decode(new TimeAxisRequest(values, "days since 1700-01-01", "noleap"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(TimeCodes.NotContiguous, error.Code);
        Assert.Contains("1700-05", error.Found, StringComparison.Ordinal);
        Assert.Contains("1700-07", error.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_FiveDaySteps_ReportsTime009()
    {
        var result = TimeAxisDecoder.Decode(new TimeAxisRequest(Range(0, 20, 5), "days since 1700-01-01", "noleap"));

        Assert.Equal(TimeCodes.UnsupportedFrequency, Assert.Single(result.Diagnostics).Code);
        Assert.Contains("5 days", result.Diagnostics[0].Found, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_OriginInGap_ReportsTime011()
    {
        var result = TimeAxisDecoder.Decode(new TimeAxisRequest([0, 31], "days since 1582-10-10", "standard"));

        Assert.Equal(TimeCodes.InvalidDate, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Decode_YearMonthFormatMonth13_ReportsTime011()
    {
        var result = TimeAxisDecoder.Decode(new TimeAxisRequest([170011.5, 170012.5, 170013.5], "month as %Y%m.%f", "noleap"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(TimeCodes.InvalidDate, error.Code);
        Assert.Contains("step 2", error.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_CardamomMonthIndexFix_CountsFrom2003()
    {
        var fix = new TimeAxisFix(MonthIndexOrigin: new CfDate(2003, 1, 1));
        var request = new TimeAxisRequest(Range(1, 252), "d", null) { Fix = fix, ExpectedEndYear = 2023 };

        var result = TimeAxisDecoder.Decode(request);

        var axis = result.Axis!;
        Assert.Equal("fix:month-index-origin", axis.Rule);
        Assert.Equal("200301-202312", axis.PeriodStamp);
        Assert.Equal(CalendarSource.Default, axis.CalendarSource);
        Assert.Contains(result.Diagnostics, d => d.Code == TimeCodes.CalendarChosen);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != Severity.Note);
    }

    [Fact]
    public void Decode_MonthIndexFixFractionalIndex_ReportsTime015()
    {
        var request = new TimeAxisRequest([1, 2.5, 3], "d", null) { Fix = new TimeAxisFix(MonthIndexOrigin: new CfDate(2003, 1, 1)) };

        var result = TimeAxisDecoder.Decode(request);

        Assert.False(result.Succeeded);
        Assert.Equal(TimeCodes.IndexNotInteger, Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error).Code);
    }

    [Fact]
    public void Decode_CalendarFix_OverridesAttributeAndSaysSo()
    {
        var values = MonthMiddles(CalendarKind.NoLeap, 1700, 24);
        var request = new TimeAxisRequest(values, "days since 1700-01-01", "standard") { Fix = new TimeAxisFix(Calendar: CalendarKind.NoLeap) };

        var result = TimeAxisDecoder.Decode(request);

        Assert.Equal(CalendarKind.NoLeap, result.Axis!.Calendar);
        Assert.Equal(CalendarSource.Fix, result.Axis.CalendarSource);
        Assert.Contains(result.Diagnostics, d => d.Code == TimeCodes.CalendarChosen && d.Where.Attribute == "calendar");
    }

    [Fact]
    public void Decode_UnitsFix_ReplacesUnitsAndPrefixesRule()
    {
        var values = MonthMiddles(CalendarKind.NoLeap, 1700, 12);
        var request = new TimeAxisRequest(values, "days since 1700-01-01", "noleap") { Fix = new TimeAxisFix(Units: "days since 1701-01-01") };

        var axis = TimeAxisDecoder.Decode(request).Axis!;

        Assert.Equal("fix:units-override+units:days-since", axis.Rule);
        Assert.Equal("170101-170112", axis.PeriodStamp);
    }

    [Fact]
    public void Decode_GridFix_IgnoresValues()
    {
        var request = new TimeAxisRequest(new double[12], null, "360_day") { Fix = new TimeAxisFix(Grid: new TimeGrid(TimeFrequency.Monthly, 2003, 7)) };

        var axis = TimeAxisDecoder.Decode(request).Axis!;

        Assert.Equal("fix:step-rule", axis.Rule);
        Assert.Equal("200307-200406", axis.PeriodStamp);
        Assert.Equal(CalendarKind.Day360, axis.Calendar);
        Assert.Equal((153 * 360) + 180, axis.Bounds[0]);
    }
}
