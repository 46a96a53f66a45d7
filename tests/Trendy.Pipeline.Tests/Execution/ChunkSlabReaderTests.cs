using Trendy.Core.Inventory;
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
        var path = dir.File("holes.nc");
        using (var f = NcFile.Create(path, NcCreateFormat.NetCdf4))
        {
            f.DefineDimension("time", 4);
            f.DefineDimension("x", 5);
            f.DefineVariable("v", NcType.Float, ["time", "x"]);
            f.SetChunking("v", [1, 5]);
            f.SetCompression("v", 1, shuffle: true);
            f.SetFill("v", 1e20);
            f.EndDefine();
            f.Write<float>("v", [0, 0], [1, 5], [1, 2, 3, 4, 5]);
            f.Write<float>("v", [2, 0], [1, 5], [6, 7, 8, 9, 10]);
        }

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
