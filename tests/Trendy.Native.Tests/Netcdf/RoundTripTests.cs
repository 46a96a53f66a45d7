using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;
using Trendy.Testing;

namespace Trendy.Native.Tests.Netcdf;

public sealed class RoundTripTests
{
    private static readonly NcType[] ClassicTypes = [NcType.Byte, NcType.Short, NcType.Int, NcType.Float, NcType.Double];
    private static readonly NcType[] ExtendedTypes = [NcType.UByte, NcType.UShort, NcType.UInt, NcType.Int64, NcType.UInt64];

    public static TheoryData<NcCreateFormat, NcType> EveryTypeInEveryFormat()
    {
        var data = new TheoryData<NcCreateFormat, NcType>();
        foreach (var format in Enum.GetValues<NcCreateFormat>())
        {
            foreach (var t in ClassicTypes) data.Add(format, t);
            if (format is NcCreateFormat.NetCdf4 or NcCreateFormat.Cdf5)
            {
                foreach (var t in ExtendedTypes) data.Add(format, t);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTypeInEveryFormat))]
    public void NumericVariable_WrittenAndReopened_KeepsValuesTypeAndAttributes(NcCreateFormat format, NcType type)
    {
        using var dir = new TempDir();
        double[] values = [0, 1, 2, 3, 4, 5, 100, 126];
        var path = MessyNetcdf.Create().Format(format)
            .Dimension("time", 0).Dimension("x", 4)
            .Variable("v", type, "time", "x").Values(values)
                .Attr("units", "kg m-2").Attr("scale", type, 2, 3).And()
            .Global("title", "round trip").Global("version", NcType.Double, 1.5)
            .WriteTo(dir.File("rt.nc"));

        using var f = NcFile.OpenRead(path);
        var header = f.ReadHeader();
        var v = header.Variable("v")!;
        Assert.Equal(type, v.Type);
        Assert.Equal(["time", "x"], v.Dimensions);
        Assert.Equal([2L, 4L], v.Shape);
        Assert.True(header.Dimension("time")!.IsUnlimited);
        Assert.Equal("kg m-2", v.Text("units"));
        Assert.Equal(type, v.Attribute("scale")!.Type);
        Assert.Equal([2.0, 3.0], v.Attribute("scale")!.Numbers);
        Assert.Equal("round trip", header.GlobalAttribute("title")!.Text);
        Assert.Equal(1.5, header.GlobalAttribute("version")!.FirstNumber);
        var back = new double[8];
        f.Read("v", [0, 0], [2, 4], back.AsSpan());
        Assert.Equal(values, back);
    }

    [Theory]
    [InlineData(NcCreateFormat.NetCdf4)]
    [InlineData(NcCreateFormat.Classic)]
    public void CharVariable_WrittenAndReopened_KeepsText(NcCreateFormat format)
    {
        using var dir = new TempDir();
        var path = MessyNetcdf.Create().Format(format)
            .Dimension("n", 2).Dimension("len", 3)
            .Variable("names", NcType.Char, "n", "len").Text("abc", "xyz").And()
            .WriteTo(dir.File("c.nc"));

        using var f = NcFile.OpenRead(path);
        var raw = new byte[6];
        f.ReadRaw<byte>("names", [0, 0], [2, 3], raw);
        Assert.Equal("abcxyz", System.Text.Encoding.ASCII.GetString(raw));
    }

    [Fact]
    public void StringVariableAndAttribute_NetCdf4_RoundTrip()
    {
        using var dir = new TempDir();
        var path = MessyNetcdf.Create()
            .Dimension("n", 2)
            .Variable("labels", NcType.String, "n").Text("grass", "tree").StringAttr("note", "vlen string").And()
            .WriteTo(dir.File("s.nc"));

        using var f = NcFile.OpenRead(path);
        var v = f.ReadHeader().Variable("labels")!;
        Assert.Equal(NcType.String, v.Type);
        Assert.Equal("vlen string", v.Text("note"));
        Assert.Equal(["grass", "tree"], f.ReadStrings("labels", [0], [2]));
    }

    [Fact]
    public void PackedShort_ReadRawAndConverted_GiveStoredIntegers()
    {
        using var dir = new TempDir();
        var path = MessyNetcdf.Create().Format(NcCreateFormat.Classic)
            .Dimension("x", 3)
            .Variable("p", NcType.Short, "x").Values(-32767, 0, 1234)
                .Attr("scale_factor", NcType.Float, 0.01).Attr("add_offset", NcType.Float, 10).Attr("_FillValue", NcType.Short, -32767).And()
            .WriteTo(dir.File("p.nc"));

        using var f = NcFile.OpenRead(path);
        var raw = new short[3];
        f.ReadRaw<short>("p", [0], [3], raw);
        Assert.Equal(new short[] { -32767, 0, 1234 }, raw);
        var asFloat = new float[3];
        f.Read("p", [0], [3], asFloat.AsSpan());
        Assert.Equal(1234f, asFloat[2]);
        Assert.Equal(0.01, f.ReadHeader().Variable("p")!.Attribute("scale_factor")!.FirstNumber!.Value, 6);
    }

    [Fact]
    public void StridedRead_EverySecondValue_ReturnsThem()
    {
        using var dir = new TempDir();
        var path = MessyNetcdf.Create().Dimension("x", 6)
            .Variable("v", NcType.Double, "x").Values(0, 1, 2, 3, 4, 5).And()
            .WriteTo(dir.File("s.nc"));
        using var f = NcFile.OpenRead(path);
        var back = new double[3];
        f.ReadStrided("v", [0], [3], [2], back);
        Assert.Equal([0.0, 2.0, 4.0], back);
    }

    [Fact]
    public void CompressedVariable_NetCdf4_ReportsDeflateShuffleAndChunks()
    {
        using var dir = new TempDir();
        var path = MessyNetcdf.Create().Dimension("time", 4).Dimension("lat", 2)
            .Variable("v", NcType.Float, "time", "lat").Values(1, 2, 3, 4, 5, 6, 7, 8).Compressed(3, true, 1, 2).And()
            .WriteTo(dir.File("z.nc"));
        using var f = NcFile.OpenRead(path);
        var v = f.ReadHeader().Variable("v")!;
        Assert.Equal(3, v.DeflateLevel);
        Assert.True(v.Shuffle);
        Assert.Equal([1L, 2L], v.ChunkShape);
    }
}
