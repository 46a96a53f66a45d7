using System.Runtime.InteropServices;
using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Native.Hdf5;
using Trendy.Native.Netcdf;
using Trendy.Testing;

namespace Trendy.Native.Tests.Hdf5;

public sealed class Hdf5ChunkReaderTests
{
    [Theory]
    [InlineData(true, ChunkCodec.ZlibNg)]
    [InlineData(false, ChunkCodec.ZlibNg)]
    [InlineData(true, ChunkCodec.Isal)]
    [InlineData(false, ChunkCodec.Isal)]
    public void ReadChunk_WrittenByLibnetcdf_InflatesToTheSameFloats(bool shuffle, ChunkCodec codec)
    {
        using var dir = new TempDir();
        var path = dir.File("in.nc");
        var values = Enumerable.Range(0, 3 * 4 * 6).Select(i => (float)(Math.Sin(i) * 1e-3)).ToArray();
        using (var f = NcFile.Create(path, NcCreateFormat.NetCdf4))
        {
            f.DefineDimension("time", 3);
            f.DefineDimension("y", 4);
            f.DefineDimension("x", 6);
            f.DefineVariable("v", NcType.Float, ["time", "y", "x"]);
            f.SetChunking("v", [1, 4, 6]);
            f.SetCompression("v", 3, shuffle);
            f.EndDefine();
            f.Write<float>("v", [0, 0, 0], [3, 4, 6], values);
        }

        using var r = Hdf5ChunkReader.Open(path, "v");
        var inflater = new ChunkInflater(codec);
        for (var t = 0; t < 3; t++)
        {
            var size = r.StorageSize([t, 0, 0]);
            Assert.True(size > 0);
            var stored = new byte[size];
            Assert.Equal(0u, r.ReadChunk([t, 0, 0], stored));
            var back = new float[24];
            Assert.True(inflater.Inflate(stored, MemoryMarshal.AsBytes(back.AsSpan()), sizeof(float), shuffle).IsOk);
            Assert.Equal(values.AsSpan(t * 24, 24).ToArray(), back);
        }
    }

    [Fact]
    public void StorageSize_ChunkNeverWritten_IsZero()
    {
        using var dir = new TempDir();
        var path = SparseChunkFile.Write(dir.File("holes.nc"), steps: 3, width: 5, new Dictionary<int, float[]> { [0] = [1, 2, 3, 4, 5] });

        using var r = Hdf5ChunkReader.Open(path, "v");
        Assert.True(r.StorageSize([0, 0]) > 0);
        Assert.Equal(0, r.StorageSize([1, 0]));
    }

    [Theory]
    [InlineData(ChunkCodec.ZlibNg)]
    [InlineData(ChunkCodec.Isal)]
    public void Inflate_WrongLength_IsAProblem(ChunkCodec codec)
    {
        var c = new ChunkCompressor(1);
        c.Compress(new byte[40], 4);
        var stored = c.Result.ToArray();
        var inflater = new ChunkInflater(codec);
        Assert.Contains("more than", inflater.Inflate(stored, new byte[36], 4, true).Problem ?? "", StringComparison.Ordinal);
        Assert.Contains("fewer than", inflater.Inflate(stored, new byte[44], 4, true).Problem ?? "", StringComparison.Ordinal);
        Assert.True(inflater.Inflate(stored, new byte[40], 4, true).IsOk);
    }
}
