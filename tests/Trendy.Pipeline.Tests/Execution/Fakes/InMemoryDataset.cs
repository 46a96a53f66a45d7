using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Native.Udunits;
using Trendy.Pipeline.Tests.Conversion;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Execution.Fakes;

/// <summary>
/// A small monthly (time, lat, lon) data variable held in memory: its header as the inspector would record it, its
/// values in source order, and its plan made by the real planner, so executor logic runs without any file. The same
/// dataset can be written to a NetCDF file for the libnetcdf/HDF5 side of the contract suite.
/// </summary>
internal sealed record InMemoryDataset(int Steps, double[] Lat, double[] Lon, NcType Type, Func<int, int, int, double> Value, VariableStorage Storage)
{
    public const string Relative = "CLASSIC/S3/CLASSIC_S3_gpp.nc";
    public const string Variable = "gpp";

    public static readonly IoCapabilities AllCapabilities = new(DirectChunk: true, Isal: false);

    /// <summary>Chunks of one time step, shuffle then deflate: the storage the direct-chunk reader takes.</summary>
    public static VariableStorage OneStepShuffleDeflate(int nLat, int nLon) =>
        new(StorageLayout.Chunked, [1, nLat, nLon], [VariableStorage.ShuffleFilter, VariableStorage.DeflateFilter], 4, true, StoredByteOrder.Native);

    public static readonly VariableStorage Contiguous = new(StorageLayout.Contiguous, null, [], 0, false, StoredByteOrder.Native);

    /// <summary>Extra attributes of the data variable (packing, fill values).</summary>
    public IReadOnlyList<AttributeValue> Attributes { get; init; } = [];

    public string Units { get; init; } = "kg m-2 s-1";

    public int PerStep => Lat.Length * Lon.Length;

    /// <summary>5 steps of 2×3 floats with a fill cell; values 100·t + 10·y + x + 1 as the fixtures use.</summary>
    public static InMemoryDataset Small(VariableStorage? storage = null, int steps = 5) =>
        new(steps, [-45, 45], [-120, 0, 120], NcType.Float, (t, y, x) => (t, y, x) == (1, 1, 2) ? 1e20 : (100 * t) + (10 * y) + x + 1,
            storage ?? OneStepShuffleDeflate(2, 3))
        {
            Attributes = [AttributeValue.OfNumbers("_FillValue", NcType.Float, 1e20)],
        };

    /// <summary>Every value in (time, lat, lon) order, as stored (floats rounded to float).</summary>
    public double[] Values
    {
        get
        {
            var values = new double[Steps * PerStep];
            for (var t = 0; t < Steps; t++)
            {
                for (var y = 0; y < Lat.Length; y++)
                {
                    for (var x = 0; x < Lon.Length; x++)
                    {
                        var v = Value(t, y, x);
                        values[(((t * Lat.Length) + y) * Lon.Length) + x] = Type == NcType.Float ? (float)v : v;
                    }
                }
            }

            return values;
        }
    }

    public double[] TimeValues => SourceFile.NoleapMonthMids(2000, Steps);

    public DatasetHeader Header(string path = "/in/" + Relative)
    {
        DimensionInfo[] dims = [new("time", Steps, false), new("lat", Lat.Length, false), new("lon", Lon.Length, false)];
        VariableInfo Coordinate(string name, long length, params AttributeValue[] attributes) =>
            new(name, NcType.Double, [name], [length], attributes, Contiguous);
        VariableInfo[] vars =
        [
            Coordinate("time", Steps, AttributeValue.OfText("units", "days since 2000-01-01"), AttributeValue.OfText("calendar", "noleap")),
            Coordinate("lat", Lat.Length, AttributeValue.OfText("units", "degrees_north")),
            Coordinate("lon", Lon.Length, AttributeValue.OfText("units", "degrees_east")),
            new(Variable, Type, ["time", "lat", "lon"], [Steps, Lat.Length, Lon.Length], [AttributeValue.OfText("units", Units), .. Attributes], Storage),
        ];
        var values = new Dictionary<string, double[]> { ["time"] = TimeValues, ["lat"] = Lat, ["lon"] = Lon };
        return new DatasetHeader(path, NcFormat.NetCdf4, 10_000, dims, vars, [], values);
    }

    /// <summary>The real planner's plan of <see cref="Header"/>, with every native capability.</summary>
    public ConversionPlan Plan(ConvertOptions? options = null)
    {
        var service = Harness.Service;
        var identity = service.Identify(Relative);
        var header = Header();
        var fingerprint = new SourceFingerprint(Path.GetFileName(Relative), header.FileSize, DateTimeOffset.UnixEpoch, new string('0', 64));
        var request = new PlanRequest(header, fingerprint, identity, service.FixesFor(identity), options ?? new ConvertOptions(), AllCapabilities);
        var result = new Planner(Converter.Value).Plan(request);
        return result.Plan ?? throw new Xunit.Sdk.XunitException("no plan: " + string.Join(" | ", result.Diagnostics));
    }

    /// <summary>Writes the dataset as a NetCDF4 file with its storage (chunking, shuffle, deflate) through the fixture builder.</summary>
    public string WriteTo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var b = MessyNetcdf.Create()
            .Dimension("time", Steps).Dimension("lat", Lat.Length).Dimension("lon", Lon.Length);
        b.Variable("time", NcType.Double, "time").Values(TimeValues).Attr("units", "days since 2000-01-01").Attr("calendar", "noleap");
        b.Variable("lat", NcType.Double, "lat").Values(Lat).Attr("units", "degrees_north");
        b.Variable("lon", NcType.Double, "lon").Values(Lon).Attr("units", "degrees_east");
        var v = b.Variable(Variable, Type, "time", "lat", "lon").Values(Values).Attr("units", Units);
        foreach (var a in Attributes)
        {
            if (a.IsText) v.Attr(a.Name, a.Text!);
            else v.Attr(a.Name, a.Type, [.. a.Numbers]);
        }

        if (Storage is { Layout: StorageLayout.Chunked, ChunkShape: { } chunk }) v.Compressed(Storage.DeflateLevel, Storage.Shuffle, [.. chunk]);
        return b.WriteTo(path);
    }

    private static readonly Lazy<UdunitsConverter> Converter = new(() => new UdunitsConverter());
}
