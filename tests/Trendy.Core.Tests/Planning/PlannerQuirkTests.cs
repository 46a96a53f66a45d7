using Trendy.Core.Cf.Time;
using Trendy.Core.Cf.Units;
using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using static Trendy.Core.Tests.Planning.HeaderBuilder;

namespace Trendy.Core.Tests.Planning;

/// <summary>Planning on hand-built headers: one test per quirk of docs/quirks.md §5–6 that planning decides.</summary>
public sealed class PlannerQuirkTests
{
    private const string Gpp = "CLASSIC/S3/CLASSIC_S3_gpp.nc";
    private const double Day = 86400;

    [Fact]
    public void MonthSeconds_NoleapFebruary_TwentyEightDays()
    {
        var plan = Plans.Ok(Monthly(units: "gC m-2 month-1").Build(), Gpp);

        Assert.Equal(CalendarInterval.Month, plan.Values.PerInterval);
        Assert.Equal(1e-3, plan.Values.UnitFactor);
        Assert.Equal(28 * Day, plan.Time.MonthSeconds[1]);
        Assert.Equal(31 * Day, plan.Time.MonthSeconds[0]);
        Assert.Equal("noleap", plan.Time.Calendar);
    }

    [Fact]
    public void MonthSeconds_360Day_ThirtyDaysEveryMonth()
    {
        var plan = Plans.Ok(Monthly(calendar: "360_day").Build(), Gpp);

        Assert.All(plan.Time.MonthSeconds, s => Assert.Equal(30 * Day, s));
        Assert.Equal(150 * 360, plan.Time.Bounds[0]);
    }

    [Fact]
    public void YearSeconds_StandardLeapYear_366Days()
    {
        var h = new HeaderBuilder()
            .Coord("time", [183, 548.5], T("units", "days since 2000-01-01"), T("calendar", "standard"))
            .Coord("lat", [0], T("units", "degrees_north")).Coord("lon", [0], T("units", "degrees_east"))
            .Var("nbp", NcType.Float, ["time", "lat", "lon"], null, T("units", "gC m-2 yr-1")).Build();

        var plan = Plans.Ok(h, "CLASSIC/S3/CLASSIC_S3_nbp.nc", Plans.Units().Knows("g m-2", "(kg m-2 s-1) s", 1e-3));

        Assert.Equal(CalendarInterval.Year, plan.Values.PerInterval);
        Assert.Equal([366 * Day, 365 * Day], plan.Time.YearSeconds);
        Assert.Equal(TimeFrequency.Annual, plan.Time.Frequency);
        Assert.Equal(("2000", "2001"), (plan.Time.FirstLabel, plan.Time.LastLabel));
        // Annual data are named after the CMIP table of the frequency written (Eyr), not the variable table's monthly Lmon.
        Assert.EndsWith("nbp_Eyr_CLASSIC_S3_r1i1p1f1_gn_2000-2001.nc", plan.Output.RelativePath);
        Assert.Equal("Eyr", plan.Output.TableId);
        Assert.Contains(plan.Output.GlobalAttributes, a => a.Key == "table_id" && a.Value == "Eyr");
    }

    [Fact]
    public void OutputTime_AnyInput_DaysSince1850WithCalendar()
    {
        var plan = Plans.Ok(Monthly().Build(), Gpp);

        Assert.StartsWith("days since 1850-01-01", plan.Time.Units);
        Assert.Equal(150 * 365, plan.Time.Bounds[0]);
        Assert.Equal(plan.Time.Bounds[1], plan.Time.Bounds[2]);
        Assert.Equal((plan.Time.Bounds[0] + plan.Time.Bounds[1]) / 2, plan.Time.Mid[0]);
        Assert.Equal(Path.Combine("S3", "CLASSIC", "gpp_Lmon_CLASSIC_S3_r1i1p1f1_gn_200001-200012.nc"), plan.Output.RelativePath);
    }

    [Fact]
    public void Latitude_NorthToSouth_FlipPlannedAndBoundsAscending()
    {
        var h = new HeaderBuilder()
            .Coord("time", [15, 45], T("units", "days since 2000-01-01"), T("calendar", "noleap"))
            .Coord("lat", [60, 0, -60], T("units", "degrees_north")).Coord("lon", [0, 180], T("units", "degrees_east"))
            .Var("gpp", NcType.Float, ["time", "lat", "lon"], null, T("units", "kg m-2 s-1")).Build();

        var grid = Plans.Ok(h, Gpp).Grid;

        Assert.True(grid.FlipLat);
        Assert.Equal([-60.0, 0, 60], grid.Lat);
        Assert.Equal(2, grid.LatSource(0));
        Assert.Equal([-90.0, -30, -30, 30, 30, 90], grid.LatBounds);
    }

