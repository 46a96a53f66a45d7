using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// The production writer: creates the output skeleton (dimensions, coordinates with bounds, the data variable
/// with compression and chunks of one time step) and appends slabs. Everything ILAMB looks for is written
/// here, following docs/contract.md Part 3 (items 1–4, 7–10). Format, deflate level and write path come from the plan
/// (<see cref="IoPlan"/>). On the direct-chunk path (<see cref="WritePath.DirectChunk"/>)
/// libnetcdf only builds this skeleton and writes the coordinates; the file is then closed and the data chunks go
/// through <see cref="ChunkSlabWriter"/> (docs/native-io.md §3, §5).
/// </summary>
internal sealed class OutputWriter : IDatasetSink
{
    private readonly NcFile _file;
    private readonly ConversionPlan _plan;
    private readonly ChunkSlabWriter? _chunks;

    public OutputWriter(string path, ConversionPlan plan, IReadOnlyList<KeyValuePair<string, string>> extraGlobals, int stepsPerSlab = 1)
    {
        _plan = plan;
        var io = plan.Io;
        var format = io.Format == OutputFormat.NetCdf4 ? NcCreateFormat.NetCdf4 : NcCreateFormat.Offset64Bit;
        _file = NcFile.Create(path, format);
        try
        {
            Define(io, extraGlobals);
            WriteCoordinates();
            if (io.Write == WritePath.DirectChunk)
            {
                _file.Dispose();
                var g = plan.Grid;
                var rank = LevelDim is null ? 3 : 4;
                var perStep = (long)(LevelDim is null ? 1 : plan.Level!.Length) * g.NLat * g.NLon;
                _chunks = new ChunkSlabWriter(path, DataVariable, rank, perStep, stepsPerSlab, io.DeflateLevel, io.WriteCodec);
            }
        }
        catch
        {
            _file.Dispose();
            throw;
        }
    }

    public string DataVariable => _plan.Output.VariableId;

    public NcType DataType => _plan.Output.DataType;

    private string? LevelDim => _plan.Level is { Reduce: false } l ? LevelName(l.Role) : null;

    public static string LevelName(AxisRole role) => role switch
    {
        AxisRole.SoilLayer => "depth",
        AxisRole.Pft => "pft",
        _ => "pool",
    };

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

    private void Define(IoPlan io, IReadOnlyList<KeyValuePair<string, string>> extraGlobals)
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
        else if (LevelDim is { } other) DefineIndex(other, _plan.Level!);

        string[] dims = LevelDim is null ? ["time", "lat", "lon"] : ["time", LevelDim, "lat", "lon"];
        f.DefineVariable(DataVariable, DataType, dims);
        if (io.Format == OutputFormat.NetCdf4)
        {
            long[] chunk = LevelDim is null ? [1, g.NLat, g.NLon] : [1, _plan.Level!.Length, g.NLat, g.NLon];
            f.SetChunking(DataVariable, chunk);
            if (io.DeflateLevel > 0) f.SetCompression(DataVariable, io.DeflateLevel, shuffle: true);
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

    /// <summary>
    /// A kept PFT or pool axis is an integer index (CF 1.8 §3.1: dimensionless, units "1", with a long_name); the
    /// source's PFT names, when it gives them, go beside it as a char label coordinate (CF 1.8 §6.1).
    /// </summary>
    private void DefineIndex(string dimension, LevelAxis level)
    {
        _file.DefineVariable(dimension, NcType.Int, [dimension]);
        _file.PutAttribute(dimension, "long_name", OutputNaming.IndexLongName(level.Role));
        _file.PutAttribute(dimension, "units", "1");
        if (level.Names is null) return;
        var labelLength = OutputNaming.PftLabelVariable + "_length";
        _file.DefineDimension(labelLength, LabelWidth(level.Names));
        _file.DefineVariable(OutputNaming.PftLabelVariable, NcType.Char, [dimension, labelLength]);
        _file.PutAttribute(OutputNaming.PftLabelVariable, "long_name", "plant functional type name as the source file gives it");
    }

    private void WriteLabels(IReadOnlyList<string> names)
    {
        var width = LabelWidth(names);
        var bytes = new byte[names.Count * width];
        for (var i = 0; i < names.Count; i++) System.Text.Encoding.UTF8.GetBytes(names[i], bytes.AsSpan(i * width, width));
        _file.Write<byte>(OutputNaming.PftLabelVariable, [0, 0], [names.Count, width], bytes);
    }

    private static int LabelWidth(IReadOnlyList<string> names) => Math.Max(1, names.Max(n => System.Text.Encoding.UTF8.GetByteCount(n)));

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
                if (level.Names is { } names) WriteLabels(names);
            }
        }
    }
}
