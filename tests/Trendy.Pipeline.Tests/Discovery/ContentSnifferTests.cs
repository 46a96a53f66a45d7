using System.Formats.Tar;
using System.IO.Compression;
using Trendy.Core.Identify;
using Trendy.Native.Netcdf;
using Trendy.Pipeline.Discovery;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Discovery;

/// <summary>Leading bytes decide what a file is, plain or wrapped (issue 7).</summary>
public sealed class ContentSnifferTests
{
    private static readonly byte[] Hdf5Signature = [0x89, (byte)'H', (byte)'D', (byte)'F', (byte)'\r', (byte)'\n', 0x1a, (byte)'\n'];

    internal static string NetcdfFile(string path, NcCreateFormat format) =>
        MessyNetcdf.Create().Format(format).Dimension("x", 2).Variable("v", Core.Inventory.NcType.Float, "x").Values(1, 2).And().WriteTo(path);

    internal static string Gzip(string source, string path)
    {
        using (var input = File.OpenRead(source))
        using (var output = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            input.CopyTo(output);
        }

        return path;
    }

    internal static string TarGzip(string path, params (string Name, string Source)[] entries)
    {
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        using (var tar = new TarWriter(gz))
        {
            foreach (var (name, source) in entries) tar.WriteEntry(source, name);
        }

        return path;
    }

    [Theory]
    [InlineData(NcCreateFormat.Classic, ContentKind.NetCdf3Classic)]
    [InlineData(NcCreateFormat.Offset64Bit, ContentKind.NetCdf3Offset64)]
    [InlineData(NcCreateFormat.Cdf5, ContentKind.NetCdf5)]
    [InlineData(NcCreateFormat.NetCdf4, ContentKind.Hdf5)]
    [InlineData(NcCreateFormat.NetCdf4Classic, ContentKind.Hdf5)]
    public void Sniff_PlainNetcdf_KindFromTheMagicNumber(NcCreateFormat format, ContentKind expected)
    {
        using var dir = new TempDir();

        Assert.Equal(new FileContent(expected), ContentSniffer.Sniff(NetcdfFile(dir.File("noext"), format)));
    }

    [Theory]
    [InlineData(512)]
    [InlineData(1024)]
    [InlineData(4096)]
    [InlineData(65536)]
    public void Sniff_Hdf5SignatureAfterAUserBlock_Hdf5(int offset)
    {
        using var dir = new TempDir();
        var bytes = new byte[offset + 64];
        new Random(offset).NextBytes(bytes.AsSpan(0, offset));
        bytes[0] = (byte)'#';
        Hdf5Signature.CopyTo(bytes, offset);
        File.WriteAllBytes(dir.File("f.h5"), bytes);

        Assert.Equal(ContentKind.Hdf5, ContentSniffer.Sniff(dir.File("f.h5")).Kind);
    }

    [Fact]
    public void Sniff_Hdf5SignatureAtANonPowerOfTwo_Other()
    {
        using var dir = new TempDir();
        var bytes = new byte[1000];
        Hdf5Signature.CopyTo(bytes, 700);
        File.WriteAllBytes(dir.File("f.h5"), bytes);

        Assert.Equal(ContentKind.Other, ContentSniffer.Sniff(dir.File("f.h5")).Kind);
    }

    [Fact]
    public void Sniff_Wrappers_KindOfWhatIsInside()
    {
        using var dir = new TempDir();
        var nc4 = NetcdfFile(dir.File("a.nc4"), NcCreateFormat.NetCdf4);
        var readme = BrokenFiles.Text(dir.File("README"), "read me\n");

        Assert.Equal(new FileContent(ContentKind.Hdf5, ArchiveKind.Gzip), ContentSniffer.Sniff(Gzip(nc4, dir.File("a.gz"))));
        Assert.Equal(new FileContent(ContentKind.Hdf5, ArchiveKind.TarGzip), ContentSniffer.Sniff(TarGzip(dir.File("a.tgz"), ("README", readme), ("a.nc4", nc4))));
        Assert.Equal(new FileContent(ContentKind.Other, ArchiveKind.Gzip), ContentSniffer.Sniff(Gzip(readme, dir.File("r.gz"))));
    }

    [Fact]
    public void Sniff_TextEmptyMissingOrFolder_NotNetcdf()
    {
        using var dir = new TempDir();

        Assert.Equal(ContentKind.Other, ContentSniffer.Sniff(BrokenFiles.Text(dir.File("t.nc"))).Kind);
        Assert.Equal(ContentKind.NotRead, ContentSniffer.Sniff(BrokenFiles.ZeroByte(dir.File("z.nc"))).Kind);
        Assert.Equal(ContentKind.NotRead, ContentSniffer.Sniff(dir.File("missing")).Kind);
        Assert.Equal(ContentKind.NotRead, ContentSniffer.Sniff(dir.Path).Kind);
    }
}
