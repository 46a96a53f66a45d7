using Trendy.Core.Inventory;

namespace Trendy.Core.Planning.SoilDepths;

/// <summary>
/// Soil-layer depths in metres for a layer dimension, from wherever the file gives them (docs/quirks.md, "Soil
/// layer depths"): the layer coordinate in m, cm or mm and its CF bounds; another variable on the layer axis
/// (<c>layer_depth</c>, <c>zsoi</c>, <c>levgrnd</c>, thicknesses <c>dz</c>, interfaces <c>zisoi</c> of length n + 1,
/// (n, 2) bounds); a depth, thickness or interface list in an attribute of the data variable, of the layer
/// coordinate or of the file (numbers or text); or a per-model fix. Layers fixed by bounds, interfaces or
/// thicknesses win; node depths alone are used with a stated assumption (<see cref="LayerGeometry.NodeAssumption"/>).
/// ILAMB's permafrost and ilamb3's soil-moisture transforms need a depth in m with bounds (docs/contract.md §1.9,
/// Part 3 item 9).
/// </summary>
public static class SoilDepthFinder
{
    public static SoilDepth? Find(DatasetHeader header, VariableInfo data, SourceAxis axis, IReadOnlyList<double>? fixInterfaces)
    {
        var n = (int)axis.Length;
        var candidates = Candidates(header, data, axis.Dimension, n).ToList();
        if (fixInterfaces is { Count: > 0 })
        {
            var encoding = fixInterfaces.Count == n + 1 ? DepthEncoding.Interfaces : DepthEncoding.Nodes;
            candidates.Add(new DepthCandidate(encoding, fixInterfaces, "per-model fix", false));
        }

        var nodes = candidates.FirstOrDefault(c => c.Encoding == DepthEncoding.Nodes && LayerGeometry.For(c.Encoding, c.Metres, n) is not null);
        foreach (var c in candidates.Where(c => c.Encoding != DepthEncoding.Nodes))
        {
            if (LayerGeometry.For(c.Encoding, c.Metres, n) is not { } layers) continue;
            // Node depths and interfaces together: the file's own nodes as centres when they lie in their layers.
            if (nodes is not null && LayerGeometry.WithBounds(nodes.Metres, layers.Bounds) is { } both)
            {
                return Result(both, $"{nodes.Source} with {Describe(c)}", "nodes-with-" + c.Encoding.ToString().ToLowerInvariant(), nodes, c);
            }

            return Result(layers, Describe(c), c.Encoding.ToString().ToLowerInvariant(), c);
        }

        if (nodes is null) return null;
        var geometry = LayerGeometry.For(DepthEncoding.Nodes, nodes.Metres, n)!.Value;
        return Result(geometry, nodes.Source, "nodes-without-interfaces", nodes) with { Assumption = LayerGeometry.NodeAssumption };
    }

    /// <summary>Metres per unit for length units; null when the units are not a length (layer indices).</summary>
    public static double? LengthScale(string? units) => units?.Trim().ToLowerInvariant() switch
    {
        "m" or "meter" or "meters" or "metre" or "metres" => 1.0,
        "cm" or "centimeter" or "centimeters" or "centimetre" or "centimetres" => 0.01,
        "mm" or "millimeter" or "millimeters" or "millimetre" or "millimetres" => 0.001,
        _ => null,
    };

    private static SoilDepth Result((double[] Depth, double[] Bounds) g, string source, string encoding, params DepthCandidate[] used)
    {
        var assumed = used.Any(u => u.UnitsAssumed);
        return new SoilDepth(g.Depth, g.Bounds, source, $"level:depth-from-{Slug(used[0].Source)}-as-{encoding}",
            assumed ? "numbers without length units are metres" : null);
    }

