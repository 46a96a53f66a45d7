using Trendy.Core.Cf.Units;
using Trendy.Core.Planning;

namespace Trendy.Core.Tests.Planning;

/// <summary>The plan-side preconditions of passing stored chunks through: values and grid order left as they are.</summary>
public sealed class PassThroughPreconditionTests
{
    private static readonly ValuePlan Identity = new(1, 0, [1e20], null, null, true, 1, 0, CalendarInterval.None, "kg m-2 s-1", "kg m-2 s-1");

    [Fact]
    public void KeepsValidValues_OnlyWithoutUnpackingUnitChangeOrCalendarDivision()
    {
        Assert.True(Identity.KeepsValidValues);
        Assert.False((Identity with { ScaleFactor = 0.01 }).KeepsValidValues);
        Assert.False((Identity with { AddOffset = 273.15 }).KeepsValidValues);
        Assert.False((Identity with { UnitFactor = 1e-3 }).KeepsValidValues);
        Assert.False((Identity with { UnitOffset = -273.15 }).KeepsValidValues);
        Assert.False((Identity with { PerInterval = CalendarInterval.Month }).KeepsValidValues);

        // Masking (fill values, valid range, sentinels) is checked on the values themselves, not here.
        Assert.True((Identity with { FillValues = [-9999], ValidMin = 0 }).KeepsValidValues);
    }

    [Fact]
    public void KeepsSourceOrder_OnlyWithoutFlipOrRoll()
    {
        var grid = new HorizontalGrid([-45, 45], [], [0, 120, 240], [], false, false, 0, []);
        Assert.True(grid.KeepsSourceOrder);
        Assert.True((grid with { LonShift = 3 }).KeepsSourceOrder);
        Assert.False((grid with { LonShift = 1 }).KeepsSourceOrder);
        Assert.False((grid with { FlipLat = true }).KeepsSourceOrder);
        Assert.False((grid with { FlipLon = true }).KeepsSourceOrder);
    }
}
