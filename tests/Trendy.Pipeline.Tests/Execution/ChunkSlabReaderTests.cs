using Trendy.Native.Netcdf;
using Trendy.Pipeline.Execution;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Execution;

public sealed class ChunkSlabReaderTests
{
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
}
