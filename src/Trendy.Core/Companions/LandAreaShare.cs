namespace Trendy.Core.Companions;

/// <summary>
/// Land area per cell (DLEM's LAND_AREA_DLEM.nc, docs/quirks.md §4, §6) as a percentage of the cell area.
/// The unit comes from the <c>units</c> attribute (m2, km2, ha); without a known unit, m2 is assumed unless
/// every share would then be below 1.5e-6, which only km2 explains (a km2 value read as m2 is 10⁶ too small).
/// </summary>
public static class LandAreaShare
{
    private static readonly Dictionary<string, double> ToSquareMetres = new(StringComparer.OrdinalIgnoreCase)
    {
        ["m2"] = 1, ["m^2"] = 1, ["m**2"] = 1, ["m 2"] = 1, ["square meters"] = 1, ["square metres"] = 1, ["meter2"] = 1, ["metre2"] = 1,
        ["km2"] = 1e6, ["km^2"] = 1e6, ["km**2"] = 1e6, ["km 2"] = 1e6, ["square kilometers"] = 1e6, ["square kilometres"] = 1e6,
        ["ha"] = 1e4, ["hectare"] = 1e4, ["hectares"] = 1e4,
    };

    public static (double[] Percent, string Rule) Percent(IReadOnlyList<double> landArea, string? units, IReadOnlyList<double> cellAreaM2)
    {
        if (landArea.Count != cellAreaM2.Count) throw new ArgumentException($"{landArea.Count} land areas for {cellAreaM2.Count} cells", nameof(landArea));
        var (factor, why) = Factor(landArea, units, cellAreaM2);
        var percent = new double[landArea.Count];
        for (var i = 0; i < percent.Length; i++) percent[i] = cellAreaM2[i] > 0 ? 100 * landArea[i] * factor / cellAreaM2[i] : double.NaN;
        return (percent, $"sftlf = 100·landArea/cellArea ({why})");
    }

    private static (double Factor, string Why) Factor(IReadOnlyList<double> landArea, string? units, IReadOnlyList<double> cellAreaM2)
    {
        var u = units?.Trim() ?? "";
        if (ToSquareMetres.TryGetValue(u, out var f)) return (f, $"units '{units}'");
        var maxShare = LandPercent.Max(landArea.Select((a, i) => cellAreaM2[i] > 0 ? a / cellAreaM2[i] : double.NaN));
        var label = u.Length == 0 ? "no units" : $"unknown units '{units}'";
        return maxShare is > 0 and <= 1.5e-6 ? (1e6, $"{label}: km2 assumed, shares in m2 at most {maxShare:G3}") : (1, $"{label}: m2 assumed");
    }
}