    [Theory]
    [InlineData(new double[] { 180, 270, 0, 90 }, 2, new double[] { 0, 90, 180, 270 })]
    [InlineData(new double[] { 90, 180, -90, 0 }, 2, new double[] { -90, 0, 90, 180 })]
    public void Longitude_OneWrap_RolledToMonotonic(double[] lon, int shift, double[] expected)
    {
        var h = new HeaderBuilder()
            .Coord("time", [15, 45], T("units", "days since 2000-01-01"), T("calendar", "noleap"))
            .Coord("lat", [0], T("units", "degrees_north")).Coord("lon", lon, T("units", "degrees_east"))
            .Var("gpp", NcType.Float, ["time", "lat", "lon"], null, T("units", "kg m-2 s-1")).Build();

        var grid = Plans.Ok(h, Gpp).Grid;

        Assert.Equal(shift, grid.LonShift);
        Assert.Equal(expected, grid.Lon);
        Assert.Equal(shift, grid.LonSource(0));
    }

    [Fact]
    public void Longitude_TwoWraps_Grid003()
    {
        var h = new HeaderBuilder()
            .Coord("time", [15], T("units", "days since 2000-01-01"), T("calendar", "noleap"))
            .Coord("lat", [0], T("units", "degrees_north")).Coord("lon", [0, 180, 90, 270], T("units", "degrees_east"))
            .Var("gpp", NcType.Float, ["time", "lat", "lon"], null, T("units", "kg m-2 s-1")).Build();

        Assert.Contains("GRID003", Plans.ErrorCodes(Plans.Plan(h, Gpp)));
    }

    [Theory]
    [InlineData("time_counter", "latitude", "longitude")]
    [InlineData("Time", "y", "x")]
    [InlineData("t", "lat", "lon")]
    public void AxisNames_Variants_RecognisedByRole(string time, string lat, string lon)
    {
        var h = new HeaderBuilder()
            .Coord(time, [15, 45], T("units", "days since 2000-01-01"), T("calendar", "noleap"))
            .Coord(lat, [0, 10], T("units", "degrees_north")).Coord(lon, [0, 10, 20], T("units", "degrees_east"))
            .Var("gpp", NcType.Float, [lon, time, lat], null, T("units", "kg m-2 s-1")).Build();

        var axes = Plans.Ok(h, Gpp).SourceAxes;

        Assert.Equal([AxisRole.Longitude, AxisRole.Time, AxisRole.Latitude], axes.Select(a => a.Role));
        Assert.Equal([0, 1, 2], axes.Select(a => a.Position));
    }

    [Fact]
    public void AxisByCfAttributesOnly_OddDimensionNames_Recognised()
    {
        var h = new HeaderBuilder()
            .Coord("tt", [15, 45], T("units", "days since 2000-01-01"), T("calendar", "noleap"))
            .Coord("north", [0, 10], T("standard_name", "latitude"), T("units", "degrees_north"))
            .Coord("east", [0, 10], T("axis", "X"), T("units", "degrees_east"))
            .Var("gpp", NcType.Float, ["tt", "north", "east"], null, T("units", "kg m-2 s-1")).Build();

        var plan = Plans.Ok(h, Gpp);

        Assert.Equal([AxisRole.Time, AxisRole.Latitude, AxisRole.Longitude], plan.SourceAxes.Select(a => a.Role));
        Assert.Equal(2, plan.Time.Steps);
    }

    [Fact]
    public void Evapotrans_Planned_OutputIsEvspsbl()
    {
        var plan = Plans.Ok(Monthly("evapotrans").Build(), "CLASSIC/S3/CLASSIC_S3_evapotrans.nc");

        Assert.Equal("evspsbl", plan.Output.VariableId);
        Assert.Equal("evapotrans", plan.SourceVariable);
        Assert.StartsWith("evspsbl_Amon_", Path.GetFileName(plan.Output.RelativePath));
    }

    [Fact]
    public void BurntArea_Fraction_PercentByHundred()
    {
        var plan = Plans.Ok(Monthly("burntArea", "1").Build(), "CLASSIC/S3/CLASSIC_S3_burntArea.nc");

        Assert.Equal("burntFractionAll", plan.Output.VariableId);
        Assert.Equal(100, plan.Values.UnitFactor);
        Assert.Equal("%", plan.Values.TargetUnits);
    }

