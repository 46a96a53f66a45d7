using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;
using Trendy.Pipeline.Inspection;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Inspection;

public sealed class InspectorTests
{
    private static string Classic(TempDir dir, NcCreateFormat format, int recordVars, string name = "a.nc")
    {
        var b = MessyNetcdf.Create().Format(format)
            .Dimension("time", 0).Dimension("lat", 3).Dimension("lon", 5)
            .Variable("lat", NcType.Float, "lat").Values(-10, 0, 10).Attr("units", "degrees_north").And()
            .Variable("odd", NcType.Short, "lat").Values(1, 2, 3).And()
            .Global("history", "made by a test; the header must be counted exactly");
        for (var r = 0; r < recordVars; r++)
        {
            b.Variable($"v{r}", r % 2 == 0 ? NcType.Float : NcType.Short, "time", "lat", "lon")
                .Values([.. Enumerable.Range(0, 4 * 15).Select(i => (double)i)]).Attr("units", "kg m-2");
        }

        return b.WriteTo(dir.File(name));
    }

    [Theory]
    [InlineData(NcCreateFormat.Classic, 1)]
    [InlineData(NcCreateFormat.Classic, 3)]
    [InlineData(NcCreateFormat.Offset64Bit, 2)]
    [InlineData(NcCreateFormat.Cdf5, 2)]
    public void MinimumSize_CompleteClassicFile_IsAtMostItsSizeAndClose(NcCreateFormat format, int recordVars)
    {
        using var dir = new TempDir();
        var path = Classic(dir, format, recordVars);
        var (header, fingerprint) = Inspector.Inspect(path);
        var min = Netcdf3Layout.MinimumSize(header)!.Value;
        Assert.InRange(min, header.FileSize - 16, header.FileSize);
        Assert.Equal(64, fingerprint.HeaderSha256.Length);
    }

    [Theory]
    [InlineData(NcCreateFormat.Classic, 0.97)]
    [InlineData(NcCreateFormat.Offset64Bit, 0.8)]
    public void Inspect_TruncatedClassicFile_IsRefusedWithSizes(NcCreateFormat format, double keep)
    {
        using var dir = new TempDir();
        var good = Classic(dir, format, 2);
        var cut = BrokenFiles.Truncated(good, dir.File("cut.nc"), keep);
        var e = Assert.Throws<NcException>(() => Inspector.Inspect(cut));
        Assert.Contains("truncated", e.Message);
        Assert.Contains(cut, e.Message);
    }

    [Fact]
    public void HeaderHash_ChangesWhenAnAttributeChanges()
    {
        using var dir = new TempDir();
        var a = MessyNetcdf.Create().Dimension("x", 1).Variable("v", NcType.Float, "x").Values(1).Attr("units", "K").And().WriteTo(dir.File("a.nc"));
        var b = MessyNetcdf.Create().Dimension("x", 1).Variable("v", NcType.Float, "x").Values(1).Attr("units", "degC").And().WriteTo(dir.File("b.nc"));
        Assert.NotEqual(Inspector.Inspect(a).Fingerprint.HeaderSha256, Inspector.Inspect(b).Fingerprint.HeaderSha256);
    }
}
