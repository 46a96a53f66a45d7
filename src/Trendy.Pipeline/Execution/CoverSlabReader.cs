using Trendy.Core.Planning;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// Reads the cover fractions of a cover-weighted PFT mean (<see cref="CoverWeights"/>) for a slab of data steps, one
/// cover step at a time (memory bounded by the slab), into output order: index ((t·P + p)·nLat + y)·nLon + x, scaled to
/// fractions of the cell, missing as NaN. The grid's flip and roll are the data's: the planner checked that the
/// cover file has the same latitudes and longitudes (docs/quirks.md, "Per-PFT fields").
/// </summary>
internal sealed class CoverSlabReader : ICoverSource, IDisposable
{
    private readonly CoverWeights _weights;
    private readonly HorizontalGrid _grid;
    private readonly NcFile _file;
    private readonly long[] _count;
    private readonly double[] _step;
    private readonly long _pftStride;
    private readonly long _latStride;
    private readonly long _lonStride;
    private readonly int _pfts;
    private int _loaded = -1;

    public CoverSlabReader(CoverWeights weights, HorizontalGrid grid)
    {
        _weights = weights;
        _grid = grid;
        _count = [.. weights.Axes.Select(a => a.Role == AxisRole.Time ? 1 : a.Length)];
        var strides = new long[_count.Length];
        long s = 1;
        for (var i = _count.Length - 1; i >= 0; i--)
        {
            strides[i] = s;
            s *= _count[i];
        }

        long Stride(AxisRole role) => strides[weights.Axes.First(a => a.Role == role).Position];
        _pftStride = Stride(AxisRole.Pft);
        _latStride = Stride(AxisRole.Latitude);
        _lonStride = Stride(AxisRole.Longitude);
        _pfts = (int)weights.Axes.First(a => a.Role == AxisRole.Pft).Length;
        _step = new double[s];
        _file = NcFile.OpenRead(weights.Path);
    }

    public int Pfts => _pfts;

    /// <summary>Fills <paramref name="destination"/> with the cover of data steps first … first + n − 1.</summary>
    public void Read(int first, int n, double[] destination)
    {
        var cells = _grid.NLat * _grid.NLon;
        for (var t = 0; t < n; t++)
        {
            Load(_weights.DataStepsPerCoverStep == 0 ? 0 : (first + t) / _weights.DataStepsPerCoverStep);
            for (var p = 0; p < _pfts; p++)
            {
                var o = ((long)((t * _pfts) + p)) * cells;
                for (var y = 0; y < _grid.NLat; y++)
                {
                    var row = (p * _pftStride) + (_grid.LatSource(y) * _latStride);
                    for (var x = 0; x < _grid.NLon; x++) destination[o++] = Fraction(_step[row + (_grid.LonSource(x) * _lonStride)]);
                }
            }
        }
    }

    private double Fraction(double raw)
    {
        if (double.IsNaN(raw) || Math.Abs(raw) >= ValuePlan.SentinelMagnitude || _weights.FillValues.Contains(raw)) return double.NaN;
        return raw * _weights.Scale;
    }

    private void Load(int coverStep)
    {
        if (coverStep == _loaded) return;
        var start = new long[_count.Length];
        if (_weights.Axes.FirstOrDefault(a => a.Role == AxisRole.Time) is { } time) start[time.Position] = coverStep;
        try
        {
            _file.Read(_weights.Variable, start, _count, _step);
        }
        catch (NcException e)
        {
            throw CorruptInputException.At(_weights.Path, _weights.Variable, coverStep, $"libnetcdf cannot read the cover fractions: {e.Reason}", e);
        }

        _loaded = coverStep;
    }

    public void Dispose() => _file.Dispose();
}
