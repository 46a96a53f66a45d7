using Trendy.Core.Inventory;
using Trendy.Core.Planning;

namespace Trendy.Core.Tests.Planning;

/// <summary>
/// The read and write paths, the codec and pass-through are decided in the plan from the recorded storage, the options
/// and the native capabilities (docs/native-io.md §3), on hand-built headers.
/// </summary>
public sealed class IoPlannerTests
{
    private const string Gpp = "CLASSIC/S3/CLASSIC_S3_gpp.nc";
    private static readonly IoCapabilities All = new(DirectChunk: true, Isal: true);

    private static VariableStorage Chunked(long steps, params uint[] filters) =>
        new(StorageLayout.Chunked, [steps, 2, 3], filters, filters.Contains(VariableStorage.DeflateFilter) ? 4 : 0,
            filters.Contains(VariableStorage.ShuffleFilter), StoredByteOrder.Native);

    private static readonly VariableStorage ShuffleDeflate = Chunked(1, VariableStorage.ShuffleFilter, VariableStorage.DeflateFilter);

    private static IoPlan Io(VariableStorage storage, ConvertOptions? options = null, IoCapabilities? capabilities = null,
        NcFormat format = NcFormat.NetCdf4, HeaderBuilder? header = null) =>
        Plans.Ok((header ?? HeaderBuilder.Monthly()).Stored("gpp", storage).Build(format: format), Gpp, options: options, capabilities: capabilities ?? All).Io;

    [Fact]
    public void OneStepShuffleDeflateChunks_ReadAndWriteDirect_WithPassThroughAndIsal()
    {
        var io = Io(ShuffleDeflate);

        Assert.Equal(ReadPath.DirectChunk, io.Read);
        Assert.True(io.ReadShuffled);
        Assert.Equal(WritePath.DirectChunk, io.Write);
        Assert.Equal(ChunkCodec.Isal, io.Codec);
        Assert.True(io.PassThrough, io.PassThroughReason);
        Assert.Equal("read:direct-chunk-isal", io.ReadRule);
        Assert.Equal("write:direct-chunk-isal", io.WriteRule);
        Assert.Equal(NcType.Float, io.StoredType);
    }

    [Fact]
    public void DeflateWithoutShuffle_ReadsDirect_ButNothingPassesThrough()
    {
        var io = Io(Chunked(1, VariableStorage.DeflateFilter));

        Assert.Equal(ReadPath.DirectChunk, io.Read);
        Assert.False(io.ReadShuffled);
        Assert.False(io.PassThrough);
    }

    public static TheoryData<string, VariableStorage, string> PlainReads => new()
    {
        { "two steps per chunk", Chunked(2, VariableStorage.ShuffleFilter, VariableStorage.DeflateFilter), "not one whole time step" },
        { "fletcher32 after deflate", Chunked(1, VariableStorage.ShuffleFilter, VariableStorage.DeflateFilter, 3), "fletcher32" },
        { "no filter", Chunked(1), "filters none" },
        { "contiguous", new VariableStorage(StorageLayout.Contiguous, null, [], 0, false, StoredByteOrder.Native), "contiguous storage" },
        { "foreign byte order", ShuffleDeflate with { ByteOrder = BitConverter.IsLittleEndian ? StoredByteOrder.Big : StoredByteOrder.Little }, "endian" },
    };

    [Theory]
    [MemberData(nameof(PlainReads))]
    public void StorageTheRawReaderCannotTake_ReadsThroughLibnetcdf_SayingWhy(string what, VariableStorage storage, string reason)
    {
        var io = Io(storage);

        Assert.True(io.Read == ReadPath.NcGetVara, what);
        Assert.Contains(reason, io.ReadReason, StringComparison.Ordinal);
        Assert.Equal(IoPlan.PlainReadRule, io.ReadRule);
        Assert.Equal(WritePath.DirectChunk, io.Write);
        Assert.False(io.PassThrough);
    }

    [Fact]
    public void NetCdf3Input_PositionedReads_OrLibnetcdfWhenDirectIoIsOff()
    {
        var io = Io(VariableStorage.Classic, format: NcFormat.Classic);
        Assert.Equal(ReadPath.Netcdf3Contiguous, io.Read);
        Assert.Equal(IoPlan.Netcdf3ReadRule, io.ReadRule);
        Assert.False(io.PassThrough);

        var off = Io(VariableStorage.Classic, new ConvertOptions(DirectChunk: false), format: NcFormat.Classic);
        Assert.Equal(ReadPath.NcGetVara, off.Read);
    }

