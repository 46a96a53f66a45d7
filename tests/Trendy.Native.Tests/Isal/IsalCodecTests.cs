using System.IO.Compression;
using System.Runtime.InteropServices;
using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Native.Hdf5;
using Trendy.Native.Isal;
using Trendy.Native.Netcdf;
using Trendy.Testing;

namespace Trendy.Native.Tests.Isal;

/// <summary>
/// ISA-L against zlib-ng on one corpus of chunk streams: written by libnetcdf (system zlib, levels 1, 4, 9, with and
/// without shuffle), by zlib-ng (levels 1, 6, 9) and by ISA-L (levels 0, 1). Every stream inflates to the same bytes
/// with both codecs, and a damaged stream is a problem for both.
/// </summary>
public sealed class IsalCodecTests
{
    private const int Width = 720;
    private const int Height = 36;

    [Fact]
    public void Available_OnTheTestMachine() => Assert.True(IsalCodec.IsAvailable, "libisal.so.2 not found: apt-get install libisal2 (make deps)");

    [Fact]
    public void Inflate_EveryCorpusStream_IsalEqualsZlibNgEqualsOriginal()
    {
        using var dir = new TempDir();
        var corpus = Corpus(dir);
        Assert.True(corpus.Count >= 14);
        var isal = new ChunkInflater(ChunkCodec.Isal);
        var zlib = new ChunkInflater(ChunkCodec.ZlibNg);
        foreach (var (name, stored, original, shuffled) in corpus)
        {
            var a = new byte[original.Length];
            var b = new byte[original.Length];
            Assert.True(isal.Inflate(stored, a, sizeof(float), shuffled).IsOk, name);
            Assert.True(zlib.Inflate(stored, b, sizeof(float), shuffled).IsOk, name);
            Assert.True(a.AsSpan().SequenceEqual(b), name);
            Assert.True(a.AsSpan().SequenceEqual(original), name);
        }
    }

    [Theory]
    [InlineData("flipped")]
    [InlineData("truncated")]
    [InlineData("checksum")]
    [InlineData("not-zlib")]
    public void Inflate_DamagedStream_IsAProblemForBothCodecs(string damage)
    {
        var original = MemoryMarshal.AsBytes(Field(3).AsSpan()).ToArray();
        var c = new ChunkCompressor(1, ChunkCodec.ZlibNg);
        c.Compress(original, sizeof(float));
        var stored = c.Result.ToArray();
        switch (damage)
        {
            case "flipped":
                for (var i = stored.Length / 3; i < stored.Length / 2; i++) stored[i] ^= 0x5A;
                break;
            case "truncated":
                stored = stored[..(stored.Length / 2)];
                break;
            case "checksum":
                stored[^1] ^= 0x01;
                break;
            default:
                stored[0] = 0x12;
                break;
        }

        foreach (var codec in new[] { ChunkCodec.Isal, ChunkCodec.ZlibNg })
        {
            var outcome = new ChunkInflater(codec).Inflate(stored, new byte[original.Length], sizeof(float), true);
            Assert.False(outcome.IsOk, $"{codec} accepted a {damage} stream");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void IsalDeflate_IsAZlibStream_SystemZlibFormatReadersAccept(int level)
    {
        var original = MemoryMarshal.AsBytes(Field(5).AsSpan()).ToArray();
        var d = new IsalDeflater(level);
        d.Deflate(original);
        Assert.True(d.Result.Length < original.Length / 2, $"{d.Result.Length} of {original.Length}");
        Assert.Equal(0x78, d.Result[0]);
        Assert.Equal(0, ((d.Result[0] << 8) | d.Result[1]) % 31);
        using var z = new ZLibStream(new MemoryStream(d.Result.ToArray()), CompressionMode.Decompress);
        var back = new byte[original.Length];
        z.ReadExactly(back);
        Assert.Equal(0, z.Read(new byte[1]));
        Assert.Equal(original, back);
    }

    [Fact]
    public void IsalDeflate_IncompressibleInput_StillFits()
    {
        var random = new byte[300_000];
        new Random(7).NextBytes(random);
        var d = new IsalDeflater(1);
        d.Deflate(random);
        var back = new byte[random.Length];
        Assert.True(new IsalInflater().Inflate(d.Result, back) is null);
        Assert.Equal(random, back);
    }

    /// <summary>Land-like float32 field: fill over "ocean", smooth values with noisy mantissas elsewhere.</summary>
    private static float[] Field(int seed)
    {
        var v = new float[Width * Height];
        for (var i = 0; i < v.Length; i++)
        {
            var (y, x) = (i / Width, i % Width);
            v[i] = (x + (y * 3)) % 7 < 5 ? 1e20f : (float)((Math.Sin((x * 0.05) + seed) * Math.Cos(y * 0.2) * 3e-8) + (seed * 1e-9));
        }

        return v;
    }

    private static List<(string Name, byte[] Stored, byte[] Original, bool Shuffled)> Corpus(TempDir dir)
    {
        var list = new List<(string, byte[], byte[], bool)>();
        const int steps = 2;
        foreach (var level in new[] { 1, 4, 9 })
        {
            foreach (var shuffle in new[] { true, false })
            {
                var path = dir.File($"l{level}{shuffle}.nc");
                var values = Enumerable.Range(0, steps).SelectMany(Field).ToArray();
                using (var f = NcFile.Create(path, NcCreateFormat.NetCdf4))
                {
                    f.DefineDimension("time", steps);
                    f.DefineDimension("y", Height);
                    f.DefineDimension("x", Width);
                    f.DefineVariable("v", NcType.Float, ["time", "y", "x"]);
                    f.SetChunking("v", [1, Height, Width]);
                    f.SetCompression("v", level, shuffle);
                    f.EndDefine();
                    f.Write<float>("v", [0, 0, 0], [steps, Height, Width], values);
                }

                using var r = Hdf5ChunkReader.Open(path, "v");
                for (var t = 0; t < steps; t++)
                {
                    var stored = new byte[r.StorageSize([t, 0, 0])];
                    _ = r.ReadChunk([t, 0, 0], stored);
                    list.Add(($"libnetcdf level {level} shuffle {shuffle} step {t}", stored, MemoryMarshal.AsBytes(Field(t).AsSpan()).ToArray(), shuffle));
                }
            }
        }

        foreach (var level in new[] { 1, 6, 9 })
        {
            var c = new ChunkCompressor(level, ChunkCodec.ZlibNg);
            var original = MemoryMarshal.AsBytes(Field(level).AsSpan()).ToArray();
            c.Compress(original, sizeof(float));
            list.Add(($"zlib-ng level {level}", c.Result.ToArray(), original, true));
        }

        foreach (var level in new[] { 0, 1 })
        {
            var original = MemoryMarshal.AsBytes(Field(10 + level).AsSpan()).ToArray();
            var shuffled = new byte[original.Length];
            ByteShuffle.Shuffle(original, shuffled, sizeof(float));
            var d = new IsalDeflater(level);
            d.Deflate(shuffled);
            list.Add(($"isal level {level}", d.Result.ToArray(), original, true));
        }

        return list;
    }
}
