using Trendy.Core.Cf.Time;

namespace Trendy.Core.Tests.Cf.Time;

public sealed class CalendarNamesTests
{
    [Theory]
    [InlineData("standard", CalendarKind.Standard)]
    [InlineData("Gregorian", CalendarKind.Standard)]
    [InlineData(" GREGORIAN ", CalendarKind.Standard)]
    [InlineData("proleptic_gregorian", CalendarKind.ProlepticGregorian)]
    [InlineData("julian", CalendarKind.Julian)]
    [InlineData("noleap", CalendarKind.NoLeap)]
    [InlineData("365_day", CalendarKind.NoLeap)]
    [InlineData("NoLeap", CalendarKind.NoLeap)]
    [InlineData("all_leap", CalendarKind.AllLeap)]
    [InlineData("366_day", CalendarKind.AllLeap)]
    [InlineData("360_day", CalendarKind.Day360)]
    public void TryParse_CfNameOrSynonym_ReturnsKind(string name, CalendarKind expected)
    {
        Assert.True(CalendarNames.TryParse(name, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("none")]
    [InlineData("gregorian_proleptic")]
    public void TryParse_UnknownOrEmpty_ReturnsFalse(string? name) => Assert.False(CalendarNames.TryParse(name, out _));

    [Theory]
    [InlineData(CalendarKind.Standard, "standard")]
    [InlineData(CalendarKind.ProlepticGregorian, "proleptic_gregorian")]
    [InlineData(CalendarKind.Julian, "julian")]
    [InlineData(CalendarKind.NoLeap, "noleap")]
    [InlineData(CalendarKind.AllLeap, "all_leap")]
    [InlineData(CalendarKind.Day360, "360_day")]
    public void ToCfName_Kind_ReturnsCanonicalNameThatParsesBack(CalendarKind kind, string expected)
    {
        Assert.Equal(expected, CalendarNames.ToCfName(kind));
        Assert.True(CalendarNames.TryParse(expected, out var back));
        Assert.Equal(kind, back);
    }
}
