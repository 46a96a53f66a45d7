using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// The production writer: creates the output skeleton (dimensions, coordinates with bounds, the data variable
/// with compression and chunks of one time step) and appends slabs. Everything ILAMB looks for is written
/// here, following ilamb-contract.md Part 3 (items 1–4, 7–10). On the direct-chunk path (<see cref="WritePath"/>)
/// libnetcdf only builds this skeleton and writes the coordinates; the file is then closed and the data chunks go
/// through <see cref="ChunkSlabWriter"/> (native-io.md §3, §5).
/// </summary>
internal sealed class OutputWriter : IDisposable
{
    private readonly NcFile _file;
    private readonly ConversionPlan _plan;
    private readonly ChunkSlabWriter? _chunks;

    public OutputWriter(string path, ConversionPlan plan, ConvertOptions options, IReadOnlyList<KeyValuePair<string, string>> extraGlobals,
        int stepsPerSlab = 1)
    {
        _plan = plan;
        var format = options.Format == OutputFormat.NetCdf4 ? NcCreateFormat.NetCdf4 : NcCreateFormat.Offset64Bit;
        _file = NcFile.Create(path, format);
        try
        {
            Define(options, extraGlobals);
            WriteCoordinates();
            if (WritePath.UseDirect(options))
            {
                _file.Dispose();
                var g = plan.Grid;
                var rank = LevelDim is null ? 3 : 4;
                var perStep = (long)(LevelDim is null ? 1 : plan.Level!.Length) * g.NLat * g.NLon;
                _chunks = new ChunkSlabWriter(path, DataVariable, rank, perStep, stepsPerSlab, options.DeflateLevel, CodecChoice.Codec);
            }
        }
        catch
        {
            _file.Dispose();
            throw;
        }
    }

    /// <summary>The rule naming the write path this writer uses (recorded with the outcome's rules).</summary>
    public string PathRule => _chunks is null ? WritePath.PlainRule : WritePath.DirectRule(_chunks.Codec);

    public string DataVariable => _plan.Output.VariableId;

    public NcType DataType => _plan.Output.DataType;

    private string? LevelDim => _plan.Level is { Reduce: false } l ? LevelName(l.Role) : null;

    public static string LevelName(AxisRole role) => role switch
    {
        AxisRole.SoilLayer => "depth",
        AxisRole.Pft => "pft",
        _ => "pool",
    };

    /// <summary>Whether chunks go through the direct path, the only one that can take already compressed chunks.</summary>
    public bool WritesDirect => _chunks is not null;

    /// <summary>
    /// Writes <paramref name="steps"/> whole steps from the start of <paramref name="values"/>; on the direct path a
    /// non-empty <paramref name="passThrough"/>[i] is written as step i's stored bytes (<see cref="PassThroughChunks"/>).
    /// </summary>
    public void WriteSlab<T>(int firstStep, int steps, T[] values, IReadOnlyList<ArraySegment<byte>>? passThrough = null)
        where T : unmanaged
    {
        if (_chunks is not null)
        {
            _chunks.WriteSlab(firstStep, steps, values, passThrough);
            return;
        }

        var g = _plan.Grid;
        var levels = LevelDim is null ? 1 : _plan.Level!.Length;
        var slab = values.AsSpan(0, checked(steps * levels * g.NLat * g.NLon));
        if (LevelDim is null) _file.Write<T>(DataVariable, [firstStep, 0, 0], [steps, g.NLat, g.NLon], slab);
        else _file.Write<T>(DataVariable, [firstStep, 0, 0, 0], [steps, levels, g.NLat, g.NLon], slab);
    }

    /// <summary>Writes whatever the direct path still holds; call once after the last slab, before Dispose.</summary>
    public void Complete() => _chunks?.Complete();

    public void Dispose()
    {
        try
        {
            _chunks?.Dispose();
        }
        finally
        {
            _file.Dispose();
        }
    }

