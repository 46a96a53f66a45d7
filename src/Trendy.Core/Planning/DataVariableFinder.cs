using Trendy.Core.Diagnostics;
using Trendy.Core.Fixes;
using Trendy.Core.Inventory;
using Trendy.Core.Targets;

namespace Trendy.Core.Planning;

/// <summary>
/// Matches the variable named by the file name to a data variable in the file, without regard to case
/// (ISAM writes `LAI`, docs/quirks.md §4), through a per-model alias, or as the file's only gridded variable.
/// </summary>
public static class DataVariableFinder
{
    public static VariableInfo? Find(DatasetHeader header, string? token, TargetSpec target, ModelFixes fixes, Where where, DiagnosticBag diagnostics, List<string> rules)
    {
        string?[] names = [token, token is null ? null : fixes.AliasFor(token)?.To, target.TrendyName, target.VariableId];
        foreach (var name in names.Where(n => n is not null).Distinct())
        {
            var v = header.VariableIgnoreCase(name!);
            if (v is not null && v.Rank > 0 && v.Type is not (NcType.Char or NcType.String))
            {
                if (v.Name != token) rules.Add($"variable:matched-{v.Name}");
                return v;
            }
        }

        var gridded = header.Variables.Where(v => v.Rank >= 2 && !IsCoordinateLike(header, v)).ToList();
        if (gridded.Count == 1)
        {
            rules.Add($"variable:only-gridded-variable-{gridded[0].Name}");
            return gridded[0];
        }

        diagnostics.Add(Diagnostic.Error(PlanCodes.NoDataVariable, where, $"a data variable named '{token ?? target.TrendyName}' (any case)",
            gridded.Count == 0 ? "no gridded variable" : $"variables {string.Join(", ", gridded.Select(g => g.Name))}",
            "add a variableAliases entry for this model in a --fixes file"));
        return null;
    }

    private static bool IsCoordinateLike(DatasetHeader header, VariableInfo v) =>
        v.Name.Contains("bnds", StringComparison.OrdinalIgnoreCase) || v.Name.Contains("bounds", StringComparison.OrdinalIgnoreCase) ||
        header.Dimension(v.Name) is not null || (v.Rank == 2 && v.Shape[1] <= 2);
}
