using System.Runtime.InteropServices;
using Trendy.Core.Planning;
using Trendy.Native.Hdf5;
using Trendy.Native.Netcdf;
using Trendy.Pipeline.Execution;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Execution;

public sealed class ChunkSlabReaderTests
{
    private static readonly Dictionary<int, float[]> FourSteps = new()
    {
        [0] = [1, 2, 3, 4, 5], [1] = [6, 7, 8, 9, 10], [2] = [11, 12, 13, 14, 15], [3] = [16, 17, 18, 19, 20],
    };

    public static TheoryData<ChunkDamage, ChunkCodec> DamageByCodec()
    {
        var data = new TheoryData<ChunkDamage, ChunkCodec>();
        foreach (var damage in Enum.GetValues<ChunkDamage>())
        {
            foreach (var codec in Enum.GetValues<ChunkCodec>()) data.Add(damage, codec);
        }

        return data;
    }

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
        using (var reader = new ChunkSlabReader(input, "v", shuffled: true, isFloat: true, shape: [4, 5], stepsPerSlab: 4, codec))
        {
            reader.Read(0, 4, got);
        }

        Assert.Equal(expected, got);
        Assert.Equal(8.0, got[12]);
    }

    [Theory]
    [MemberData(nameof(DamageByCodec))]
    public void Read_DamagedChunk_CorruptInputNamingVariableAndStep(ChunkDamage damage, ChunkCodec codec)
    {
        using var dir = new TempDir();
        var path = SparseChunkFile.Write(dir.File("damaged.nc"), steps: 4, width: 5, FourSteps);
        DamagedChunk.Apply(path, "v", step: 2, rank: 2, elementsPerStep: 5, damage);

        using var input = NcFile.OpenRead(path);
        using var reader = new ChunkSlabReader(input, "v", shuffled: true, isFloat: true, shape: [4, 5], stepsPerSlab: 4, codec);
        var e = Assert.Throws<CorruptInputException>(() => reader.Read(0, 4, new double[20]));

        Assert.Contains("damaged.nc › v › time step 2: corrupt data", e.Message);
        Assert.Contains(CorruptInputException.Remedy, e.Message);
    }

    [Theory]
    [InlineData(ChunkCodec.ZlibNg)]
    [InlineData(ChunkCodec.Isal)]
    public void Read_DamagedChunkInALaterSlab_EarlierSlabsReadFine(ChunkCodec codec)
    {
        using var dir = new TempDir();
        var path = SparseChunkFile.Write(dir.File("damaged.nc"), steps: 4, width: 5, FourSteps);
        DamagedChunk.Apply(path, "v", step: 3, rank: 2, elementsPerStep: 5, ChunkDamage.Garbage);

        using var input = NcFile.OpenRead(path);
        using var reader = new ChunkSlabReader(input, "v", shuffled: true, isFloat: true, shape: [4, 5], stepsPerSlab: 2, codec);
        var first = new double[10];
        reader.Read(0, 2, first);

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], first);
        Assert.Contains("time step 3", Assert.Throws<CorruptInputException>(() => reader.Read(2, 2, new double[10])).Message);
    }

    [Theory]
    [InlineData(ChunkCodec.ZlibNg)]
    [InlineData(ChunkCodec.Isal)]
    public void Read_ChunkStoredWithDeflateSkipped_ReadsTheValuesThroughHdf5(ChunkCodec codec)
    {
        using var dir = new TempDir();
        var path = SparseChunkFile.Write(dir.File("masked.nc"), steps: 4, width: 5, FourSteps);
        float[] step1 = [60, 70, 80, 90, 100];
        var shuffled = new byte[20];
        ByteShuffle.Shuffle(MemoryMarshal.AsBytes(step1.AsSpan()), shuffled, sizeof(float));
        using (var writer = Hdf5ChunkWriter.Open(path, "v"))
        {
            // Filter 1 (deflate) skipped: HDF5 writers do this for chunks that do not compress.
            writer.WriteChunk([1, 0], shuffled, filterMask: 2);
        }

        using var input = NcFile.OpenRead(path);
        using var reader = new ChunkSlabReader(input, "v", shuffled: true, isFloat: true, shape: [4, 5], stepsPerSlab: 4, codec);
        var got = new double[20];
        reader.Read(0, 4, got);

        Assert.Equal([60, 70, 80, 90, 100], got[5..10]);
        Assert.Equal([11, 12, 13, 14, 15], got[10..15]);
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
        using var reader = new ChunkSlabReader(input, "v", shuffled: true, isFloat: true, shape: [3, 64], stepsPerSlab: 3, codec);
        var e = Assert.Throws<CorruptInputException>(() => reader.Read(0, 3, new double[3 * 64]));
        Assert.Contains("damaged.nc › v › time step 1: corrupt data", e.Message, StringComparison.Ordinal);
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
