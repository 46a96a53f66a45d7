using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;
using Trendy.Testing;

namespace Trendy.Native.Tests.Netcdf;

[Collection(nameof(HandleCountCollection))]
public sealed class LeakTests
{
    [Fact]
    public void OpenClose_TenThousandTimes_HandleCountAndFileDescriptorsReturn()
    {
        using var dir = new TempDir();
        var path = MessyNetcdf.Create().Dimension("x", 3).Variable("v", NcType.Float, "x").Values(1, 2, 3).And().WriteTo(dir.File("leak.nc"));
        var before = NcFile.OpenHandleCount;
        var fdsBefore = Directory.GetFiles("/proc/self/fd").Length;
        for (var i = 0; i < 10_000; i++)
        {
            using var f = NcFile.OpenRead(path);
            if (i % 1000 == 0) _ = f.ReadHeader();
        }

        Assert.Equal(before, NcFile.OpenHandleCount);
        // Other tests in the process may open files meanwhile; a leak of 10,000 descriptors cannot hide in that noise.
        Assert.InRange(Directory.GetFiles("/proc/self/fd").Length, 0, fdsBefore + 50);
    }
}

[CollectionDefinition(nameof(HandleCountCollection), DisableParallelization = true)]
public sealed class HandleCountCollection;
