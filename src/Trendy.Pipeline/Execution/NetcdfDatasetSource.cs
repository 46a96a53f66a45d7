using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// The production source: the plan's data variable through libnetcdf's nc_get_vara, or, when the plan says
/// <see cref="ReadPath.DirectChunk"/>, through <see cref="ChunkSlabReader"/> (docs/native-io.md §3). Everything it needs
/// (shape, storage, codec) comes from the plan; the header is not read again.
/// </summary>
internal sealed class NetcdfDatasetSource : IDatasetSource
{
    private readonly NcFile _input;
    private readonly string _variable;
    private readonly long[] _shape;
    private readonly int _timePosition;
    private readonly int _stepsPerSlab;
    private readonly ChunkSlabReader? _chunks;
    private readonly Netcdf3SlabReader? _classic;

    private NetcdfDatasetSource(NcFile input, ConversionPlan plan, int stepsPerSlab)
    {
        _input = input;
        _variable = plan.SourceVariable;
        _shape = [.. plan.SourceAxes.Select(a => a.Length)];
        _timePosition = plan.SourceAxes.First(a => a.Role == AxisRole.Time).Position;
        _stepsPerSlab = Math.Max(stepsPerSlab, 1);
        var io = plan.Io;
        if (io.Read == ReadPath.DirectChunk)
        {
            _chunks = new ChunkSlabReader(input, _variable, io.ReadShuffled, io.StoredType == NcType.Float, _shape, _stepsPerSlab, io.Codec);
        }

        _classic = Netcdf3SlabReader.Open(input, plan);
        ReadRule = _chunks is not null || _classic is not null ? io.ReadRule : IoPlan.PlainReadRule;
    }

    public string ReadRule { get; }

    public string Path => _input.Path;

    /// <summary>Opens the plan's source for slabs of up to <paramref name="stepsPerSlab"/> steps.</summary>
    public static NetcdfDatasetSource Open(ConversionPlan plan, int stepsPerSlab)
    {
        var input = NcFile.OpenRead(plan.SourcePath);
        try
        {
            return new NetcdfDatasetSource(input, plan, stepsPerSlab);
        }
        catch
        {
            input.Dispose();
            throw;
        }
    }

    public void Read(int firstStep, int steps, double[] destination)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(steps, _stepsPerSlab);
        if (_chunks is not null)
        {
            _chunks.Read(firstStep, steps, destination);
            return;
        }

        if (_classic is not null)
        {
            _classic.Read(firstStep, steps, destination);
            return;
        }

        var start = new long[_shape.Length];
        var count = (long[])_shape.Clone();
        start[_timePosition] = firstStep;
        count[_timePosition] = steps;
        var elements = count.Aggregate(1L, (a, b) => a * b);
        try
        {
            _input.Read(_variable, start, count, destination.AsSpan(0, checked((int)elements)));
        }
        catch (NcException e)
        {
            // A libnetcdf read error on the source is damaged data (a chunk HDF5 cannot undo), named by its time steps.
            var which = steps == 1 ? $"{firstStep}" : $"{firstStep}–{firstStep + steps - 1}";
            throw new CorruptInputException($"{_input.Path} › {_variable} › time steps {which}: corrupt data (libnetcdf cannot read them: {e.Reason}); {CorruptInputException.Remedy}", e);
        }
    }

    public ArraySegment<byte> StoredChunk(int step) => _chunks?.StoredChunk(step) ?? default;

    public void Dispose()
    {
        try
        {
            _chunks?.Dispose();
            _classic?.Dispose();
        }
        finally
        {
            _input.Dispose();
        }
    }
}
