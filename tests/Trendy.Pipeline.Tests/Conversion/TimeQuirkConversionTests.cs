using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Conversion;

/// <summary>docs/quirks.md §5 time encodings and docs/contract.md §1.4 / Part 3 item 4, end to end.</summary>
public sealed class TimeQuirkConversionTests
{
    private const double Day = 86400;

    // Days from 1850-01-01 to 2000-01-01 in the noleap calendar: 150 × 365.
    private const double Noleap2000 = 150 * 365;

    private static void AssertRelative(double expected, double actual, double tolerance = 1e-6) =>
        Assert.True(Math.Abs(actual - expected) <= Math.Abs(expected) * tolerance, $"expected {expected:R}, found {actual:R}");

    [Fact]
    public void MonthlyTotal_FebruaryOnNoleap_DividedByTwentyEightDays()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Units = "gC m-2 month-1" };

        var outcome = Harness.Converted(dir, src, "CLASSIC/S3/CLASSIC_S3_gpp.nc");
        var o = Harness.Read(outcome.OutputPath!, "gpp");

        // Source cell (t=1, y=1, x=2) holds 100 + 10 + 2 + 1 = 113 gC m-2 in February.
        AssertRelative(113 / (28 * Day * 1000), o.At(1, 1, 2));
        AssertRelative(13 / (31 * Day * 1000), o.At(0, 1, 2));
        Assert.Equal("kg m-2 s-1", o.Var.Text("units"));
    }

    [Fact]
    public void MonthlyTotal_360DayCalendar_EveryMonthIsThirtyDays()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Units = "gC m-2 month-1", Calendar = "360_day", Time = [.. Enumerable.Range(0, 12).Select(m => (30.0 * m) + 15)] };

        var o = Harness.Read(Harness.Converted(dir, src, "CLASSIC/S3/CLASSIC_S3_gpp.nc").OutputPath!, "gpp");

        AssertRelative(101 / (30 * Day * 1000), o.At(1, 0, 0));
        AssertRelative(1101 / (30 * Day * 1000), o.At(11, 0, 0));
        Assert.Equal("360_day", o.Header.Variable("time")!.Text("calendar"));
        var b = o.Values("time_bnds");
        Assert.Equal(30, b[3] - b[2]);
        // 150 years of 360 days from 1850 to 2000.
        Assert.Equal(150 * 360, b[0]);
    }

    [Fact]
    public void AnnualTotal_PerYearOnStandardCalendar_DividedByThatYearsLength()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Variable = "nbp", Units = "gC m-2 yr-1", Calendar = "standard", Time = [183, 548.5] };

        var outcome = Harness.Converted(dir, src, "CLASSIC/S3/CLASSIC_S3_nbp.nc");
        var o = Harness.Read(outcome.OutputPath!, "nbp");

        AssertRelative(1 / (366 * Day * 1000), o.At(0, 0, 0)); // 2000 is a leap year
        AssertRelative(101 / (365 * Day * 1000), o.At(1, 0, 0));
        Assert.EndsWith("nbp_Eyr_CLASSIC_S3_r1i1p1f1_gn_2000-2001.nc", outcome.OutputPath);
        Assert.Equal("yr", o.Global("frequency"));
    }

    [Fact]
    public void OutputTime_MonthlyNoleap_DaysSince1850WithContiguousBoundsAndMidpoints()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Time = [0, 31, 59, 90] }; // month starts, not midpoints

        var o = Harness.Read(Harness.Converted(dir, src, "CLASSIC/S3/CLASSIC_S3_gpp.nc").OutputPath!, "gpp");

        var time = o.Header.Variable("time")!;
        Assert.StartsWith("days since 1850-01-01", time.Text("units"));
        Assert.Equal("noleap", time.Text("calendar"));
        Assert.Equal("time_bnds", time.Text("bounds"));
        Assert.Equal([Noleap2000, Noleap2000 + 31, Noleap2000 + 31, Noleap2000 + 59, Noleap2000 + 59, Noleap2000 + 90, Noleap2000 + 90, Noleap2000 + 120], o.Values("time_bnds"));
        Assert.Equal([Noleap2000 + 15.5, Noleap2000 + 45, Noleap2000 + 74.5, Noleap2000 + 105], o.Values("time"));
    }

    [Fact]
    public void Visit_YearsSinceAdJan1st_DecodedAsYearsFrom1700()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Variable = "cVeg", Units = "kg m-2", Time = [0, 1, 2], TimeUnits = "years since AD 1700-Jan-1st", Calendar = "noleap" };

        var outcome = Harness.Converted(dir, src, "VISIT/S3/VISIT_S3_cVeg.nc");
        var o = Harness.Read(outcome.OutputPath!, "cVeg");

        Assert.EndsWith("cVeg_Eyr_VISIT_S3_r1i1p1f1_gn_1700-1702.nc", outcome.OutputPath);
        // 1700-01-01 is 150 noleap years before 1850-01-01.
        Assert.Equal([-150 * 365.0, -149 * 365.0], o.Values("time_bnds")[..2]);
        Assert.Contains("VISIT", o.Global("conversion_fixes"));
        Assert.Contains("fix:units-override", o.Global("conversion_rules"));
    }

    [Fact]
    public void Isam_YearAsPercentYFloat_DecodedAsDecimalYears()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Variable = "LAI", Units = "1", Time = [1700.5, 1701.5, 1702.5], TimeUnits = "year as %Y.%f", Calendar = "noleap" };

        var outcome = Harness.Converted(dir, src, "ISAM/S3/ISAM_S3_LAI.nc");
        var o = Harness.Read(outcome.OutputPath!, "lai");

        Assert.EndsWith("lai_Eyr_ISAM_S3_r1i1p1f1_gn_1700-1702.nc", outcome.OutputPath);
        Assert.Equal(-150 * 365.0, o.Values("time_bnds")[0]);
        Assert.Equal(213, o.At(2, 1, 2));
    }

    [Fact]
    public void Cardamom_MonthIndexInTimeVariable_CountedFrom2003January()
    {
        using var dir = new TempDir();
        var src = new SourceFile
        {
            TimeName = "Time", TimeVariable = "Time", TimeUnits = "d", Calendar = null,
            Time = [.. Enumerable.Range(1, 24).Select(i => (double)i)],
        };

        var outcome = Harness.Converted(dir, src, "CARDAMOM/S3/CARDAMOM_S3_gpp.nc");
        var o = Harness.Read(outcome.OutputPath!, "gpp");

        Assert.EndsWith("gpp_Lmon_CARDAMOM_S3_r1i1p1f1_gn_200301-200412.nc", outcome.OutputPath);
        Assert.Equal("standard", o.Header.Variable("time")!.Text("calendar"));
        // 1850-01-01 → 2003-01-01 in the standard calendar: 153 × 365 + 37 leap days (1852…2000 without 1900).
        Assert.Equal([55882.0, 55913.0], o.Values("time_bnds")[..2]);
    }

    [Fact]
    public void ElmFates_DecimalYearsWithoutUnits_Decoded()
    {
        using var dir = new TempDir();
        var src = new SourceFile { TimeUnits = null, Calendar = "noleap", Time = [1901.5, 1902.5, 1903.5] };

        var outcome = Harness.Converted(dir, src, "ELM-FATES/S3/ELM-FATES_S3_gpp.nc");

        Assert.EndsWith("gpp_Eyr_ELM-FATES_S3_r1i1p1f1_gn_1901-1903.nc", outcome.OutputPath);
        var o = Harness.Read(outcome.OutputPath!, "gpp");
        Assert.Equal(51 * 365.0, o.Values("time_bnds")[0]);
    }

    [Theory]
    [InlineData(3888, "Lmon", "170001-202312")]
    [InlineData(324, "Eyr", "1700-2023")]
    public void AllZeroTimes_KnownStepCount_FallBackToTheTrendyGrid(int steps, string table, string stamp)
    {
        using var dir = new TempDir();
        var src = new SourceFile { Lat = [10], Lon = [20, 30], Time = new double[steps], TimeUnits = "days since 1700-01-01", Calendar = "noleap" };

        var outcome = Harness.Converted(dir, src, "ISAM/S3/ISAM_S3_gpp.nc");
        var o = Harness.Read(outcome.OutputPath!, "gpp");

        Assert.EndsWith($"gpp_{table}_ISAM_S3_r1i1p1f1_gn_{stamp}.nc", outcome.OutputPath);
        Assert.Equal(-150 * 365.0, o.Values("time_bnds")[0]);
        Assert.Equal(((steps - 1) * 100.0) + 2, o.At(steps - 1, 0, 1));
        Assert.Contains($"fallback:step-count-{steps}", o.Global("conversion_rules"));
    }

    [Fact]
    public void NoCalendar_NoleapSpacingOverTenYears_InferredAndWrittenExplicitly()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Lat = [0], Lon = [0], Calendar = null, Time = SourceFile.NoleapMonthMids(2000, 120) };

        var o = Harness.Read(Harness.Converted(dir, src, "CLASSIC/S3/CLASSIC_S3_gpp.nc").OutputPath!, "gpp");

        Assert.Equal("noleap", o.Header.Variable("time")!.Text("calendar"));
        Assert.Equal(Noleap2000 + 59, o.Values("time_bnds")[4]);
    }

    [Fact]
    public void NoCalendar_ShortSeries_StandardWrittenExplicitly()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Calendar = null, Time = [15.5, 45.5, 75.5] };

        var o = Harness.Read(Harness.Converted(dir, src, "CLASSIC/S3/CLASSIC_S3_gpp.nc").OutputPath!, "gpp");

        Assert.Equal("standard", o.Header.Variable("time")!.Text("calendar"));
        // 1850-01-01 → 2000-01-01 standard: 150 × 365 + 36 leap days; Feb 2000 has 29 days.
        Assert.Equal([54786.0, 54817.0, 54817.0, 54846.0, 54846.0, 54877.0], o.Values("time_bnds"));
    }

    [Theory]
    [InlineData("time_counter")]
    [InlineData("Time")]
    [InlineData("t")]
    public void TimeDimensionName_Variant_Recognised(string name)
    {
        using var dir = new TempDir();
        var src = new SourceFile { TimeName = name, TimeVariable = name };

        var o = Harness.Read(Harness.Converted(dir, src, "CLASSIC/S3/CLASSIC_S3_gpp.nc").OutputPath!, "gpp");

        Assert.Equal(["time", "lat", "lon"], o.Var.Dimensions);
        Assert.Equal(12, o.Var.Shape[0]);
        Assert.Equal(1113, o.At(11, 1, 2));
    }

    [Fact]
    public void MonthsSince_CableStyle_ReencodedAsDays()
    {
        using var dir = new TempDir();
        var src = new SourceFile { TimeUnits = "months since 1700-1-16", Calendar = "noleap", Time = [0, 1, 2] };

        var outcome = Harness.Converted(dir, src, "CABLE-POP/S3/CABLE-POP_S3_gpp.nc");
        var o = Harness.Read(outcome.OutputPath!, "gpp");

        Assert.EndsWith("_170001-170003.nc", outcome.OutputPath);
        Assert.Equal([-54750.0, -54719.0, -54719.0, -54691.0], o.Values("time_bnds")[..4]);
    }

    [Fact]
    public void SingleStep_WithTimeBounds_OneMonthAxisWritten()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Time = [15.5], TimeBounds = [0, 31] };

        var outcome = Harness.Converted(dir, src, "CLASSIC/S3/CLASSIC_S3_gpp.nc");
        var o = Harness.Read(outcome.OutputPath!, "gpp");

        Assert.Equal([Noleap2000, Noleap2000 + 31], o.Values("time_bnds"));
        Assert.EndsWith("_200001-200001.nc", outcome.OutputPath);
        Assert.Equal("mon", o.Global("frequency"));
    }

    [Fact]
    public void CablePop_AnnualYearsSinceMidYear_StampsFallInTheirYears()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Variable = "cVeg", Units = "kg m-2", TimeUnits = "years since 1700-6-15 12:00:00", Calendar = "noleap", Time = [0, 1, 2] };

        var outcome = Harness.Converted(dir, src, "CABLE-POP/S3/CABLE-POP_S3_cVeg.nc");
        var o = Harness.Read(outcome.OutputPath!, "cVeg");

        Assert.EndsWith("_1700-1702.nc", outcome.OutputPath);
        Assert.Equal([-54750.0, -54385.0, -54385.0, -54020.0, -54020.0, -53655.0], o.Values("time_bnds"));
        Assert.Equal(-54750 + 182.5, o.Values("time")[0]);
    }

    [Fact]
    public void MonthlyStamps_AtMonthEnds_EachStepKeepsItsOwnMonth()
    {
        using var dir = new TempDir();
        var src = new SourceFile { Units = "gC m-2 month-1", Time = [31, 59, 90] }; // 1 Feb, 1 Mar, 1 Apr = ends of Jan, Feb, Mar

        var outcome = Harness.Converted(dir, src, "CLASSIC/S3/CLASSIC_S3_gpp.nc");
        var o = Harness.Read(outcome.OutputPath!, "gpp");

        Assert.EndsWith("_200001-200003.nc", outcome.OutputPath);
        AssertRelative(113 / (28 * Day * 1000), o.At(1, 1, 2));
    }

    [Theory]
    [InlineData("month as %Y%m.%f", new double[] { 190101.5, 190102.5, 190103.5 })]
    [InlineData("day as %Y%m%d.%f", new double[] { 19010116, 19010215, 19010316 })]
    [InlineData(null, new double[] { 1901.0417, 1901.125, 1901.2083 })]
    [InlineData("yr", new double[] { 1901.0417, 1901.125, 1901.2083 })]
    public void AbsoluteTimeForms_MonthlyValues_DecodedToTheirMonths(string? units, double[] values)
    {
        using var dir = new TempDir();
        var src = new SourceFile { Units = "gC m-2 month-1", TimeUnits = units, Calendar = "noleap", Time = values };

        var outcome = Harness.Converted(dir, src, "ISAM/S3/ISAM_S3_gpp.nc");
        var o = Harness.Read(outcome.OutputPath!, "gpp");

        Assert.EndsWith("_190101-190103.nc", outcome.OutputPath);
        Assert.Equal(51 * 365.0, o.Values("time_bnds")[0]);
        AssertRelative(113 / (28 * Day * 1000), o.At(1, 1, 2));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("noleap")]
    public void VisitUt_YearsSinceAdYearZero_DecodedFromYearZero(string? calendar)
    {
        using var dir = new TempDir();
        var src = new SourceFile { Variable = "cVeg", Units = "kg m-2", TimeUnits = "years since AD 0-Jan-1st", Calendar = calendar, Time = [1700, 1701, 1702] };

        var outcome = Harness.Converted(dir, src, "VISIT-UT/S3/visit-ut_S3_cVeg.nc");
        var o = Harness.Read(outcome.OutputPath!, "cVeg");

        Assert.EndsWith("cVeg_Eyr_VISIT-UT_S3_r1i1p1f1_gn_1700-1702.nc", outcome.OutputPath);
        Assert.Equal(213, o.At(2, 1, 2));
    }

    [Fact]
    public void HoursSince_StandardCalendar_Decoded()
    {
        using var dir = new TempDir();
        // 1901-01-16 00:00 and 1901-02-15 00:00 in hours since 1900-01-01 (1900 is not a leap year).
        var src = new SourceFile { TimeUnits = "hours since 1900-01-01 00:00:00", Calendar = "standard", Time = [(365 + 15) * 24.0, (365 + 45) * 24.0] };

        var outcome = Harness.Converted(dir, src, "CLASSIC/S3/CLASSIC_S3_gpp.nc");

        Assert.EndsWith("_190101-190102.nc", outcome.OutputPath);
    }
}
