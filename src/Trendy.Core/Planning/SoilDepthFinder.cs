using Trendy.Core.Inventory;

namespace Trendy.Core.Planning;

/// <summary>
/// Soil-layer depths in metres for a layer dimension, from (in order) the coordinate variable with length
/// units, a `bounds` variable, a depth-like attribute on the data variable or globally (CABLE writes
/// `layer_depths_m`-style attributes, variables.csv notes on tsl), or a per-model fix. ILAMB's permafrost
/// and ilamb3's soil-moisture transforms need a depth in m with bounds (docs/contract.md §1.9, Part 3 item 9).
/// </summary>
public static class SoilDepthFinder
{
    public static (double[] Depth, double[] Bounds, string Source)? Find(DatasetHeader header, VariableInfo data, SourceAxis axis, IReadOnlyList<double>? fixDepths)
    {
        var n = (int)axis.Length;
        var coord = header.Variable(axis.Dimension);
        if (coord is { Rank: 1 } && header.Values(coord.Name) is { } values && LengthScale(coord.Text("units")) is { } scale)
        {
            var depth = values.Select(v => v * scale).ToArray();
            var bounds = BoundsFor(header, coord, n, scale) ?? SurfaceBounds(depth);
            return (depth, bounds, $"coordinate '{coord.Name}'");
        }

        foreach (var attr in data.Attributes.Concat(header.GlobalAttributes))
        {
            if (attr.IsText || !attr.Name.Contains("depth", StringComparison.OrdinalIgnoreCase)) continue;
            var s = attr.Name.EndsWith("_cm", StringComparison.OrdinalIgnoreCase) ? 0.01 : attr.Name.EndsWith("_mm", StringComparison.OrdinalIgnoreCase) ? 0.001 : 1.0;
            if (attr.Numbers.Count == n) return Centres(attr.Numbers.Select(v => v * s).ToArray(), $"attribute '{attr.Name}'");
            if (attr.Numbers.Count == n + 1) return Interfaces(attr.Numbers.Select(v => v * s).ToArray(), $"attribute '{attr.Name}' (layer interfaces)");
        }

        if (fixDepths is { Count: > 0 } && (fixDepths.Count == n || fixDepths.Count == n + 1))
        {
            return fixDepths.Count == n ? Centres([.. fixDepths], "per-model fix") : Interfaces([.. fixDepths], "per-model fix (layer interfaces)");
        }

        return null;
    }

    /// <summary>Metres per unit for length units; null when the units are not a length (layer indices).</summary>
    public static double? LengthScale(string? units) => units?.Trim().ToLowerInvariant() switch
    {
        "m" or "meter" or "meters" or "metre" or "metres" => 1.0,
        "cm" or "centimeter" or "centimeters" => 0.01,
        "mm" or "millimeter" or "millimeters" => 0.001,
        _ => null,
    };

    private static double[]? BoundsFor(DatasetHeader header, VariableInfo coord, int n, double scale)
    {
        var name = coord.Text("bounds");
        if (name is null || header.Variable(name) is not { Rank: 2 } b || b.Shape[0] != n || header.Values(name) is not { } values) return null;
        return values.Select(v => v * scale).ToArray();
    }

    private static (double[], double[], string) Centres(double[] depth, string source) => (depth, SurfaceBounds(depth), source);

    private static (double[], double[], string) Interfaces(double[] edges, string source)
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

        return (depth, bounds, source);
    }

    /// <summary>Bounds from layer centres with the first layer starting at the surface (0 m).</summary>
    private static double[] SurfaceBounds(double[] depth)
    {
        var bounds = CoordinateBounds.FromCentres(depth, clipMin: 0);
        bounds[0] = 0;
        return bounds;
    }
}
