using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;
using Trendy.Pipeline.Inspection;
using Trendy.Pipeline.Synthesis;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Synthesis;

public sealed class SyntheticReleaseDeterminismTests
{
    // A cut-down tiny profile: one NetCDF3 classic, one 64-bit-offset and one NetCDF4 model keep the test quick.
    private static readonly SynthProfile Few = SynthProfile.Tiny with { Models = [ModelCatalog.Orchidee, ModelCatalog.CablePop, ModelCatalog.Clm] };

    [Fact]
    public void SameSeed_SameBytesForNetcdf3AndText_SameHeadersForNetcdf4()
    {
        using var dir = new TempDir();
        var a = SyntheticRelease.Write(Path.Combine(dir.Path, "a"), Few, seed: 7);
        var b = SyntheticRelease.Write(Path.Combine(dir.Path, "b"), Few, seed: 7);
        Assert.Equal(a.Files.Select(f => f.Path), b.Files.Select(f => f.Path));
        foreach (var f in a.Files)
        {
            var pa = Path.Combine(dir.Path, "a", f.Path);
            var pb = Path.Combine(dir.Path, "b", f.Path);
            if (IsNetcdf4(pa)) Assert.Equal(Inspector.HeaderHash(Header(pa)), Inspector.HeaderHash(Header(pb)));
            else Assert.True(File.ReadAllBytes(pa).AsSpan().SequenceEqual(File.ReadAllBytes(pb)), f.Path);
        }
    }

    [Fact]
    public void DifferentSeed_DifferentBytes()
    {
        using var dir = new TempDir();
        var one = SynthProfile.Tiny with { Models = [ModelCatalog.Orchidee] };
        SyntheticRelease.Write(Path.Combine(dir.Path, "a"), one, seed: 1);
        SyntheticRelease.Write(Path.Combine(dir.Path, "b"), one, seed: 2);
        const string Rel = "ORCHIDEE/S2/ORCHIDEE_S2_gpp.nc";
        Assert.False(File.ReadAllBytes(Path.Combine(dir.Path, "a", Rel)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(dir.Path, "b", Rel))));
    }

    [Fact]
    public void Write_IntoNonEmptyFolder_IsRefused()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("keep.txt"), "mine");
        Assert.Throws<Trendy.Core.TrendyException>(() => SyntheticRelease.Write(dir.Path, Few));
        Assert.Single(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    private static bool IsNetcdf4(string path)
    {
        if (!path.EndsWith(".nc", StringComparison.Ordinal)) return false;
        using var f = NcFile.OpenRead(path);
        return f.Format is NcFormat.NetCdf4 or NcFormat.NetCdf4Classic;
    }

    private static DatasetHeader Header(string path)
    {
        using var f = NcFile.OpenRead(path);
        return f.ReadHeader();
    }
}