    [Fact]
    public void Tas_DegC_OffsetToKelvin()
    {
        var plan = Plans.Ok(Monthly("tas", "degC").Build(), "CLASSIC/S3/CLASSIC_S3_tas.nc");

        Assert.Equal((1.0, 273.15), (plan.Values.UnitFactor, plan.Values.UnitOffset));
        Assert.Equal("K", plan.Values.TargetUnits);
    }

    [Fact]
    public void UnitsAttribute_NamedUnit_UsedAndRecorded()
    {
        var plan = Plans.Ok(Monthly(units: null, dataAttributes: T("unit", "g m-2 s-1")).Build(), Gpp);

        Assert.Equal(1e-3, plan.Values.UnitFactor);
        Assert.Contains("units:from-attribute-unit", plan.Rules);
    }

    [Fact]
    public void Units_Latex_NormalisedBeforeConversion()
    {
        var units = Plans.Units();

        var plan = Plans.Ok(Monthly(units: "g m$^{-2}$ s$^{-1}$").Build(), Gpp, units);

        Assert.Equal(1e-3, plan.Values.UnitFactor);
        Assert.Contains(("g m-2 s-1", "kg m-2 s-1"), units.Asked);
    }

    [Fact]
    public void Units_GppInKelvin_Unit010()
    {
        var result = Plans.Plan(Monthly(units: "K").Build(), Gpp);

        Assert.Null(result.Plan);
        Assert.Contains("UNIT010", Plans.ErrorCodes(result));
    }

    [Fact]
    public void Units_Missing_Unit003()
    {
        var result = Plans.Plan(Monthly(units: null).Build(), Gpp);

        Assert.Contains("UNIT003", Plans.ErrorCodes(result));
    }

    [Fact]
    public void NoTimeDimension_Time020()
    {
        var h = new HeaderBuilder()
            .Coord("lat", [0], T("units", "degrees_north")).Coord("lon", [0], T("units", "degrees_east"))
            .Var("gpp", NcType.Float, ["lat", "lon"], null, T("units", "kg m-2 s-1")).Build();

        Assert.Equal(["TIME020"], Plans.ErrorCodes(Plans.Plan(h, Gpp)));
    }

    [Fact]
    public void CurvilinearLatLon_Grid002()
    {
        var h = new HeaderBuilder()
            .Coord("time", [15, 45], T("units", "days since 2000-01-01"), T("calendar", "noleap"))
            .Dim("y", 2).Dim("x", 2)
            .Var("lat", NcType.Double, ["y", "x"], [0, 0, 1, 1], T("units", "degrees_north"))
            .Var("lon", NcType.Double, ["y", "x"], [0, 1, 0, 1], T("units", "degrees_east"))
            .Var("gpp", NcType.Float, ["time", "y", "x"], null, T("units", "kg m-2 s-1")).Build();

        Assert.Contains("GRID002", Plans.ErrorCodes(Plans.Plan(h, Gpp)));
    }

    [Fact]
    public void UnknownExtraDimension_Grid004NamingIt()
    {
        var h = new HeaderBuilder()
            .Coord("time", [15, 45], T("units", "days since 2000-01-01"), T("calendar", "noleap"))
            .Coord("lat", [0], T("units", "degrees_north")).Coord("lon", [0], T("units", "degrees_east")).Dim("wibble", 4)
            .Var("gpp", NcType.Float, ["time", "wibble", "lat", "lon"], null, T("units", "kg m-2 s-1")).Build();

        var result = Plans.Plan(h, Gpp);

        Assert.Equal(["GRID004"], Plans.ErrorCodes(result));
        Assert.Contains("wibble", result.Diagnostics.Single(d => d.Code == "GRID004").Message);
    }

    [Fact]
    public void DataVariableMissing_Var001()
    {
        var h = Monthly("foo").Var("bar", NcType.Float, ["time", "lat", "lon"], null).Build();

        Assert.Equal(["VAR001"], Plans.ErrorCodes(Plans.Plan(h, Gpp)));
    }

    [Fact]
    public void IsamUpperCaseLai_MatchedWithoutRegardToCase()
    {
        var plan = Plans.Ok(Monthly("LAI", "1").Build(), "ISAM/S3/ISAM_S3_LAI.nc");

        Assert.Equal("LAI", plan.SourceVariable);
        Assert.Equal("lai", plan.Output.VariableId);
    }