    [Fact]
    public void NetCdf3OrDeflateZero_NeverTakesTheDirectPath()
    {
        Assert.Equal(WritePath.NcPutVara, Io(ShuffleDeflate, new ConvertOptions(DeflateLevel: 0)).Write);
        Assert.Equal(WritePath.NcPutVara, Io(ShuffleDeflate, new ConvertOptions(Format: OutputFormat.NetCdf3Offset64)).Write);
        Assert.Equal(IoPlan.PlainWriteRule, Io(ShuffleDeflate, new ConvertOptions(DeflateLevel: 0)).WriteRule);
    }

    [Fact]
    public void DirectChunkOff_BothPathsPlain_LikeTheEnvironmentSwitchDid()
    {
        var io = Io(ShuffleDeflate, new ConvertOptions(DirectChunk: false));

        Assert.Equal(ReadPath.NcGetVara, io.Read);
        Assert.Equal(WritePath.NcPutVara, io.Write);
        Assert.Equal("direct-chunk I/O turned off", io.ReadReason);
        Assert.False(io.PassThrough);
    }

    [Fact]
    public void Hdf5WithoutRawChunkCalls_BothPathsPlain()
    {
        var io = Io(ShuffleDeflate, capabilities: new IoCapabilities(DirectChunk: false, Isal: true));

        Assert.Equal(ReadPath.NcGetVara, io.Read);
        Assert.Equal(WritePath.NcPutVara, io.Write);
        Assert.Contains("H5Dread_chunk", io.WriteReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Codec_IsalWhenInstalled_ZlibNgWhenAbsentOrForced_AndZlibNgDeflatesAboveLevel1()
    {
        Assert.Equal(ChunkCodec.ZlibNg, Io(ShuffleDeflate, capabilities: new IoCapabilities(true, Isal: false)).Codec);
        Assert.Equal(ChunkCodec.ZlibNg, Io(ShuffleDeflate, new ConvertOptions(Codec: ChunkCodec.ZlibNg)).Codec);
        var level5 = Io(ShuffleDeflate, new ConvertOptions(DeflateLevel: 5));
        Assert.Equal(ChunkCodec.Isal, level5.Codec);
        Assert.Equal(ChunkCodec.ZlibNg, level5.WriteCodec);
        Assert.Equal("read:direct-chunk-isal", level5.ReadRule);
        Assert.Equal("write:direct-chunk-zlib-ng", level5.WriteRule);
    }

    [Fact]
    public void PassThrough_NotWhenValuesOrGridChange()
    {
        var gramsPerDay = HeaderBuilder.Monthly(units: "g m-2 s-1");
        Assert.False(Io(ShuffleDeflate, header: gramsPerDay).PassThrough);
        Assert.Contains("values change", Io(ShuffleDeflate, header: gramsPerDay).PassThroughReason, StringComparison.Ordinal);

        var descending = new HeaderBuilder()
            .Coord("time", [.. Enumerable.Range(0, 12).Select(i => (i * 30.0) + 15)], HeaderBuilder.T("units", "days since 2000-01-01"), HeaderBuilder.T("calendar", "noleap"))
            .Coord("lat", [45, -45], HeaderBuilder.T("units", "degrees_north"))
            .Coord("lon", [-120, 0, 120], HeaderBuilder.T("units", "degrees_east"))
            .Var("gpp", NcType.Float, ["time", "lat", "lon"], null, HeaderBuilder.T("units", "kg m-2 s-1"));
        var flipped = Io(ShuffleDeflate, header: descending);
        Assert.Equal(ReadPath.DirectChunk, flipped.Read);
        Assert.False(flipped.PassThrough);
        Assert.Contains("flipped", flipped.PassThroughReason, StringComparison.Ordinal);
    }

    [Fact]
    public void StoredValueBytes_AreTheInputTypes()
    {
        var packed = new HeaderBuilder()
            .Coord("time", [.. Enumerable.Range(0, 12).Select(i => (i * 30.0) + 15)], HeaderBuilder.T("units", "days since 2000-01-01"), HeaderBuilder.T("calendar", "noleap"))
            .Coord("lat", [-45, 45], HeaderBuilder.T("units", "degrees_north"))
            .Coord("lon", [-120, 0, 120], HeaderBuilder.T("units", "degrees_east"))
            .Var("gpp", NcType.Short, ["time", "lat", "lon"], null, HeaderBuilder.T("units", "kg m-2 s-1"), HeaderBuilder.F("scale_factor", 0.001));
        var io = Io(ShuffleDeflate, header: packed);

        Assert.Equal(2, io.StoredValueBytes);
        Assert.Equal(ReadPath.NcGetVara, io.Read);
        Assert.Equal("stored as Short", io.ReadReason);
    }
}
