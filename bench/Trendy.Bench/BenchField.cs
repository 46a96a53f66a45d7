namespace Trendy.Bench;

/// <summary>
/// The synthetic TRENDY-like gpp field of docs/performance.md: a 0.5° grid (latitude south to north, longitude
/// 0..360), about 28 % land from a thresholded sum of sines, land values
/// (6 cos²φ + 0.5)·(1 + 0.8 sin(2π m/12 + phase))·(1 + 0.05 N(0,1)) in gC m-2 day-1, ocean 1e20.
/// Deterministic for a seed: the noise comes from one seeded generator consumed in step order.
/// </summary>
internal sealed class BenchField
{
    public const int NLat = 360;

    public const int NLon = 720;

    public const int Cells = NLat * NLon;

    public const float FillValue = 1e20f;

    /// <summary>The land share the mask is cut at (thresholded at the 72nd percentile).</summary>
    public const double LandShare = 0.28;

    /// <summary>First year of the series; time is "days since 1700-01-01" on the noleap calendar.</summary>
    public const int FirstYear = 1901;

    private static readonly int[] MonthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    private readonly int[] _land;
    private readonly float[][] _seasonal;
    private readonly Random _random;

    public BenchField(int seed)
    {
        _random = new Random(seed);
        Lat = [.. Enumerable.Range(0, NLat).Select(j => -89.75 + (0.5 * j))];
        Lon = [.. Enumerable.Range(0, NLon).Select(i => 0.25 + (0.5 * i))];
        _land = LandCells();
        _seasonal = new float[12][];
        for (var m = 0; m < 12; m++)
        {
            var s = new float[_land.Length];
            for (var k = 0; k < _land.Length; k++)
            {
                var j = _land[k] / NLon;
                var i = _land[k] % NLon;
                var phi = Lat[j] * Math.PI / 180;
                var lambda = Lon[i] * Math.PI / 180;
                var phase = (Lat[j] < 0 ? Math.PI : 0) + (0.3 * Math.Sin(lambda));
                var cos = Math.Cos(phi);
                s[k] = (float)(((6 * cos * cos) + 0.5) * (1 + (0.8 * Math.Sin((2 * Math.PI * m / 12) + phase))));
            }

            _seasonal[m] = s;
        }
    }

    public double[] Lat { get; }

    public double[] Lon { get; }

    public int LandCellCount => _land.Length;

    public static long UncompressedBytes(int steps) => (long)steps * Cells * sizeof(float);

    /// <summary>Fills <paramref name="step"/> (lat, lon order) with time step <paramref name="t"/>; call in step order.</summary>
    public void Fill(int t, Span<float> step)
    {
        step.Fill(FillValue);
        var seasonal = _seasonal[t % 12];
        for (var k = 0; k < _land.Length; k += 2)
        {
            // Box–Muller: two normals per pair of uniforms.
            var u1 = 1.0 - _random.NextDouble();
            var u2 = _random.NextDouble();
            var r = Math.Sqrt(-2 * Math.Log(u1));
            var (sin, cos) = Math.SinCos(2 * Math.PI * u2);
            step[_land[k]] = seasonal[k] * (float)(1 + (0.05 * r * cos));
            if (k + 1 < _land.Length) step[_land[k + 1]] = seasonal[k + 1] * (float)(1 + (0.05 * r * sin));
        }
    }

    /// <summary>Noleap monthly midpoints in days since 1700-01-01, starting January <see cref="FirstYear"/>.</summary>
    public static double[] TimeMidpoints(int steps)
    {
        var days = new double[steps];
        double start = (FirstYear - 1700) * 365;
        for (var t = 0; t < steps; t++)
        {
            var m = t % 12;
            days[t] = start + (MonthDays[m] / 2.0);
            start += MonthDays[m];
        }

        return days;
    }

    /// <summary>Cells whose sum of sines lies above the (1 − land share) quantile, in lat-major order.</summary>
    private int[] LandCells()
    {
        var score = new double[Cells];
        for (var j = 0; j < NLat; j++)
        {
            var phi = Lat[j] * Math.PI / 180;
            for (var i = 0; i < NLon; i++)
            {
                var lambda = Lon[i] * Math.PI / 180;
                score[(j * NLon) + i] = Math.Sin(3 * phi) * Math.Cos(2 * lambda)
                    + (0.7 * Math.Sin((5 * lambda) + 1))
                    + (0.5 * Math.Cos((4 * phi) + (0.5 * lambda)))
                    + (0.3 * Math.Sin((7 * phi) - (3 * lambda)))
                    - (0.8 * Math.Abs(Math.Sin(phi)) * Math.Abs(Math.Sin(phi)) * Math.Abs(Math.Sin(phi)));
            }
        }

        var sorted = (double[])score.Clone();
        Array.Sort(sorted);
        var threshold = sorted[(int)(Cells * (1 - LandShare))];
        return [.. Enumerable.Range(0, Cells).Where(c => score[c] >= threshold)];
    }
}
