using System.Diagnostics;
using Trendy.Core.Batch;
using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Native.Hdf5;
using Trendy.Native.Netcdf;
using Trendy.Pipeline.Execution;
using Trendy.Pipeline.Tests.Conversion;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Execution;

/// <summary>
/// The direct-chunk read and write paths (docs/native-io.md §3) against libnetcdf's nc_get_vara/nc_put_vara paths, from
/// the same source and options: every value read back through libnetcdf, fill cells included, must be identical, and
/// the header must declare the same chunking, shuffle and deflate, with either codec (ISA-L or zlib-ng).
/// </summary>
public sealed class DirectChunkWriteTests
{
    private static readonly double[] Lat = [.. Enumerable.Range(0, 9).Select(i => -80.0 + (i * 20))];
    private static readonly double[] Lon = [.. Enumerable.Range(0, 12).Select(i => -165.0 + (i * 30))];

    /// <summary>variable, type, output deflate, source storage: "contiguous", "shuffle-deflate", "deflate" (one step per chunk) or "chunk2" (two steps per chunk).</summary>
    public static TheoryData<string, NcType, int, string> Cases => new()
    {
        { "gpp", NcType.Float, 1, "contiguous" },
        { "gpp", NcType.Double, 1, "contiguous" },
        { "gpp", NcType.Float, 5, "contiguous" },
        { "msl", NcType.Float, 1, "contiguous" },
        { "msl", NcType.Double, 2, "contiguous" },
        { "gpp", NcType.Float, 1, "shuffle-deflate" },
        { "gpp", NcType.Double, 1, "shuffle-deflate" },
        { "gpp", NcType.Float, 1, "deflate" },
        { "gpp", NcType.Float, 1, "chunk2" },
        { "msl", NcType.Float, 1, "shuffle-deflate" },
        { "msl", NcType.Double, 3, "deflate" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void DirectPath_SameSource_ReadsBackIdenticalToPlainPath(string variable, NcType type, int deflate, string storage)
    {
        using var dir = new TempDir();
        var src = Source(variable, type, storage);
        var input = dir.File("in.nc");
        src.WriteTo(input);

        // A budget of a few steps forces several slabs and a short last one (37 steps).
        var perStep = Lat.Length * Lon.Length * (variable == "msl" ? 3 : 1);
        var options = new ConvertOptions(MemoryBudgetBytes: perStep * 16L * 5, DeflateLevel: deflate);
        var relative = $"CLASSIC/S3/CLASSIC_S3_{variable}.nc";
        var plain = Convert(dir, "plain", input, relative, options, direct: false);
        Assert.Contains(WritePath.PlainRule, plain.Rules);
        Assert.Contains(ReadPath.PlainRule, plain.Rules);
        var outName = variable == "msl" ? "mrsol" : "gpp";
        var p = Harness.Read(plain.OutputPath!, outName);

        // Both codecs of the direct path: ISA-L (inflate always, deflate at level 1) and zlib-ng.
        foreach (var codec in new[] { ChunkCodec.Isal, ChunkCodec.ZlibNg })
        {
            var direct = Convert(dir, "direct-" + codec, input, relative, options, direct: true, codec);
            var writer = deflate == 1 ? codec : ChunkCodec.ZlibNg;
            Assert.Contains(WritePath.DirectRule(writer), direct.Rules);
            Assert.Contains(storage is "shuffle-deflate" or "deflate" ? ReadPath.DirectRule(codec) : ReadPath.PlainRule, direct.Rules);
            var d = Harness.Read(direct.OutputPath!, outName);
            Assert.Equal(p.Var.Type, d.Var.Type);
            Assert.Equal(p.Var.Dimensions, d.Var.Dimensions);
            Assert.Equal(p.Var.Shape, d.Var.Shape);
            Assert.Equal(p.Var.ChunkShape, d.Var.ChunkShape);
            Assert.Equal([1L, .. p.Var.Shape.Skip(1)], d.Var.ChunkShape);
            Assert.Equal(deflate, d.Var.DeflateLevel);
            Assert.True(d.Var.Shuffle);
            Assert.Equal(p.Data.Length, d.Data.Length);
            for (var i = 0; i < p.Data.Length; i++)
            {
                Assert.True(BitConverter.DoubleToInt64Bits(p.Data[i]) == BitConverter.DoubleToInt64Bits(d.Data[i]), $"{codec} cell {i}: {d.Data[i]} vs {p.Data[i]}");
            }

            Assert.Contains(d.Data, x => x == 1e20 || (float)x == 1e20f);
            Assert.Equal(0, Ncdump(direct.OutputPath!, outName));
        }
    }

    /// <summary>
    /// A source that needs no value change: clean steps are written as the source's stored bytes, a step holding a NaN
    /// or the protocol's −99999 is masked and recompressed, and every value reads back as on the plain path.
    /// </summary>
    [Theory]
    [InlineData(ChunkCodec.Isal)]
    [InlineData(ChunkCodec.ZlibNg)]
    public void PassThrough_CleanStepsKeepStoredBytes_StepsWithNaNOrSentinelTakeTheNormalPath(ChunkCodec codec)
    {
        using var dir = new TempDir();
        var input = dir.File("in.nc");
        var src = new SourceFile
        {
            Lat = Lat,
            Lon = Lon,
            Time = SourceFile.NoleapMonthMids(2000, 37),
            DataAttributes = v =>
            {
                v.Attr("_FillValue", NcType.Float, 1e20);
                v.Compressed(4, shuffle: true, [1, Lat.Length, Lon.Length]);
            },
            Value = (t, _, y, x) => (t, y, x) switch
            {
                (3, 2, 5) => double.NaN,
                (7, 4, 1) => -99999,
                _ when (x + y) % 4 == 0 => 1e20,
                _ => Math.Sin((t * 0.37) + (y * 0.11)) * (1 + (x * 0.013)) * 1e-3,
            },
        };
        src.WriteTo(input);
        var options = new ConvertOptions(MemoryBudgetBytes: Lat.Length * Lon.Length * 16L * 5, DeflateLevel: 1);
        var relative = "CLASSIC/S3/CLASSIC_S3_gpp.nc";
        var plain = Convert(dir, "plain", input, relative, options, direct: false);
        var direct = Convert(dir, "direct", input, relative, options, direct: true, codec);

        Assert.Contains(PassThroughChunks.RulePrefix + "35/37", direct.Rules);
        Assert.DoesNotContain(plain.Rules, r => r.StartsWith(PassThroughChunks.RulePrefix, StringComparison.Ordinal));
        var d = Harness.Read(direct.OutputPath!, "gpp");
        var p = Harness.Read(plain.OutputPath!, "gpp");
        Assert.Equal(p.Data.Select(BitConverter.DoubleToInt64Bits), d.Data.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(1e20f, (float)d.Data[(3 * Lat.Length * Lon.Length) + (2 * Lon.Length) + 5]);
        Assert.Equal(1e20f, (float)d.Data[(7 * Lat.Length * Lon.Length) + (4 * Lon.Length) + 1]);
        Assert.Equal(0, Ncdump(direct.OutputPath!, "gpp"));

        using var inChunks = Hdf5ChunkReader.Open(input, "gpp");
        using var outChunks = Hdf5ChunkReader.Open(direct.OutputPath!, "gpp");
        for (var t = 0; t < 37; t++)
        {
            var same = StoredBytes(inChunks, t).SequenceEqual(StoredBytes(outChunks, t));
            Assert.True(same == (t is not (3 or 7)), $"step {t}: stored bytes {(same ? "equal" : "differ")}");
        }
    }

    /// <summary>
    /// A NetCDF3 source read with one positioned read per slab (<see cref="Netcdf3SlabReader"/>) converts to exactly what
    /// the nc_get_vara path gives: fixed and unlimited time, several slabs and a short last one, float and double, a level
    /// axis, a latitude flip (descending source latitudes) and fill cells.
    /// </summary>
    [Theory]
    [InlineData("gpp", NcType.Float, NcCreateFormat.Offset64Bit, true)]
    [InlineData("gpp", NcType.Double, NcCreateFormat.Classic, false)]
    [InlineData("msl", NcType.Float, NcCreateFormat.Cdf5, true)]
    public void NetCdf3Source_ContiguousRead_IdenticalToPlainPath(string variable, NcType type, NcCreateFormat format, bool unlimited)
    {
        using var dir = new TempDir();
        var src = Source(variable, type, "contiguous");
        src.Format = format;
        src.UnlimitedTime = unlimited;
        src.Lat = [.. Lat.Reverse()];
        var input = dir.File("in.nc");
        src.WriteTo(input);
        var perStep = Lat.Length * Lon.Length * (variable == "msl" ? 3 : 1);
        var options = new ConvertOptions(MemoryBudgetBytes: perStep * 16L * 5, DeflateLevel: 1);
        var relative = $"CLASSIC/S3/CLASSIC_S3_{variable}.nc";

        var plain = Convert(dir, "plain", input, relative, options, direct: false);
        var fast = Convert(dir, "fast", input, relative, options, direct: true);

        Assert.Contains(ReadPath.PlainRule, plain.Rules);
        Assert.Contains(Netcdf3SlabReader.Rule, fast.Rules);
        var outName = variable == "msl" ? "mrsol" : "gpp";
        var p = Harness.Read(plain.OutputPath!, outName);
        var d = Harness.Read(fast.OutputPath!, outName);
        Assert.Equal(p.Data.Select(BitConverter.DoubleToInt64Bits), d.Data.Select(BitConverter.DoubleToInt64Bits));
        Assert.Contains(d.Data, x => (float)x == 1e20f);
    }

    [Fact]
    public void NetCdf3OrDeflateZero_NeverTakesTheDirectPath()
    {
        Assert.False(WritePath.UseDirect(new ConvertOptions(DeflateLevel: 0)));
        Assert.False(WritePath.UseDirect(new ConvertOptions(Format: OutputFormat.NetCdf3Offset64)));
    }

    private static SourceFile Source(string variable, NcType type, string storage) => new()
    {
        Variable = variable,
        Type = type,
        Units = variable == "msl" ? "kg m-2" : "kg m-2 s-1",
        Lat = Lat,
        Lon = Lon,
        Time = SourceFile.NoleapMonthMids(2000, 37),
        Level = variable == "msl" ? ("soil", 3) : null,
        Order = variable == "msl" ? ["t", "soil", "y", "x"] : ["t", "y", "x"],
        Extra = variable == "msl" ? b => b.Variable("soil", NcType.Double, "soil").Values(5, 20, 60).Attr("units", "cm").And() : null,
        DataAttributes = v =>
        {
            v.Attr("_FillValue", type, -9999);
            long[] chunk = variable == "msl" ? [storage == "chunk2" ? 2 : 1, 3, Lat.Length, Lon.Length] : [storage == "chunk2" ? 2 : 1, Lat.Length, Lon.Length];
            if (storage != "contiguous") v.Compressed(4, shuffle: storage != "deflate", chunk);
        },

        // Ocean-like fill cells, and mantissas that do not compress to nothing.
        Value = (t, z, y, x) => (x + y) % 4 == 0 ? -9999 : Math.Sin((t * 0.37) + (z * 1.3) + (y * 0.11)) * (1 + (x * 0.013)) * 1e-3,
    };

    private static WorkOutcome Convert(TempDir dir, string sub, string input, string relative, ConvertOptions options, bool direct,
        ChunkCodec codec = ChunkCodec.ZlibNg)
    {
        var item = new WorkItem("item-" + sub, input, "m", "s", "v", new FileInfo(input).Length);
        WritePath.Override.Value = direct;
        ReadPath.Override.Value = direct;
        CodecChoice.Override.Value = codec;
        try
        {
            var outcome = Harness.ConvertItem(item, relative, dir.File(sub), options, [], true, CancellationToken.None);
            Assert.True(outcome.Status == WorkStatus.Converted, $"{outcome.Status} {outcome.ReasonCode}: {outcome.Message}");
            return outcome;
        }
        finally
        {
            WritePath.Override.Value = null;
            ReadPath.Override.Value = null;
            CodecChoice.Override.Value = null;
        }
    }

    private static byte[] StoredBytes(Hdf5ChunkReader reader, int step)
    {
        var bytes = new byte[reader.StorageSize([step, 0, 0])];
        Assert.Equal(0u, reader.ReadChunk([step, 0, 0], bytes));
        return bytes;
    }

    private static int Ncdump(string path, string variable)
    {
        using var p = Process.Start(new ProcessStartInfo("ncdump", ["-v", variable, path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        _ = p.StandardOutput.ReadToEnd();
        _ = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return p.ExitCode;
    }
}