    [Fact]
    public void Visit_YearsSinceAd_RewriteFixFiresOnce()
    {
        var h = new HeaderBuilder()
            .Coord("time", [0, 1, 2], T("units", "years since AD 1700-Jan-1st"))
            .Coord("lat", [0], T("units", "degrees_north")).Coord("lon", [0], T("units", "degrees_east"))
            .Var("cVeg", NcType.Float, ["time", "lat", "lon"], null, T("units", "kg m-2")).Build();

        var plan = Plans.Ok(h, "VISIT/S3/VISIT_S3_cVeg.nc");

        Assert.Single(plan.Fixes);
        Assert.Equal(("1700", "1702"), (plan.Time.FirstLabel, plan.Time.LastLabel));
        Assert.Equal("standard", plan.Time.Calendar);
    }

    [Fact]
    public void Cardamom_MonthIndex_FirstMonth2003January()
    {
        var h = new HeaderBuilder()
            .Coord("Time", [1, 2, 3], T("units", "d"))
            .Coord("lat", [0], T("units", "degrees_north")).Coord("lon", [0], T("units", "degrees_east"))
            .Var("gpp", NcType.Float, ["Time", "lat", "lon"], null, T("units", "kg m-2 s-1")).Build();

        var plan = Plans.Ok(h, "CARDAMOM/S3/CARDAMOM_S3_gpp.nc");

        Assert.Equal(("200301", "200303"), (plan.Time.FirstLabel, plan.Time.LastLabel));
        Assert.Equal(28 * Day, plan.Time.MonthSeconds[1]);
    }

    [Fact]
    public void AllZeroTimes_324Steps_AnnualFrom1700()
    {
        var h = new HeaderBuilder()
            .Coord("time", new double[324], T("units", "days since 1700-01-01"), T("calendar", "noleap"))
            .Coord("lat", [0], T("units", "degrees_north")).Coord("lon", [0], T("units", "degrees_east"))
            .Var("cVeg", NcType.Float, ["time", "lat", "lon"], null, T("units", "kg m-2")).Build();

        var plan = Plans.Ok(h, "ISAM/S3/ISAM_S3_cVeg.nc");

        Assert.Equal(("1700", "2023"), (plan.Time.FirstLabel, plan.Time.LastLabel));
        Assert.Equal("fallback:step-count-324", plan.Time.Rule);
    }

    [Theory]
    [InlineData(new double[] { 15, 45, 30 }, "TIME006")]
    [InlineData(new double[] { 15, 15, 45 }, "TIME006")]
    [InlineData(new double[] { 15, 45, 45, 75 }, "TIME006")]
    public void Times_NotIncreasing_Time006(double[] times, string code)
    {
        var h = new HeaderBuilder()
            .Coord("time", times, T("units", "days since 2000-01-01"), T("calendar", "noleap"))
            .Coord("lat", [0], T("units", "degrees_north")).Coord("lon", [0], T("units", "degrees_east"))
            .Var("gpp", NcType.Float, ["time", "lat", "lon"], null, T("units", "kg m-2 s-1")).Build();

        Assert.Contains(code, Plans.ErrorCodes(Plans.Plan(h, Gpp)));
    }

    /// <summary>
    /// A repeated last time is a repair candidate, settled by comparing values at execution: identical → dropped,
    /// different → TIME006 (Pipeline DuplicateStepConversionTests; docs/quirks.md, "Duplicated last step").
    /// </summary>
    [Fact]
    public void Times_LastStepRepeated_CandidateRecordedAndAxisWithoutIt()
    {
        var h = new HeaderBuilder()
            .Coord("time", [15, 45, 45], T("units", "days since 2000-01-01"), T("calendar", "noleap"))
            .Coord("lat", [0], T("units", "degrees_north")).Coord("lon", [0], T("units", "degrees_east"))
            .Var("gpp", NcType.Float, ["time", "lat", "lon"], null, T("units", "kg m-2 s-1")).Build();

        var plan = Plans.Ok(h, Gpp);

        Assert.Equal([2], plan.Time.DuplicateSteps);
        Assert.Equal(2, plan.Time.Steps);
        Assert.Contains("time:duplicate-last-step-dropped", plan.Rules);
    }

    [Fact]
    public void KnownIssue_EdPrecipitation_ReportedAsWarning()
    {
        var result = Plans.Plan(Monthly("pr").Build(), "ED/S3/EDv3_S3_pr.nc");

        Assert.NotNull(result.Plan);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "FIX001");
        Assert.Equal(Trendy.Core.Diagnostics.Severity.Warning, warning.Severity);
        Assert.Contains("12x too low", warning.Message);
    }

    [Fact]
    public void KnownIssue_OtherVariableOfModel_Silent()
    {
        var other = Plans.Plan(Monthly().Build(), "ED/S3/EDv3_S3_gpp.nc");

        Assert.NotNull(other.Plan);
        Assert.DoesNotContain(other.Diagnostics, d => d.Code == "FIX001");
    }
}
