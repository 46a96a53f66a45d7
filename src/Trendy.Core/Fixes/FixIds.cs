namespace Trendy.Core.Fixes;

/// <summary>
/// The one rule for stable fix ids: MODEL/AREA/KIND[/VARIABLE], from the model key of the fixes table and the kind of
/// fix (e.g. <c>CARDAMOM/time/month-index</c>, <c>CABLE-POP/soil/sum/mrso</c>). A fix that applies to every
/// variable of the model has no variable part. Ids stay the same as long as the table entry does, so reports of
/// different runs can be compared and docs/quirks.md can list them.
/// </summary>
public static class FixIds
{
    public static string Of(string model, TimeFix fix) => Id(model, "time", Kebab(fix.Kind.ToString()), fix.Variable);

    public static string Of(string model, UnitFix fix) => Id(model, "units", "rewrite", fix.Variable);

    public static string Of(string model, SignFix fix) => Id(model, "sign", "flip", fix.Variable);

    public static string Of(string model, SoilLayers fix) => Id(model, "soil", "layers", fix.Variable);

    public static string Of(string model, AxisReduction fix) =>
        Id(model, Kebab(fix.Axis.ToString()), "sum", fix.Variable);

    public static string Of(string model, VariableAlias fix) => Id(model, "variable", "alias", fix.From);

    public static string Of(string model, LandFractionSource fix) => Id(model, "land-fraction", Kebab(fix.Kind.ToString()), fix.Name);

    /// <summary>
    /// Every fix of one model with its id, in table order (docs/quirks.md lists them). Known issues are not fixes:
    /// they change nothing and are reported as diagnostic FIX001.
    /// </summary>
    public static IEnumerable<(string Id, string Seen)> All(ModelFixes model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var key = model.Key;
        return model.VariableAliases.Select(f => (Of(key, f), f.Seen))
            .Concat(model.Time.Select(f => (Of(key, f), f.Seen)))
            .Concat(model.Units.Select(f => (Of(key, f), f.Seen)))
            .Concat(model.Signs.Select(f => (Of(key, f), f.Seen)))
            .Concat(model.SoilLayers.Select(f => (Of(key, f), f.Seen)))
            .Concat(model.Reductions.Select(f => (Of(key, f), f.Seen)))
            .Concat(model.LandFraction.Select(f => (Of(key, f), f.Seen)));
    }

    private static string Id(string model, string area, string kind, string? variable) =>
        variable is null ? $"{model}/{area}/{kind}" : $"{model}/{area}/{kind}/{variable}";

    /// <summary>MonthIndex → month-index, OceanFraction → ocean-fraction.</summary>
    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i == 0 ? "" : "-") + char.ToLowerInvariant(c) : c.ToString()));
}
