using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;
using Trendy.Pipeline.Execution;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Execution;

/// <summary>
/// The NetCDF3 slab reader gives bit for bit what nc_get_vara_double gives, for every classic format, record and
/// fixed-size variables, one or several record variables (padded or unpadded records) and every type it takes.
/// </summary>
public sealed class Netcdf3SlabReaderTests
{
    private const int Steps = 7;
    private const int NLat = 3;
    private const int NLon = 5;

    public static TheoryData<NcCreateFormat, NcType, bool, bool> Layouts()
    {
        var data = new TheoryData<NcCreateFormat, NcType, bool, bool>();
        foreach (var format in new[] { NcCreateFormat.Classic, NcCreateFormat.Offset64Bit, NcCreateFormat.Cdf5 })
        {
            foreach (var type in new[] { NcType.Float, NcType.Double, NcType.Short, NcType.Int })
            {
                data.Add(format, type, true, true);   // time, time_bnds and the variable: records of several variables
                data.Add(format, type, true, false);  // the variable is the only record variable: unpadded records
                data.Add(format, type, false, true);  // fixed-size time dimension: contiguous steps
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Read_AnySlab_BitIdenticalToLibnetcdf(NcCreateFormat format, NcType type, bool unlimited, bool withTime)
    {
        using var dir = new TempDir();
        var path = Write(dir.File("v.nc"), format, type, unlimited, withTime);

        using var input = NcFile.OpenRead(path);
        using var reader = Netcdf3SlabReader.Open(input, "v");
        Assert.NotNull(reader);
        foreach (var (first, n) in new[] { (0, 3), (3, 3), (6, 1), (0, Steps) })
        {
            var expected = new double[n * NLat * NLon];
            input.Read("v", [first, 0, 0], [n, NLat, NLon], expected.AsSpan());
            var got = new double[Steps * NLat * NLon];
            reader.Read(first, n, got);
            Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), got.Take(expected.Length).Select(BitConverter.DoubleToInt64Bits));
        }
    }

    [Fact]
    public void Read_HeaderLongerThanTheFirstRead_StillParsed()
    {
        using var dir = new TempDir();
        var path = Write(dir.File("long-header.nc"), NcCreateFormat.Offset64Bit, NcType.Float, unlimited: true, withTime: true, history: new string('h', 200_000));

        using var input = NcFile.OpenRead(path);
        using var reader = Netcdf3SlabReader.Open(input, "v");
        Assert.NotNull(reader);
        var expected = new double[Steps * NLat * NLon];
        input.Read("v", [0, 0, 0], [Steps, NLat, NLon], expected.AsSpan());
        var got = new double[expected.Length];
        reader.Read(0, Steps, got);
        Assert.Equal(expected, got);
    }

    [Fact]
    public void Read_TruncatedFile_CorruptInputNamingFileVariableAndStep()
    {
        using var dir = new TempDir();
        var path = Write(dir.File("short.nc"), NcCreateFormat.Offset64Bit, NcType.Float, unlimited: true, withTime: true);
        using (var f = new FileStream(path, FileMode.Open, FileAccess.Write)) f.SetLength(f.Length - (3 * NLat * NLon * sizeof(float)));

        using var input = NcFile.OpenRead(path);
        using var reader = Netcdf3SlabReader.Open(input, "v");
        Assert.NotNull(reader);
        reader.Read(0, 3, new double[Steps * NLat * NLon]);
        var e = Assert.Throws<CorruptInputException>(() => reader.Read(3, 4, new double[Steps * NLat * NLon]));

        Assert.Contains("short.nc › v › time step", e.Message, StringComparison.Ordinal);
        Assert.Contains("truncated file", e.Message, StringComparison.Ordinal);
        Assert.Contains(CorruptInputException.Remedy, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NetCdf4File_IsNull()
    {
        using var dir = new TempDir();
        var path = Write(dir.File("v4.nc"), NcCreateFormat.NetCdf4, NcType.Float, unlimited: true, withTime: true);

        using var input = NcFile.OpenRead(path);
        Assert.Null(Netcdf3SlabReader.Open(input, "v"));
    }

    [Fact]
    public void Parse_HeaderOfARealFile_GivesLibnetcdfsRecordLayout()
    {
        using var dir = new TempDir();
        var path = Write(dir.File("v.nc"), NcCreateFormat.Classic, NcType.Float, unlimited: true, withTime: true);

        var parsed = Netcdf3StorageParser.Parse(File.ReadAllBytes(path));

        var storage = Assert.IsType<Netcdf3Storage>(parsed.Storage);
        Assert.Equal(NcFormat.Classic, storage.Format);
        Assert.Equal(Steps, storage.RecordCount);
        // One record: time (8 bytes) + time_bnds (16) + v (60).
        Assert.Equal(8 + 16 + (NLat * NLon * 4), storage.RecordSize);
        Assert.True(storage.Variable("v")!.IsRecord);
        Assert.False(storage.Variable("lat")!.IsRecord);
        Assert.Equal(NcType.Float, storage.Variable("v")!.Type);
    }

    [Fact]
    public void Parse_HeaderCutShort_AsksForMoreBytes()
    {
        using var dir = new TempDir();
        var path = Write(dir.File("v.nc"), NcCreateFormat.Cdf5, NcType.Double, unlimited: true, withTime: true);

        var parsed = Netcdf3StorageParser.Parse(File.ReadAllBytes(path).AsSpan(0, 40));

        Assert.True(parsed.NeedsMoreBytes);
        Assert.Null(parsed.Storage);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'H', (byte)'D', (byte)'F', 1, 0, 0, 0, 0 }, "no CDF magic number")]
    [InlineData(new byte[] { (byte)'C', (byte)'D', (byte)'F', 3, 0, 0, 0, 0 }, "CDF version 3 is not 1, 2 or 5")]
    [InlineData(new byte[] { (byte)'C', (byte)'D', (byte)'F', 1, 0, 0, 0, 1, 0, 0, 0, 0x0B, 0, 0, 0, 1 }, "list tag 11 where 10 was expected")]
    public void Parse_NotAClassicHeader_NamesTheProblem(byte[] bytes, string problem)
    {
        var parsed = Netcdf3StorageParser.Parse(bytes);

        Assert.Null(parsed.Storage);
        Assert.False(parsed.NeedsMoreBytes);
        Assert.Equal(problem, parsed.Problem);
    }

    /// <summary>
    /// v(time, lat, lon) of <paramref name="type"/> with values of both signs, a fill value, and NaN where the type has
    /// it; time and time_bnds when <paramref name="withTime"/>, so records interleave several variables.
    /// </summary>
    private static string Write(string path, NcCreateFormat format, NcType type, bool unlimited, bool withTime, string? history = null)
    {
        using var f = NcFile.Create(path, format);
        f.DefineDimension("time", unlimited ? 0 : Steps);
        f.DefineDimension("lat", NLat);
        f.DefineDimension("lon", NLon);
        f.DefineDimension("bnds", 2);
        f.DefineVariable("lat", NcType.Double, ["lat"]);
        if (withTime)
        {
            f.DefineVariable("time", NcType.Double, ["time"]);
            f.DefineVariable("time_bnds", NcType.Double, ["time", "bnds"]);
        }

        f.DefineVariable("v", type, ["time", "lat", "lon"]);
        if (history is not null) f.PutAttribute(null, "history", history);
        f.EndDefine();
        f.Write<double>("lat", [0], [NLat], [-1.0, 0.0, 1.0]);
        var values = Enumerable.Range(0, Steps * NLat * NLon).Select(i => (i % 11 == 0 ? -1 : 1) * i * 1.5).ToArray();
        if (type is NcType.Float or NcType.Double)
        {
            values[4] = double.NaN;
            values[9] = 1e20;
        }

        for (var t = 0; t < Steps; t++)
        {
            if (withTime)
            {
                f.Write<double>("time", [t], [1], [t + 0.5]);
                f.Write<double>("time_bnds", [t, 0], [1, 2], [t, t + 1.0]);
            }
        }

        var slab = values.AsSpan();
        switch (type)
        {
            case NcType.Float:
                f.Write<float>("v", [0, 0, 0], [Steps, NLat, NLon], values.Select(x => (float)x).ToArray());
                break;
            case NcType.Double:
                f.Write<double>("v", [0, 0, 0], [Steps, NLat, NLon], slab);
                break;
            case NcType.Short:
                f.Write<short>("v", [0, 0, 0], [Steps, NLat, NLon], values.Select(x => (short)x).ToArray());
                break;
            default:
                f.Write<int>("v", [0, 0, 0], [Steps, NLat, NLon], values.Select(x => (int)x * 1000).ToArray());
                break;
        }

        return path;
    }
}
