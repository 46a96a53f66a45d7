using Trendy.Core.Cf.Units;
using Trendy.Core.Diagnostics;
using Trendy.Native.Udunits;

namespace Trendy.Native.Tests.Udunits;

/// <summary>
/// TRENDY units spellings (docs/quirks.md §6; docs/contract.md §1.8) planned against their canonical
/// target (variables.csv) with the real libudunits2. Expected factors are worked out by hand:
/// g→kg = 1e-3 and Pg = 1e15 g (SI prefixes); d = 86 400 s, h = 3 600 s (udunits2-accepted.xml);
/// 1 mm of water over 1 m2 = 1 kg (density 1000 kg m-3); t = 1000 kg, ha = 1e4 m2; % = 1e-2;
/// 0 °C = 273.15 K. Per-month/per-year rows scale to (target × s); the executor divides by the interval.
/// </summary>
public sealed class TrendyUnitsTableTests
{
    private const double Day = 86_400.0;

    public static TheoryData<string, string, string, CalendarInterval, double, double> Rows => new()
    {
        // source, target, converted-from (UDUNITS), interval, factor, offset
        { "kg m-2 s-1", "kg m-2 s-1", "kg m-2 s-1", CalendarInterval.None, 1.0, 0.0 },
        { "kg C m-2 s-1", "kg m-2 s-1", "kg m-2 s-1", CalendarInterval.None, 1.0, 0.0 },
        { "kgC m-2 s-1", "kg m-2 s-1", "kg m-2 s-1", CalendarInterval.None, 1.0, 0.0 },
        { "kg/m2/s", "kg m-2 s-1", "kg m-2 s-1", CalendarInterval.None, 1.0, 0.0 },
        { "kg m$^{-2}$ s$^{-1}$", "kg m-2 s-1", "kg m-2 s-1", CalendarInterval.None, 1.0, 0.0 },
        { "kg m**-2 s**-1", "kg m-2 s-1", "kg m-2 s-1", CalendarInterval.None, 1.0, 0.0 },
        { "gC/m^2", "kg m-2", "g m-2", CalendarInterval.None, 1e-3, 0.0 },
        { "gC/m2", "kg m-2", "g m-2", CalendarInterval.None, 1e-3, 0.0 },
        { "gC m-2", "kg m-2", "g m-2", CalendarInterval.None, 1e-3, 0.0 },
        { "g C m-2", "kg m-2", "g m-2", CalendarInterval.None, 1e-3, 0.0 },
        { "kgC m-2", "kg m-2", "kg m-2", CalendarInterval.None, 1.0, 0.0 },
        { "tC ha-1", "kg m-2", "t ha-1", CalendarInterval.None, 1e3 / 1e4, 0.0 },
        { "gC m-2 day-1", "kg m-2 s-1", "g m-2 d-1", CalendarInterval.None, 1e-3 / Day, 0.0 },
        { "g m-2 d-1", "kg m-2 s-1", "g m-2 d-1", CalendarInterval.None, 1e-3 / Day, 0.0 },
        { "gN/m2/day", "kg m-2 s-1", "g m-2 d-1", CalendarInterval.None, 1e-3 / Day, 0.0 },
        { "gC m-2 hr-1", "kg m-2 s-1", "g m-2 h-1", CalendarInterval.None, 1e-3 / 3_600.0, 0.0 },
        { "gC m-2 yr-1", "kg m-2 s-1", "g m-2", CalendarInterval.Year, 1e-3, 0.0 },
        { "kg m-2 yr-1", "kg m-2 s-1", "kg m-2", CalendarInterval.Year, 1.0, 0.0 },
        { "kg m-2 a-1", "kg m-2 s-1", "kg m-2", CalendarInterval.Year, 1.0, 0.0 },
        { "gC/m2/month", "kg m-2 s-1", "g m-2", CalendarInterval.Month, 1e-3, 0.0 },
        { "gC/m2/mon", "kg m-2 s-1", "g m-2", CalendarInterval.Month, 1e-3, 0.0 },
        { "kg m-2 month-1", "kg m-2 s-1", "kg m-2", CalendarInterval.Month, 1.0, 0.0 },
        { "mm/yr", "kg m-2 s-1", "kg m-2", CalendarInterval.Year, 1.0, 0.0 },
        { "mm month-1", "kg m-2 s-1", "kg m-2", CalendarInterval.Month, 1.0, 0.0 },
        { "mm/day", "kg m-2 s-1", "kg m-2 d-1", CalendarInterval.None, 1.0 / Day, 0.0 },
        { "mm/s", "kg m-2 s-1", "kg m-2 s-1", CalendarInterval.None, 1.0, 0.0 },
        { "mm", "kg m-2", "kg m-2", CalendarInterval.None, 1.0, 0.0 },
        { "mm", "m", "mm", CalendarInterval.None, 1e-3, 0.0 },
        { "fraction", "%", "1", CalendarInterval.None, 100.0, 0.0 },
        { "frac", "1", "1", CalendarInterval.None, 1.0, 0.0 },
        { "unitless", "1", "1", CalendarInterval.None, 1.0, 0.0 },
        { "-", "1", "1", CalendarInterval.None, 1.0, 0.0 },
        { "m2/m2", "1", "1", CalendarInterval.None, 1.0, 0.0 },
        { "m2 m-2", "1", "1", CalendarInterval.None, 1.0, 0.0 },
        { "%", "%", "%", CalendarInterval.None, 1.0, 0.0 },
        { "percent", "1", "%", CalendarInterval.None, 0.01, 0.0 },
        { "degC", "K", "degC", CalendarInterval.None, 1.0, 273.15 },
        { "deg C", "K", "degC", CalendarInterval.None, 1.0, 273.15 },
        { "celsius", "K", "degC", CalendarInterval.None, 1.0, 273.15 },
        { "C", "K", "degC", CalendarInterval.None, 1.0, 273.15 },
        { "K", "K", "K", CalendarInterval.None, 1.0, 0.0 },
        { "W m-2", "W m-2", "W m-2", CalendarInterval.None, 1.0, 0.0 },
        { "W/m2", "W m-2", "W m-2", CalendarInterval.None, 1.0, 0.0 },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Plan_TrendySpelling_GivesHandComputedFactor(
        string source, string target, string convertedFrom, CalendarInterval interval, double factor, double offset)
    {
        var planner = new UnitPlanner(new UdunitsConverter());

        var result = planner.Plan(source, target, new Where("f.nc", "v", "units"));

        Assert.True(result.Succeeded, string.Join("; ", result.Diagnostics));
        var step = result.Step!;
        Assert.Equal(convertedFrom, step.ConvertedFrom);
        Assert.Equal(interval, step.DivideByInterval);
        Close.Equal(factor, step.Factor);
        if (offset == 0.0) Assert.Equal(0.0, step.Offset);
        else Close.Equal(offset, step.Offset);
    }

    public static TheoryData<string?, string, string> Refusals => new()
    {
        { "kg m-2", "K", "UNIT010" },
        { "kg m-2 s-1", "kg m-2", "UNIT010" },
        { "gC m-2 month-1", "kg m-2", "UNIT010" },
        { "Pg C yr-1", "kg m-2 s-1", "UNIT010" },
        { "m-2", "m2", "UNIT010" },
        { "kg m-2 frobs-1", "kg m-2 s-1", "UNIT010" },
        { "kg m-2 s-1 of carbon", "kg m-2 s-1", "UNIT001" },
        { "m C", "kg m-2", "UNIT002" },
        { "gC m-2 yr-2", "kg m-2 s-1", "UNIT005" },
        { null, "kg m-2 s-1", "UNIT003" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Plan_Inconvertible_RefusedWithCode(string? source, string target, string code)
    {
        var result = new UnitPlanner(new UdunitsConverter()).Plan(source, target, Where.Nowhere);

        Assert.False(result.Succeeded);
        Assert.Equal(code, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Plan_MassToKelvin_MessageNamesBothAndUdunitsReason()
    {
        var result = new UnitPlanner(new UdunitsConverter()).Plan("kg m-2", "K", new Where("f.nc", "cVeg", "units"));

        var message = Assert.Single(result.Diagnostics).Message;
        Assert.Contains("cannot convert 'kg m-2'", message, StringComparison.Ordinal);
        Assert.Contains("to 'K'", message, StringComparison.Ordinal);
        Assert.Contains("UT_MEANINGLESS", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_MonthlyTotalOf31DayMonth_MatchesHandRate()
    {
        // Regression for the 30.44-day UDUNITS month (docs/contract.md §1.8): 31 gC m-2 in January
        // is 31e-3 kg m-2 / (31 × 86 400 s) = 1e-3 / 86 400 kg m-2 s-1, exactly one gram per day.
        var step = new UnitPlanner(new UdunitsConverter()).Plan("gC m-2 month-1", "kg m-2 s-1", Where.Nowhere).Step!;

        Close.Equal(1e-3 / Day, step.Apply(31.0, 31 * Day));
    }
}
