using Trendy.Core.Batch;
using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Conversion;

/// <summary>
/// Bad inputs end as a Failed outcome with a stable reason code and a message naming the file, and leave
/// nothing (no output, no temporary) in the output folder (robustness; docs/contract.md §1.1: ILAMB reads
/// every *.nc below a model folder).
/// </summary>
public sealed class BadInputConversionTests
{
    private const string Gpp = "CLASSIC/S3/CLASSIC_S3_gpp.nc";

    private static string Place(TempDir dir, string relative)
    {
        var path = Path.Combine(dir.Path, "in", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private static void AssertFailed(TempDir dir, WorkOutcome outcome, string code, params string[] mentions)
    {
        Assert.True(outcome.Status == WorkStatus.Failed, $"{outcome.Status} {outcome.ReasonCode}: {outcome.Message}");
        Assert.Equal(code, outcome.ReasonCode);
        Assert.Contains("CLASSIC_S3_gpp.nc", outcome.Message);
        foreach (var m in mentions) Assert.Contains(m, outcome.Message);
        Assert.Empty(Harness.FilesUnder(dir));
    }

    [Fact]
    public void Input_TextNamedNc_FailsUnreadable()
    {
        using var dir = new TempDir();
        var input = BrokenFiles.Text(Place(dir, Gpp));

        AssertFailed(dir, Harness.ConvertFile(dir, input, Gpp), "INPUT_UNREADABLE");
    }

    [Fact]
    public void Input_ZeroBytes_FailsUnreadable()
    {
        using var dir = new TempDir();
        var input = BrokenFiles.ZeroByte(Place(dir, Gpp));

        AssertFailed(dir, Harness.ConvertFile(dir, input, Gpp), "INPUT_UNREADABLE");
    }

    [Theory]
    [InlineData(NcCreateFormat.Classic, 0.7)]
    [InlineData(NcCreateFormat.Offset64Bit, 0.95)]
    [InlineData(NcCreateFormat.NetCdf4, 0.5)]
    [InlineData(NcCreateFormat.NetCdf4, 0.9)]
    public void Input_Truncated_FailsUnreadableWithoutOutput(NcCreateFormat format, double keep)
    {
        using var dir = new TempDir();
        var good = new SourceFile { Format = format, Lat = [.. Enumerable.Range(0, 20).Select(i => -85.0 + (i * 9))], Lon = [.. Enumerable.Range(0, 30).Select(i => i * 12.0)] }
            .WriteTo(dir.File("good.nc"));
        var input = BrokenFiles.Truncated(good, Place(dir, Gpp), keep);

        AssertFailed(dir, Harness.ConvertFile(dir, input, Gpp), "INPUT_UNREADABLE");
    }

    [Fact]
    public void Input_NoTimeAxis_FailsWithTimeCode()
    {
        using var dir = new TempDir();
        var input = MessyNetcdf.Create().Dimension("lat", 2).Dimension("lon", 2)
            .Variable("lat", NcType.Double, "lat").Values(-45, 45).Attr("units", "degrees_north").And()
            .Variable("lon", NcType.Double, "lon").Values(0, 180).Attr("units", "degrees_east").And()
            .Variable("gpp", NcType.Float, "lat", "lon").Values(1, 2, 3, 4).Attr("units", "kg m-2 s-1").And()
            .WriteTo(Place(dir, Gpp));

        AssertFailed(dir, Harness.ConvertFile(dir, input, Gpp), "TIME020", "gpp");
    }

    [Fact]
    public void Input_DataVariableMissing_FailsWithVariableCode()
    {
        using var dir = new TempDir();
        var input = new SourceFile { Variable = "foo", Extra = b => b.Variable("bar", NcType.Float, "lat", "lon").Values(1, 2, 3, 4, 5, 6).And() }
            .WriteTo(Place(dir, Gpp));

        AssertFailed(dir, Harness.ConvertFile(dir, input, Gpp), "VAR001", "foo", "bar");
    }

    [Fact]
    public void Input_VariableNotInCatalog_Skipped()
    {
        using var dir = new TempDir();
        const string rel = "CLASSIC/S3/CLASSIC_S3_notavariable.nc";
        var input = new SourceFile { Variable = "notavariable" }.WriteTo(Place(dir, rel));

        var outcome = Harness.ConvertFile(dir, input, rel);

        Assert.Equal(WorkStatus.Skipped, outcome.Status);
        Assert.Empty(Harness.FilesUnder(dir));
    }

    [Fact]
    public void Input_GppInKelvin_FailsWithUnitCodeNamingVariableAndAttribute()
    {
        using var dir = new TempDir();
        var input = new SourceFile { Units = "K" }.WriteTo(Place(dir, Gpp));

        AssertFailed(dir, Harness.ConvertFile(dir, input, Gpp), "UNIT010", "gpp", "units", "'K'");
    }

    [Theory]
    [InlineData(new double[] { 15, 45, 40, 105 })]
    [InlineData(new double[] { 15, 45, 45, 105 })]
    public void Input_TimesNotIncreasing_FailsWithTimeCode(double[] times)
    {
        using var dir = new TempDir();
        var input = new SourceFile { Time = times }.WriteTo(Place(dir, Gpp));

        AssertFailed(dir, Harness.ConvertFile(dir, input, Gpp), "TIME006", "time");
    }

    [Fact]
    public void Input_CurvilinearLatLon_FailsWithGridCode()
    {
        using var dir = new TempDir();
        var input = MessyNetcdf.Create().Dimension("time", 2).Dimension("y", 2).Dimension("x", 2)
            .Variable("time", NcType.Double, "time").Values(15, 45).Attr("units", "days since 2000-01-01").Attr("calendar", "noleap").And()
            .Variable("lat", NcType.Double, "y", "x").Values(-45, -44, 45, 46).Attr("units", "degrees_north").And()
            .Variable("lon", NcType.Double, "y", "x").Values(0, 180, 1, 181).Attr("units", "degrees_east").And()
            .Variable("gpp", NcType.Float, "time", "y", "x").Values(1, 2, 3, 4, 5, 6, 7, 8).Attr("units", "kg m-2 s-1").And()
            .WriteTo(Place(dir, Gpp));

        AssertFailed(dir, Harness.ConvertFile(dir, input, Gpp), "GRID002");
    }

    [Fact]
    public void Input_Missing_FailsUnreadableNamingFile()
    {
        using var dir = new TempDir();
        var input = Place(dir, Gpp);

        AssertFailed(dir, Harness.ConvertItem(new WorkItem("i", input, "m", "s", "v", 0), Gpp, Harness.OutRoot(dir), new Trendy.Core.Planning.ConvertOptions(), [], false, CancellationToken.None), "INPUT_UNREADABLE");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(11)]
    [InlineData(23)]
    [InlineData(37)]
    public void Input_CorruptNetcdf4Bytes_FailsWithoutOutput(int seed)
    {
        using var dir = new TempDir();
        var good = new SourceFile
        {
            Lat = [.. Enumerable.Range(0, 30).Select(i => -87.0 + (i * 6))], Lon = [.. Enumerable.Range(0, 40).Select(i => i * 9.0)],
            DataAttributes = v => v.Compressed(4, true, 1, 30, 40),
            Value = (t, z, y, x) => Math.Sin(t + y + (x * 0.1)),
        }.WriteTo(dir.File("good.nc"));
        var input = BrokenFiles.Mutated(good, Place(dir, Gpp), seed, 200);

        var outcome = Harness.ConvertFile(dir, input, Gpp);

        Assert.True(outcome.Status == WorkStatus.Failed, $"{outcome.Status} {outcome.ReasonCode} {outcome.Message}");
        Assert.Contains(outcome.ReasonCode, new[] { "INPUT_UNREADABLE", "CONVERT_FAILED" });
        Assert.Contains("CLASSIC_S3_gpp.nc", outcome.Message);
        Assert.Empty(Harness.FilesUnder(dir));
    }

    [Fact]
    public void Input_EmptyRecordTimeAxis_FailsWithTimeCode()
    {
        using var dir = new TempDir();
        var input = new SourceFile { Time = [], UnlimitedTime = true, Format = NcCreateFormat.Classic }.WriteTo(Place(dir, Gpp));

        AssertFailed(dir, Harness.ConvertFile(dir, input, Gpp), "TIME016");
    }

    [Fact]
    public void Input_UnknownTimeUnitsAndUnknownStepCount_FailsWithTimeCodeNamingAttribute()
    {
        using var dir = new TempDir();
        var input = new SourceFile { TimeUnits = "fortnights after the flood" }.WriteTo(Place(dir, Gpp));

        var outcome = Harness.ConvertFile(dir, input, Gpp);

        Assert.Equal(WorkStatus.Failed, outcome.Status);
        Assert.Equal("TIME001", outcome.ReasonCode);
        Assert.Contains("units", outcome.Message);
        Assert.Empty(Harness.FilesUnder(dir));
    }
}