    private static string Describe(DepthCandidate c) => c.Encoding switch
    {
        DepthEncoding.Interfaces => $"{c.Source} (layer interfaces)",
        DepthEncoding.Thicknesses => $"{c.Source} (layer thicknesses)",
        DepthEncoding.Bounds => $"{c.Source} (layer bounds)",
        _ => c.Source,
    };

    private static string Slug(string source) =>
        source.Replace(' ', '-').Replace("'", "", StringComparison.Ordinal).Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal);

    /// <summary>Every list of layer numbers in the file, the layer coordinate first, then variables, then attributes.</summary>
    private static IEnumerable<DepthCandidate> Candidates(DatasetHeader header, VariableInfo data, string dimension, int n)
    {
        var coord = header.Variable(dimension);
        if (coord is { Rank: 1 } && header.Values(coord.Name) is { } values && LengthScale(coord.Text("units")) is { } coordScale)
        {
            var said = DepthNames.EncodingOf(coord.Text("long_name") ?? "") ?? DepthNames.EncodingOf(coord.Text("standard_name") ?? "");
            var encoding = said == DepthEncoding.Thicknesses ? DepthEncoding.Thicknesses : DepthEncoding.Nodes;
            if (coord.Text("bounds") is { } b && header.Values(b) is { } pairs)
            {
                yield return new DepthCandidate(DepthEncoding.Bounds, [.. pairs.Select(v => v * coordScale)], $"bounds '{b}' of coordinate '{coord.Name}'", false);
            }

            yield return new DepthCandidate(encoding, [.. values.Select(v => v * coordScale)], $"coordinate '{coord.Name}'", false);
        }

        foreach (var v in header.Variables.Where(v => v.Name != data.Name && v.Name != dimension && v.Rank is 1 or 2))
        {
            if (DepthNames.EncodingOf(v.Name) is not { } encoding || header.Values(v.Name) is not { } numbers) continue;
            var onAxis = v.Dimensions[0] == dimension;
            var fits = (v.Rank, onAxis) switch
            {
                (1, true) => encoding is DepthEncoding.Nodes or DepthEncoding.Thicknesses,
                (1, false) => numbers.Length == n + 1 && encoding is DepthEncoding.Interfaces or DepthEncoding.Nodes or DepthEncoding.Bounds,
                (2, true) => v.Shape[1] == 2,
                _ => false,
            };
            if (!fits) continue;
            var actual = v.Rank == 2 ? DepthEncoding.Bounds : numbers.Length == n + 1 ? DepthEncoding.Interfaces : encoding;
            // Only a length in its units or name makes a variable a depth: a layer index (1..n) or kg m-2 is none.
            if ((LengthScale(v.Text("units")) ?? DepthNames.ScaleFromSuffix(v.Name)) is not { } varScale) continue;
            yield return new DepthCandidate(actual, [.. numbers.Select(x => x * varScale)], $"variable '{v.Name}'", false);
        }

        var attributes = data.Attributes.Select(a => (a, $"attribute '{a.Name}' of '{data.Name}'"))
            .Concat((coord?.Attributes ?? []).Select(a => (a, $"attribute '{a.Name}' of '{dimension}'")))
            .Concat(header.GlobalAttributes.Select(a => (a, $"global attribute '{a.Name}'")));
        foreach (var (a, source) in attributes)
        {
            if (a.Name is "units" or "long_name" or "standard_name" or "bounds" || DepthNames.EncodingOf(a.Name) is not { } encoding) continue;
            var (numbers, textScale) = DepthNames.Numbers(a);
            if (numbers.Count != n && numbers.Count != n + 1) continue;
            var actual = numbers.Count == n + 1 ? DepthEncoding.Interfaces : encoding == DepthEncoding.Interfaces ? DepthEncoding.Nodes : encoding;
            var scale = DepthNames.ScaleFromSuffix(a.Name) ?? textScale;
            yield return new DepthCandidate(actual, [.. numbers.Select(x => x * (scale ?? 1.0))], source, scale is null);
        }
    }
}
