using Trendy.Core.Inventory;
using static Trendy.Core.Tests.Planning.HeaderBuilder;

namespace Trendy.Core.Tests.Planning;

/// <summary>Files that declare "standard"/"gregorian" but were written with 365-day years (a common TRENDY mismatch).</summary>
public sealed class CalendarContradictionTests
{
    private static readonly int[] MonthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    /// <summary>Mid-month noleap day offsets from 1700-01-01 for <paramref name="years"/> years.</summary>
    private static double[] NoLeapMidMonths(int years)
    {
        var values = new List<double>();
        var day = 0;
        for (var y = 0; y < years; y++)
        {
            foreach (var m in MonthDays)
            {
                values.Add(day + (m / 2.0));
                day += m;
            }
        }

        return [.. values];
    }

    private static DatasetHeader Header(string calendar, double[] time) => new HeaderBuilder()
        .Coord("time", time, T("units", "days since 1700-01-01"), T("calendar", calendar))
        .Coord("lat", [-45, 45], T("units", "degrees_north"))
        .Coord("lon", [0, 180], T("units", "degrees_east"))
        .Var("gpp", NcType.Float, ["time", "lat", "lon"], null, T("units", "kg m-2 s-1"))
        .Build();

    [Theory]
    [InlineData("standard")]
    [InlineData("gregorian")]
    public void Plan_DeclaredStandardButNoLeapSpacing_DecodedAsNoLeapWithWarning(string declared)
    {
        var result = Plans.Plan(Header(declared, NoLeapMidMonths(324)), "M/S3/M_S3_gpp.nc");

        Assert.NotNull(result.Plan);
        Assert.Equal("noleap", result.Plan!.Time.Calendar);
        Assert.Equal(3888, result.Plan.Time.Steps);
        Assert.Equal("202312", result.Plan.Time.LastLabel);
        Assert.Contains(result.Diagnostics, d => d.Code == "TIME019" && d.Message.Contains(declared, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TIME004");
    }

    [Fact]
    public void Plan_DeclaredStandardAndStandardSpacing_NoRetryNoWarning()
    {
        // Days since 1700-01-01 at the 1st of each month over 1700-1719 in the standard calendar (leap years 1704, 1708, ...).
        var time = new List<double>();
        var day = 0;
        for (var y = 1700; y < 1720; y++)
        {
            for (var m = 0; m < 12; m++)
            {
                time.Add(day);
                day += m == 1 && y % 4 == 0 && y != 1700 ? 29 : MonthDays[m];
            }
        }

        var result = Plans.Plan(Header("standard", [.. time]), "M/S3/M_S3_gpp.nc");

        Assert.Equal("standard", result.Plan!.Time.Calendar);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TIME019");
    }
}
