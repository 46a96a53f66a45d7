using Trendy.Core.Diagnostics;
using Trendy.Core.Fixes;
using Trendy.Core.Inventory;
using Trendy.Core.Targets;

namespace Trendy.Core.Planning;

/// <summary>
/// Decides what happens to the one extra axis a variable may have. ILAMB 2.x reads any extra axis as a
/// depth and allows exactly one (docs/contract.md §1.9), so: soil layers of layered targets (tsl, msl)
/// become `depth` in metres with bounds; soil layers of column totals (CABLE-POP mrso) are summed; a PFT
/// axis is kept for the archive folder unless a per-model fix documents the grid-cell value as the sum.
/// </summary>
public static class LevelPlanner
{
    public static (LevelAxis? Level, bool Ok) Plan(DatasetHeader header, VariableInfo data, IReadOnlyList<SourceAxis> axes, TargetSpec target,
        ModelFixes fixes, Where where, DiagnosticBag diagnostics, List<string> rules, List<FiredFix> firedFixes)
    {
        var extra = axes.Where(a => a.Role is AxisRole.SoilLayer or AxisRole.Pft or AxisRole.Pool).ToList();
        if (extra.Count == 0) return (null, true);
        if (extra.Count > 1)
        {
            diagnostics.Add(Diagnostic.Error(GridCodes.TooManyExtraAxes, where, "at most one axis besides time, lat and lon",
                string.Join(", ", extra.Select(e => $"{e.Dimension} ({e.Role})")), "split or reduce the file before conversion"));
            return (null, false);
        }

        var axis = extra[0];
        var n = (int)axis.Length;
        if (n == 1 && !(axis.Role == AxisRole.SoilLayer && target.NeedsDepthAxis) && !target.IsArchiveProduct)
        {
            // One level is no layering: a length-1 height/layer/PFT axis (tas(time, height=1, lat, lon), a
            // single-layer "lev") is dropped, whatever the variable's units. Summing one level is the identity
            // and keeps its missing cells missing; refusing it (GRID008 for temperatures) lost whole files.
            return Summed(axis, n, rules, firedFixes, null, $"level:squeeze-length-1-{axis.Dimension}");
        }

        return axis.Role switch
        {
            AxisRole.SoilLayer => Soil(header, data, axis, target, fixes, where, diagnostics, rules, firedFixes),
            AxisRole.Pft when fixes.ReductionFor(target.TrendyName, ExtraDimension.Pft) is { } r => Summed(axis, n, rules, firedFixes, new FiredFix(FixIds.Of(fixes.Key, r), $"{fixes.Key}: sum over PFTs ({r.Seen})"), "level:sum-over-pft"),
            _ => (new LevelAxis(axis.Dimension, axis.Role, n, false, null, null, $"kept {axis.Role} axis '{axis.Dimension}'",
                axis.Role == AxisRole.Pft ? PftNames.Find(header, data, axis.Dimension, n) : null), true),
        };
    }

    private static (LevelAxis?, bool) Soil(DatasetHeader header, VariableInfo data, SourceAxis axis, TargetSpec target, ModelFixes fixes,
        Where where, DiagnosticBag diagnostics, List<string> rules, List<FiredFix> firedFixes)
    {
        var n = (int)axis.Length;
        if (!target.NeedsDepthAxis)
        {
            if (!IsExtensive(target.Units))
            {
                diagnostics.Add(Diagnostic.Error(GridCodes.SoilNotSummable, where.WithAttribute(axis.Dimension), $"no soil axis for {target.TrendyName} ({target.Units})",
                    $"soil axis '{axis.Dimension}' of length {n}", "a layer mean needs layer thicknesses; reduce the file before conversion"));
                return (null, false);
            }

            var fix = fixes.ReductionFor(target.TrendyName, ExtraDimension.Soil);
            if (fix is not null) firedFixes.Add(new(FixIds.Of(fixes.Key, fix), $"{fixes.Key}: sum over soil layers ({fix.Seen})"));
            return Summed(axis, n, rules, firedFixes, null, "level:sum-over-soil-layers");
        }

        var layers = fixes.SoilLayersFor(target.TrendyName);
        IReadOnlyList<double>? interfaces = layers is null ? null : [layers.BoundsMetres[0][0], .. layers.BoundsMetres.Select(b => b[1])];
        var found = SoilDepthFinder.Find(header, data, axis, interfaces);
        if (found is not { } depth)
        {
            diagnostics.Add(Diagnostic.Error(GridCodes.SoilDepthsMissing, where.WithAttribute(axis.Dimension), "soil layer depths in m (coordinate, bounds, depth attribute or fix)",
                $"layer axis '{axis.Dimension}' of length {n} without depths", "add soilLayers for this model in a --fixes file"));
            return (null, false);
        }

        if (layers is not null && depth.Source.StartsWith("per-model fix", StringComparison.Ordinal)) firedFixes.Add(new(FixIds.Of(fixes.Key, layers), $"{fixes.Key}: soil layers ({layers.Seen})"));
        rules.Add($"level:depth-from-{depth.Source.Replace(' ', '-').Replace("'", "", StringComparison.Ordinal)}");
        return (new LevelAxis(axis.Dimension, AxisRole.SoilLayer, n, false, depth.Depth, depth.Bounds, depth.Source), true);
    }

    private static (LevelAxis?, bool) Summed(SourceAxis axis, int n, List<string> rules, List<FiredFix> firedFixes, FiredFix? fix, string rule)
    {
        if (fix is not null) firedFixes.Add(fix);
        rules.Add(rule);
        return (new LevelAxis(axis.Dimension, axis.Role, n, true, null, null, rule), true);
    }

    /// <summary>Amounts per area (and their rates) add up over layers; temperatures and fractions do not.</summary>
    private static bool IsExtensive(string units) => units.StartsWith("kg m-2", StringComparison.Ordinal);
}
