using Trendy.Native.Hdf5;
using Trendy.Native.Netcdf;
using Trendy.Pipeline.Execution;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Execution;

public sealed class ChunkSlabReaderTests
{
    [Theory]
    [InlineData(ChunkCodec.ZlibNg)]
    [InlineData(ChunkCodec.Isal)]
    public void Read_ChunkNeverWritten_GivesWhatLibnetcdfGives(ChunkCodec codec)
    {
        using var dir = new TempDir();
        var path = SparseChunkFile.Write(dir.File("holes.nc"), steps: 4, width: 5, new Dictionary<int, float[]> { [0] = [1, 2, 3, 4, 5], [2] = [6, 7, 8, 9, 10] });

        using var input = NcFile.OpenRead(path);
        var expected = new double[20];
        input.Read("v", [0, 0], [4, 5], expected.AsSpan());
        var got = new double[20];
        using (var reader = new ChunkSlabReader(input, "v", shuffled: true, isFloat: true, rank: 2, elementsPerStep: 5, stepsPerSlab: 4, codec))
        {
            reader.Read(0, 4, got);
        }

        Assert.Equal(expected, got);
        Assert.Equal(8.0, got[12]);
    }

    /// <summary>A stored chunk whose deflate stream is damaged fails the read after the parallel loop, naming file, variable and step, whichever codec inflates.</summary>
    [Theory]
    [InlineData(ChunkCodec.ZlibNg)]
    [InlineData(ChunkCodec.Isal)]
    public void Read_DamagedChunk_FailsNamingFileVariableAndStep(ChunkCodec codec)
    {
        using var dir = new TempDir();
        var path = SparseChunkFile.Write(dir.File("damaged.nc"), steps: 3, width: 64, new Dictionary<int, float[]>
        {
            [0] = [.. Enumerable.Range(0, 64).Select(i => (float)i)],
            [1] = [.. Enumerable.Range(0, 64).Select(i => (float)(i * 0.5))],
            [2] = [.. Enumerable.Range(0, 64).Select(i => (float)-i)],
        });
        DamageChunk(path, step: 1);

        using var input = NcFile.OpenRead(path);
        using var reader = new ChunkSlabReader(input, "v", shuffled: true, isFloat: true, rank: 2, elementsPerStep: 64, stepsPerSlab: 3, codec);
        var e = Assert.Throws<InvalidDataException>(() => reader.Read(0, 3, new double[3 * 64]));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("› v: stored chunk of time step 1 is damaged", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Rewrites the stored chunk of <paramref name="step"/> with its deflate stream's middle bytes inverted.</summary>
    private static void DamageChunk(string path, int step)
    {
        byte[] stored;
        using (var r = Hdf5ChunkReader.Open(path, "v"))
        {
            stored = new byte[r.StorageSize([step, 0])];
            _ = r.ReadChunk([step, 0], stored);
        }

        for (var i = 2; i < stored.Length - 4; i++) stored[i] ^= 0xFF;
        using var w = Hdf5ChunkWriter.Open(path, "v");
        w.WriteChunk([step, 0], stored);
    }
}
