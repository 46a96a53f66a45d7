using System.Runtime.InteropServices;
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

    [Fact]
    public void Read_ChunkNeverWritten_GivesWhatLibnetcdfGives()
    {
        using var dir = new TempDir();
        var path = SparseChunkFile.Write(dir.File("holes.nc"), steps: 4, width: 5, new Dictionary<int, float[]> { [0] = [1, 2, 3, 4, 5], [2] = [6, 7, 8, 9, 10] });

        using var input = NcFile.OpenRead(path);
        var expected = new double[20];
        input.Read("v", [0, 0], [4, 5], expected.AsSpan());
        var got = new double[20];
        using (var reader = new ChunkSlabReader(input, "v", shuffled: true, isFloat: true, rank: 2, elementsPerStep: 5, stepsPerSlab: 4))
        {
            reader.Read(0, 4, got);
        }

        Assert.Equal(expected, got);
        Assert.Equal(8.0, got[12]);
    }

    [Theory]
    [InlineData(ChunkDamage.Truncated)]
    [InlineData(ChunkDamage.Garbage)]
    [InlineData(ChunkDamage.TooLong)]
    [InlineData(ChunkDamage.Empty)]
    [InlineData(ChunkDamage.MaskedGarbage)]
    public void Read_DamagedChunk_CorruptInputNamingVariableAndStep(ChunkDamage damage)
    {
        using var dir = new TempDir();
        var path = SparseChunkFile.Write(dir.File("damaged.nc"), steps: 4, width: 5, FourSteps);
        DamagedChunk.Apply(path, "v", step: 2, rank: 2, elementsPerStep: 5, damage);

        using var input = NcFile.OpenRead(path);
        using var reader = new ChunkSlabReader(input, "v", shuffled: true, isFloat: true, rank: 2, elementsPerStep: 5, stepsPerSlab: 4);
        var e = Assert.Throws<CorruptInputException>(() => reader.Read(0, 4, new double[20]));

        Assert.Contains("damaged.nc › v › time step 2: corrupt data", e.Message);
        Assert.Contains(CorruptInputException.Remedy, e.Message);
    }

    [Fact]
    public void Read_DamagedChunkInALaterSlab_EarlierSlabsReadFine()
    {
        using var dir = new TempDir();
        var path = SparseChunkFile.Write(dir.File("damaged.nc"), steps: 4, width: 5, FourSteps);
        DamagedChunk.Apply(path, "v", step: 3, rank: 2, elementsPerStep: 5, ChunkDamage.Garbage);

        using var input = NcFile.OpenRead(path);
        using var reader = new ChunkSlabReader(input, "v", shuffled: true, isFloat: true, rank: 2, elementsPerStep: 5, stepsPerSlab: 2);
        var first = new double[10];
        reader.Read(0, 2, first);

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], first);
        Assert.Contains("time step 3", Assert.Throws<CorruptInputException>(() => reader.Read(2, 2, new double[10])).Message);
    }

    [Fact]
    public void Read_ChunkStoredWithDeflateSkipped_ReadsTheValuesThroughHdf5()
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
        using var reader = new ChunkSlabReader(input, "v", shuffled: true, isFloat: true, rank: 2, elementsPerStep: 5, stepsPerSlab: 4);
        var got = new double[20];
        reader.Read(0, 4, got);

        Assert.Equal([60, 70, 80, 90, 100], got[5..10]);
        Assert.Equal([11, 12, 13, 14, 15], got[10..15]);
    }
}
