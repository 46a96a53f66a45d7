using Trendy.Core.Cf.Units;
using Trendy.Core.Diagnostics;
using Trendy.Core.Inventory;

namespace Trendy.Core.Planning;

/// <summary>
/// Checks that a landCoverFrac file can weight a per-PFT field (docs/quirks.md, "Per-PFT fields"): same PFT count,
/// the same latitudes and longitudes in the same order, and cover steps that are the data's steps, annual steps of
/// monthly data, or none (static). Fractions in % or in 1 are scaled to 1 through the unit converter. Anything else
/// is a one-line reason, and the per-PFT product is still written.
/// </summary>
public static class CoverWeightsPlanner
{
    public static (CoverWeights? Weights, string? Problem) Plan(DatasetHeader data, IReadOnlyList<SourceAxis> dataAxes, int dataSteps, DatasetHeader cover, IUnitConverter units)
    {
        var variable = cover.VariableIgnoreCase("landCoverFrac")
            ?? cover.Variables.FirstOrDefault(v => v.Rank >= 3 && v.Type is not (NcType.Char or NcType.String));
        if (variable is null) return (null, $"{cover.Path}: no landCoverFrac variable");
        var where = new Where(cover.Path, variable.Name);
        var axes = AxisClassifier.Classify(cover, variable, where, new DiagnosticBag());
        SourceAxis? Of(IReadOnlyList<SourceAxis> a, AxisRole r) => a.FirstOrDefault(x => x.Role == r);
        var (pft, lat, lon) = (Of(axes, AxisRole.Pft), Of(axes, AxisRole.Latitude), Of(axes, AxisRole.Longitude));
        var (dataPft, dataLat, dataLon) = (Of(dataAxes, AxisRole.Pft), Of(dataAxes, AxisRole.Latitude), Of(dataAxes, AxisRole.Longitude));
        if (pft is null || lat is null || lon is null || axes.Count != variable.Rank) return (null, $"{where}: dimensions ({string.Join(", ", variable.Dimensions)}) are not [time,] PFT, lat, lon");
        if (pft.Length != dataPft!.Length) return (null, $"{where}: {pft.Length} PFTs, the data has {dataPft.Length}");
        if (!SameValues(cover, lat.Dimension, data, dataLat!.Dimension) || !SameValues(cover, lon.Dimension, data, dataLon!.Dimension))
        {
            return (null, $"{where}: latitudes or longitudes differ from the data's");
        }

        var perStep = Of(axes, AxisRole.Time) switch
        {
            null => 0,
            { Length: var n } when n == dataSteps => 1,
            { Length: var n } when n * 12 == dataSteps => 12,
            { Length: var n } => -(int)n,
        };
        if (perStep < 0) return (null, $"{where}: {-perStep} cover steps for {dataSteps} data steps (expected the same, one per year, or none)");
        var source = variable.AttributeIgnoreCase("units")?.Text is { Length: > 0 } u ? u : "1";
        if (units.TryGetConversion(source, "1", out _) is not { Offset: 0 } conversion) return (null, $"{where}: units '{source}' are not a fraction (expected 1 or %)");
        var (_, _, fills, _, _, _) = PackingAndMask.Read(variable);
        var rule = $"level:cover-from-{variable.Name}-{(perStep switch { 0 => "static", 1 => "per-step", _ => "annual" })}";
        return (new CoverWeights(cover.Path, variable.Name, axes, perStep, conversion.Factor, fills, rule), null);
    }

    private static bool SameValues(DatasetHeader a, string dimA, DatasetHeader b, string dimB) =>
        a.Values(dimA) is { } x && b.Values(dimB) is { } y && x.Length == y.Length && x.Zip(y).All(p => Math.Abs(p.First - p.Second) < 1e-6);
}
