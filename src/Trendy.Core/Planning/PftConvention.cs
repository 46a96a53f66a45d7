using Trendy.Core.Cf.Metadata;
using Trendy.Core.Fixes;
using Trendy.Core.Inventory;
using Trendy.Core.Targets;

namespace Trendy.Core.Planning;

/// <summary>
/// Whether a per-PFT field of a grid-cell variable (lai, gpp, cVeg, ... with a PFT/tile axis) can be reduced to its
/// grid-cell value, and how: from the model's fixes table (a <c>reductions</c> entry with where it was seen) first,
/// then from metadata that leaves no doubt, CF <c>cell_methods</c> naming the PFT dimension ("pft: sum" → sum,
/// "pft: mean" → cover-weighted mean; CF 1.8 §7.3). Nothing else is guessed: the units of lai or gpp read the same
/// per PFT area and per grid-cell area (docs/quirks.md, "Per-PFT fields").
/// </summary>
public static class PftConvention
{
    public sealed record Found(ReductionMethod Method, string Source, FiredFix? Fix);

    public static Found? Find(VariableInfo data, string dimension, TargetSpec target, ModelFixes fixes)
    {
        if (fixes.ReductionFor(target.TrendyName, ExtraDimension.Pft) is { } r)
        {
            return new Found(r.Method, "fixes table", new FiredFix(FixIds.Of(fixes.Key, r), $"{fixes.Key}: {Describe(r.Method)} over PFTs ({r.Seen})"));
        }

        var methods = data.Text("cell_methods");
        return CellMethods.MethodFor(methods, dimension) switch
        {
            "sum" => new Found(ReductionMethod.Sum, $"cell_methods '{methods}'", null),
            "mean" => new Found(ReductionMethod.CoverWeightedMean, $"cell_methods '{methods}'", null),
            _ => null,
        };
    }

    /// <summary>The words of a method in rules and messages.</summary>
    public static string Describe(ReductionMethod method) => method == ReductionMethod.Sum ? "sum" : "cover-weighted mean";

    /// <summary>The fixes entry that would unlock the grid-cell value, for the report.</summary>
    public static string UnlockingFix(string model, string variable) =>
        $"a reductions entry {{\"variable\": \"{variable}\", \"axis\": \"pft\", \"method\": \"sum\" or \"coverWeightedMean\", \"seen\": \"...\"}} for {model} in a --fixes file";
}
