using Trendy.Core.Cf.Time;
using Trendy.Pipeline.Synthesis;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Synthesis;

public sealed class SyntheticReleaseContentTests(TinyReleaseFixture tiny) : IClassFixture<TinyReleaseFixture>
{
    [Fact]
    public void ConvertibleNetcdfFiles_OpenWithReadableHeaderAndData()
    {
        using var scratch = new TempDir();
        var convertible = tiny.Manifest.Files.Where(f => f.Expected == SynthExpectation.Convert).ToList();
        Assert.NotEmpty(convertible);
        foreach (var entry in convertible)
        {
            var path = SynthFileReader.Readable(tiny.Full(entry.Path), scratch.Path);
            var header = SynthFileReader.Header(path);
            var variable = header.VariableIgnoreCase(entry.Variable!);
            Assert.True(variable is not null, $"{entry.Path}: no variable {entry.Variable}");
            SynthFileReader.ReadEverything(path);
        }
    }

    [Fact]
    public void CorruptFiles_FailToOpenOrRead()
    {
        var broken = tiny.Manifest.Files.Where(f => f.Expected == SynthExpectation.Fail).ToList();
        Assert.NotEmpty(broken);
        foreach (var entry in broken)
        {
            Assert.ThrowsAny<Exception>(() =>
            {
                _ = SynthFileReader.Header(tiny.Full(entry.Path));
                SynthFileReader.ReadEverything(tiny.Full(entry.Path));
            });
        }
    }

    [Fact]
    public void ClmGpp_IsPositiveOnLandWithCmipFillInOcean()
    {
        var values = SynthFileReader.ReadAll(tiny.Full("CLM5.0/S3/CLM6.0_S3_gpp.nc"), "gpp");
        var land = values.Where(v => v < 1e19f).ToList();
        Assert.InRange(land.Count, values.Length / 5, values.Length * 3 / 5);
        Assert.All(land, v => Assert.InRange(v, 1e-10f, 2e-7f));
        Assert.Contains(1e20f, values);
    }

    [Fact]
    public void LpxGpp_PerMonthUnits_MatchTheSameFieldAsClm()
    {
        // gC m-2 month-1 in a 360_day calendar: divide by 1000 g/kg and 30 days of seconds.
        var lpx = SynthFileReader.ReadAll(tiny.Full("LPX/S3/LPX-Bern_S3_gpp.nc"), "gpp").Where(v => v > -99998).Select(v => v / 1000.0 / (30 * 86_400)).ToList();
        var clm = SynthFileReader.ReadAll(tiny.Full("CLM5.0/S3/CLM6.0_S3_gpp.nc"), "gpp").Where(v => v < 1e19f).Select(v => (double)v).ToList();
        Assert.InRange(lpx.Average() / clm.Average(), 0.7, 1.4);
    }

    [Fact]
    public void VisitTas_IsInCelsiusAndOceanIsNaN()
    {
        var values = SynthFileReader.ReadAll(tiny.Full("VISIT/S3/VISIT_S3_tas.nc"), "tas");
        Assert.Contains(values, float.IsNaN);
        Assert.All(values.Where(v => !float.IsNaN(v)), v => Assert.InRange(v, -70f, 50f));
    }

    [Fact]
    public void Simulations_DifferSlightly()
    {
        var s0 = SynthFileReader.ReadAll(tiny.Full("CLM5.0/S0/CLM6.0_S0_cVeg.nc"), "cVeg").Where(v => v < 1e19f).Average();
        var s3 = SynthFileReader.ReadAll(tiny.Full("CLM5.0/S3/CLM6.0_S3_cVeg.nc"), "cVeg").Where(v => v < 1e19f).Average();
        Assert.NotEqual(s0, s3);
        Assert.InRange(s3 / s0, 0.9, 1.3);
    }

    [Fact]
    public void Orientation_FollowsTheModelRecipe()
    {
        var orchidee = SynthFileReader.Header(tiny.Full("ORCHIDEE/S1/ORCHIDEE_S1_gpp.nc"));
        Assert.True(orchidee.Values("lat")![0] > 0);
        Assert.NotNull(orchidee.Dimension("time_counter"));
        var visit = SynthFileReader.Header(tiny.Full("VISIT/S1/VISIT_S1_gpp.nc"));
        Assert.True(visit.Values("lon")!.Max() > 180);
        var isam = SynthFileReader.Header(tiny.Full("ISAM/S1/ISAM_S1_gpp.nc"));
        Assert.Equal(["longitude", "latitude", "time"], isam.Variable("gpp")!.Dimensions);
    }

    [Fact]
    public void TimeValues_DecodeToTheProfileSpan()
    {
        var clm = SynthFileReader.Header(tiny.Full("CLM5.0/S0/CLM6.0_S0_gpp.nc")).Values("time")!;
        Assert.Equal(72, clm.Length);
        Assert.Equal((278 * 365) + 15.5, clm[0]);
        Assert.Equal(278, SynthFileReader.Header(tiny.Full("CABLE-POP/S0/CABLE-POP_S0_cVeg.nc")).Values("time")![0]);
        var cardamom = SynthFileReader.Header(tiny.Full("CARDAMOM/S2/CARDAMOM_S2_cVeg.nc")).Values("Time")!;
        Assert.Equal([.. Enumerable.Range(1, 72).Select(i => (double)i)], cardamom);
        var days1850 = CalendarMath.DaysBetween(CalendarKind.Standard, new CfDate(1850, 1, 1), new CfDate(1978, 1, 1));
        Assert.Equal(days1850 + 15.5, SynthFileReader.Header(tiny.Full("ORCHIDEE/S0/ORCHIDEE_S0_gpp.nc")).Values("time_counter")![0]);
    }
}
