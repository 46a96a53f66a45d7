using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;
using Trendy.Testing;

namespace Trendy.Native.Tests.Netcdf;

public sealed class BadInputTests
{
    private static NcException OpenFails(string path)
    {
        var e = Assert.Throws<NcException>(() =>
        {
            using var f = NcFile.OpenRead(path);
            var h = f.ReadHeader();
            // A truncated NetCDF4 file may open and fail only when data are read.
            foreach (var v in h.Variables.Where(v => v.Rank > 0 && v.Type == NcType.Float))
            {
                var buffer = new float[v.ElementCount];
                f.Read(v.Name, new long[v.Rank], [.. v.Shape], buffer.AsSpan());
            }
        });
        Assert.Contains(path, e.Message);
        return e;
    }

    [Fact]
    public void Open_MissingFile_NamesFileAndSaysMissing() =>
        Assert.Contains("does not exist", OpenFails("/nonexistent/dir/x.nc").Message);

    [Fact]
    public void Open_ZeroByteFile_SaysEmpty()
    {
        using var dir = new TempDir();
        Assert.Contains("empty", OpenFails(BrokenFiles.ZeroByte(dir.File("z.nc"))).Message);
    }

    [Fact]
    public void Open_Directory_SaysDirectory()
    {
        using var dir = new TempDir();
        var d = Directory.CreateDirectory(dir.File("d.nc")).FullName;
        Assert.Contains("directory", OpenFails(d).Message);
    }

    [Fact]
    public void Open_TextFileNamedNc_SaysUnknownFormat()
    {
        using var dir = new TempDir();
        var e = OpenFails(BrokenFiles.Text(dir.File("t.nc")));
        Assert.Equal("nc_open", e.Call);
        Assert.NotEqual(0, e.Status);
        Assert.Contains("nc_open failed", e.Message);
    }

    [Fact]
    public void Open_DanglingLink_SaysDangling()
    {
        using var dir = new TempDir();
        var link = dir.File("l.nc");
        File.CreateSymbolicLink(link, dir.File("gone.nc"));
        Assert.Contains("dangling", OpenFails(link).Message);
    }

    [Fact]
    public void Open_Fifo_FailsWithoutBlocking()
    {
        using var dir = new TempDir();
        var fifo = dir.File("p.nc");
        using (var mk = System.Diagnostics.Process.Start("mkfifo", fifo)) mk.WaitForExit();
        Assert.Contains("not a regular file", OpenFails(fifo).Message);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.02)]
    public void Open_TruncatedNetCdf4_ThrowsNcExceptionNamingFile(double fraction)
    {
        using var dir = new TempDir();
        var values = Enumerable.Range(0, 20 * 30 * 40).Select(i => (double)(i % 977)).ToArray();
        var good = MessyNetcdf.Create().Dimension("time", 20).Dimension("lat", 30).Dimension("lon", 40)
            .Variable("gpp", NcType.Float, "time", "lat", "lon").Values(values).Compressed(1, true, 1, 30, 40).And()
            .WriteTo(dir.File("good.nc"));
        OpenFails(BrokenFiles.Truncated(good, dir.File("cut.nc"), fraction));
    }

    [Fact]
    public void ReadHeader_AfterDispose_Throws()
    {
        using var dir = new TempDir();
        var path = MessyNetcdf.Create().Dimension("x", 1).Variable("v", NcType.Int, "x").Values(1).And().WriteTo(dir.File("a.nc"));
        var f = NcFile.OpenRead(path);
        f.Dispose();
        Assert.Throws<ObjectDisposedException>(() => f.ReadHeader());
    }
}
