using System.Diagnostics;
using System.Runtime.InteropServices;
using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Native.Hdf5;
using Trendy.Native.Netcdf;
using Trendy.Testing;

namespace Trendy.Native.Tests.Hdf5;

public sealed class Hdf5ChunkWriterTests
{
    private const int Steps = 3;
    private const int NY = 5;
    private const int NX = 7;
    private const double Fill = 1e20;

    [Fact]
    public void IsSupported_DebianHdf5_IsAtLeast1103()
    {
        Assert.True(Hdf5ChunkWriter.IsSupported);
        Assert.True(Hdf5ChunkWriter.LibraryVersion >= new Version(1, 10, 3));
    }

    [Theory]
    [InlineData(NcType.Float, 1, ChunkCodec.ZlibNg)]
    [InlineData(NcType.Double, 4, ChunkCodec.ZlibNg)]
    [InlineData(NcType.Float, 1, ChunkCodec.Isal)]
    [InlineData(NcType.Double, 1, ChunkCodec.Isal)]
    public void WriteChunk_ShuffledDeflatedSteps_ReadBackByLibnetcdfExactly(NcType type, int level, ChunkCodec codec)
    {
        using var dir = new TempDir();
        var path = dir.File("direct.nc");
        var expected = Expected();
        if (type == NcType.Float) expected = [.. expected.Select(d => (double)(float)d)];
        using (var f = NcFile.Create(path, NcCreateFormat.NetCdf4))
        {
            f.DefineDimension("time", Steps);
            f.DefineDimension("y", NY);
            f.DefineDimension("x", NX);
            f.DefineVariable("v", type, ["time", "y", "x"]);
            f.SetChunking("v", [1, NY, NX]);
            f.SetCompression("v", level, shuffle: true);
            f.SetFill("v", Fill);
            f.EndDefine();
        }

        var compressor = new ChunkCompressor(level, codec);
        Assert.Equal(codec, compressor.Codec);
        using (var w = Hdf5ChunkWriter.Open(path, "v"))
        {
            for (var t = 0; t < Steps; t++)
            {
                var step = expected.AsSpan(t * NY * NX, NY * NX);
                if (type == NcType.Float) compressor.Compress(MemoryMarshal.AsBytes(step.ToArray().Select(d => (float)d).ToArray().AsSpan()), 4);
                else compressor.Compress(MemoryMarshal.AsBytes(step), 8);
                w.WriteChunk([t, 0, 0], compressor.Result);
            }
        }

        using (var f = NcFile.OpenRead(path))
        {
            var v = f.ReadHeader().Variable("v")!;
            Assert.Equal([1L, NY, NX], v.ChunkShape);
            Assert.Equal(level, v.DeflateLevel);
            Assert.True(v.Shuffle);
            var back = new double[expected.Length];
            f.Read("v", [0, 0, 0], [Steps, NY, NX], back.AsSpan());
            Assert.Equal(expected, back);
        }

        Assert.Equal(0, Ncdump(path, "v"));
    }

    [Fact]
    public void Open_MissingDataset_ThrowsNamingCallFileAndVariable()
    {
        using var dir = new TempDir();
        var path = dir.File("empty.nc");
        using (var f = NcFile.Create(path, NcCreateFormat.NetCdf4))
        {
            f.DefineDimension("x", 2);
        }

        var e = Assert.Throws<Hdf5Exception>(() => Hdf5ChunkWriter.Open(path, "nope"));
        Assert.Equal("H5Dopen2", e.Call);
        Assert.Equal("nope", e.Variable);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    private static double[] Expected()
    {
        var values = new double[Steps * NY * NX];
        for (var i = 0; i < values.Length; i++) values[i] = i % 5 == 0 ? Fill : (i * 0.25) - 3;
        return values;
    }

    private static int Ncdump(string path, string variable)
    {
        using var p = Process.Start(new ProcessStartInfo("ncdump", ["-v", variable, path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        _ = p.StandardOutput.ReadToEnd();
        _ = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return p.ExitCode;
    }
}