    private void Define(ConvertOptions options, IReadOnlyList<KeyValuePair<string, string>> extraGlobals)
    {
        var g = _plan.Grid;
        var f = _file;
        f.DefineDimension("time", _plan.Time.Steps);
        f.DefineDimension("bnds", 2);
        if (LevelDim is { } ld) f.DefineDimension(ld, _plan.Level!.Length);
        f.DefineDimension("lat", g.NLat);
        f.DefineDimension("lon", g.NLon);

        Coordinate("time", "time", "T", _plan.Time.Units, "time_bnds");
        f.PutAttribute("time", "calendar", _plan.Time.Calendar);
        Coordinate("lat", "latitude", "Y", "degrees_north", "lat_bnds");
        Coordinate("lon", "longitude", "X", "degrees_east", "lon_bnds");
        if (_plan.Level is { Reduce: false, Role: AxisRole.SoilLayer }) DefineDepth();
        else if (LevelDim is { } other) f.DefineVariable(other, NcType.Int, [other]);

        string[] dims = LevelDim is null ? ["time", "lat", "lon"] : ["time", LevelDim, "lat", "lon"];
        f.DefineVariable(DataVariable, DataType, dims);
        if (options.Format == OutputFormat.NetCdf4)
        {
            long[] chunk = LevelDim is null ? [1, g.NLat, g.NLon] : [1, _plan.Level!.Length, g.NLat, g.NLon];
            f.SetChunking(DataVariable, chunk);
            if (options.DeflateLevel > 0) f.SetCompression(DataVariable, options.DeflateLevel, shuffle: true);
        }

        f.SetFill(DataVariable, ValuePlan.OutputFill);
        f.PutAttribute(DataVariable, "missing_value", DataType, [ValuePlan.OutputFill]);
        foreach (var (k, v) in _plan.Output.VariableAttributes) f.PutAttribute(DataVariable, k, v);
        foreach (var (k, v) in _plan.Output.GlobalAttributes.Concat(extraGlobals)) f.PutAttribute(null, k, v);
        f.EndDefine();
    }

    private void Coordinate(string name, string standardName, string axis, string units, string bounds)
    {
        _file.DefineVariable(name, NcType.Double, [name]);
        _file.PutAttribute(name, "standard_name", standardName);
        _file.PutAttribute(name, "long_name", standardName);
        _file.PutAttribute(name, "units", units);
        _file.PutAttribute(name, "axis", axis);
        _file.PutAttribute(name, "bounds", bounds);
        _file.DefineVariable(bounds, NcType.Double, [name, "bnds"]);
    }

    private void DefineDepth()
    {
        Coordinate("depth", "depth", "Z", "m", "depth_bnds");
        _file.PutAttribute("depth", "positive", "down");
    }

    private void WriteCoordinates()
    {
        var g = _plan.Grid;
        var t = _plan.Time;
        _file.Write<double>("time", [0], [t.Steps], t.Mid);
        _file.Write<double>("time_bnds", [0, 0], [t.Steps, 2], t.Bounds);
        _file.Write<double>("lat", [0], [g.NLat], g.Lat);
        _file.Write<double>("lat_bnds", [0, 0], [g.NLat, 2], g.LatBounds);
        _file.Write<double>("lon", [0], [g.NLon], g.Lon);
        _file.Write<double>("lon_bnds", [0, 0], [g.NLon, 2], g.LonBounds);
        if (_plan.Level is { Reduce: false } level)
        {
            if (level.Role == AxisRole.SoilLayer && level.Depth is not null)
            {
                _file.Write<double>("depth", [0], [level.Length], level.Depth);
                _file.Write<double>("depth_bnds", [0, 0], [level.Length, 2], level.DepthBounds!);
            }
            else
            {
                _file.Write<int>(LevelName(level.Role), [0], [level.Length], Enumerable.Range(1, level.Length).ToArray());
            }
        }
    }
}
