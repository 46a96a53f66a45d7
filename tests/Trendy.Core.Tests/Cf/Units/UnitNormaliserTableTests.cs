using Trendy.Core.Cf.Units;
using Trendy.Core.Diagnostics;

namespace Trendy.Core.Tests.Cf.Units;

/// <summary>
/// TRENDY spellings (docs/quirks.md §6 "Units strings seen", docs/contract.md §1.8 accepted/rejected lists)
/// against the UDUNITS string, calendar interval and element tag worked out by hand from the rules.
/// </summary>
public sealed class UnitNormaliserTableTests
{
    public static TheoryData<string, string, CalendarInterval, string?> Spellings => new()
    {
        { "kg m-2 s-1", "kg m-2 s-1", CalendarInterval.None, null },
        { "kg C m-2 s-1", "kg m-2 s-1", CalendarInterval.None, "C" },
        { "kgC m-2 s-1", "kg m-2 s-1", CalendarInterval.None, "C" },
        { "kg/m2/s", "kg m-2 s-1", CalendarInterval.None, null },
        { "kg m$^{-2}$ s$^{-1}$", "kg m-2 s-1", CalendarInterval.None, null },
        { "kg m^-2 s^-1", "kg m-2 s-1", CalendarInterval.None, null },
        { "kg m**-2 s**-1", "kg m-2 s-1", CalendarInterval.None, null },
        { "kg/(m2 s)", "kg m-2 s-1", CalendarInterval.None, null },
        { "gC/m^2", "g m-2", CalendarInterval.None, "C" },
        { "gC/m2", "g m-2", CalendarInterval.None, "C" },
        { "gC m-2", "g m-2", CalendarInterval.None, "C" },
        { "g C m-2", "g m-2", CalendarInterval.None, "C" },
        { "kgC m-2", "kg m-2", CalendarInterval.None, "C" },
        { "gC m-2 day-1", "g m-2 d-1", CalendarInterval.None, "C" },
        { "gN/m2/day", "g m-2 d-1", CalendarInterval.None, "N" },
        { "kgN m-2 s-1", "kg m-2 s-1", CalendarInterval.None, "N" },
        { "gC m-2 hr-1", "g m-2 h-1", CalendarInterval.None, "C" },
        { "gC m-2 yr-1", "g m-2", CalendarInterval.Year, "C" },
        { "kg m-2 a-1", "kg m-2", CalendarInterval.Year, null },
        { "Pg C yr-1", "Pg", CalendarInterval.Year, "C" },
        { "gC/m2/month", "g m-2", CalendarInterval.Month, "C" },
        { "gC/m2/mon", "g m-2", CalendarInterval.Month, "C" },
        { "kg m-2 month-1", "kg m-2", CalendarInterval.Month, null },
        { "mm/yr", "kg m-2", CalendarInterval.Year, null },
        { "mm/day", "kg m-2 d-1", CalendarInterval.None, null },
        { "mm/s", "kg m-2 s-1", CalendarInterval.None, null },
        { "mm month-1", "kg m-2", CalendarInterval.Month, null },
        { "mm", "kg m-2", CalendarInterval.None, null },
        { "fraction", "1", CalendarInterval.None, null },
        { "frac", "1", CalendarInterval.None, null },
        { "unitless", "1", CalendarInterval.None, null },
        { "-", "1", CalendarInterval.None, null },
        { "none", "1", CalendarInterval.None, null },
        { "1", "1", CalendarInterval.None, null },
        { "m2/m2", "1", CalendarInterval.None, null },
        { "m2 m-2", "1", CalendarInterval.None, null },
        { "m^2/m^2", "1", CalendarInterval.None, null },
        { "fraction month-1", "1", CalendarInterval.Month, null },
        { "%", "%", CalendarInterval.None, null },
        { "percent", "%", CalendarInterval.None, null },
        { "% month-1", "%", CalendarInterval.Month, null },
        { "degC", "degC", CalendarInterval.None, null },
        { "deg C", "degC", CalendarInterval.None, null },
        { "celsius", "degC", CalendarInterval.None, null },
        { "C", "degC", CalendarInterval.None, null },
        { "K", "K", CalendarInterval.None, null },
        { "kelvin", "K", CalendarInterval.None, null },
        { "W m-2", "W m-2", CalendarInterval.None, null },
        { "W/m2", "W m-2", CalendarInterval.None, null },
        { "tC ha-1", "t ha-1", CalendarInterval.None, "C" },
        { "1e-6", "1E-06", CalendarInterval.None, null },
        { "  kg m-2  ", "kg m-2", CalendarInterval.None, null },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void TryNormalise_TrendySpelling_GivesUdunitsIntervalAndTag(string raw, string udunits, CalendarInterval interval, string? tag)
    {
        var ok = UnitNormaliser.TryNormalise(raw, Where.Nowhere, out var unit, out var diagnostic);

        Assert.True(ok, diagnostic?.ToString());
        Assert.Equal(udunits, unit!.Udunits);
        Assert.Equal(interval, unit.PerInterval);
        Assert.Equal(tag, unit.ElementTag);
        Assert.Equal(raw, unit.Original);
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "kg m-2 s-1 of carbon", UnitDiagnosticCodes.Unreadable },
        { "days since 1850-01-01", UnitDiagnosticCodes.Unreadable },
        { "kg m-2 s-1 )", UnitDiagnosticCodes.Unreadable },
        { "kg (m-2", UnitDiagnosticCodes.Unreadable },
        { "kg m^", UnitDiagnosticCodes.Unreadable },
        { "kg //m2", UnitDiagnosticCodes.Unreadable },
        { "", UnitDiagnosticCodes.Unreadable },
        { "m C", UnitDiagnosticCodes.Ambiguous },
        { "kgC m-2 gN", UnitDiagnosticCodes.Ambiguous },
        { "a", UnitDiagnosticCodes.Ambiguous },
        { "gC m-2 yr-2", UnitDiagnosticCodes.CalendarInterval },
        { "kg m-2 yr-1 month-1", UnitDiagnosticCodes.CalendarInterval },
        { "yr", UnitDiagnosticCodes.CalendarInterval },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void TryNormalise_BadOrAmbiguous_ReturnsErrorWithCode(string raw, string code)
    {
        var where = new Where("f.nc", "gpp", "units");

        var ok = UnitNormaliser.TryNormalise(raw, where, out var unit, out var diagnostic);

        Assert.False(ok);
        Assert.Null(unit);
        Assert.Equal(code, diagnostic!.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(where, diagnostic.Where);
        Assert.Contains($"'{raw}'", diagnostic.Message, StringComparison.Ordinal);
    }
}
