namespace Trendy.Core.Planning.SoilDepths;

/// <summary>
/// Turns layer numbers already in metres into centres and bounds, whatever their <see cref="DepthEncoding"/>.
/// Bounds follow CF §7.1 (one (upper, lower) pair per layer); centres of interfaces and thicknesses are the
/// mid-points of their layers.
/// </summary>
public static class LayerGeometry
{
    /// <summary>The assumption stated for node depths without interfaces (CF leaves bounds optional, ILAMB needs them).</summary>
    public const string NodeAssumption = "the top layer starts at the surface and layer interfaces lie halfway between node depths";

    /// <summary>Centres and bounds for <paramref name="n"/> layers, or null when the numbers do not describe n layers going down.</summary>
    public static (double[] Depth, double[] Bounds)? For(DepthEncoding encoding, IReadOnlyList<double> metres, int n)
    {
        if (metres.Any(v => !double.IsFinite(v))) return null;
        return encoding switch
        {
            DepthEncoding.Nodes when metres.Count == n => Increasing(metres) ? Nodes([.. metres]) : null,
            DepthEncoding.Interfaces when metres.Count == n + 1 => Increasing(metres) ? FromInterfaces([.. metres]) : null,
            DepthEncoding.Thicknesses when metres.Count == n => metres.All(v => v > 0) ? FromInterfaces(RunningSum(metres)) : null,
            DepthEncoding.Bounds when metres.Count == 2 * n => FromPairs(metres, n),
            _ => null,
        };
    }

    private static bool Increasing(IReadOnlyList<double> v)
    {
        for (var i = 1; i < v.Count; i++)
        {
            if (v[i] <= v[i - 1]) return false;
        }

        return v.Count > 0 && v[0] >= 0;
    }

    private static double[] RunningSum(IReadOnlyList<double> thickness)
    {
        var edges = new double[thickness.Count + 1];
        for (var i = 0; i < thickness.Count; i++) edges[i + 1] = edges[i] + thickness[i];
        return edges;
    }

    private static (double[], double[]) FromInterfaces(double[] edges)
    {
        var n = edges.Length - 1;
        var depth = new double[n];
        var bounds = new double[n * 2];
        for (var i = 0; i < n; i++)
        {
            depth[i] = (edges[i] + edges[i + 1]) / 2;
            bounds[2 * i] = edges[i];
            bounds[(2 * i) + 1] = edges[i + 1];
        }

        return (depth, bounds);
    }

    private static (double[], double[])? FromPairs(IReadOnlyList<double> pairs, int n)
    {
        var bounds = CoordinateBounds.Reorder(pairs, i => i, n);
        var depth = new double[n];
        for (var i = 0; i < n; i++) depth[i] = (bounds[2 * i] + bounds[(2 * i) + 1]) / 2;
        return bounds[0] >= 0 ? (depth, bounds) : null;
    }

    /// <summary>Bounds from node depths with the first layer starting at the surface (<see cref="NodeAssumption"/>).</summary>
    private static (double[], double[]) Nodes(double[] depth)
    {
        var bounds = CoordinateBounds.FromCentres(depth, clipMin: 0);
        bounds[0] = 0;
        return (depth, bounds);
    }

    /// <summary>Centres with explicit bounds (a coordinate and its bounds variable).</summary>
    public static (double[] Depth, double[] Bounds)? WithBounds(IReadOnlyList<double> centres, IReadOnlyList<double> pairs)
    {
        var n = centres.Count;
        if (pairs.Count != 2 * n) return null;
        var bounds = CoordinateBounds.Reorder(pairs, i => i, n);
        return CoordinateBounds.Contain(centres, bounds) ? ([.. centres], bounds) : null;
    }
}
