using System.Text.Json.Serialization;
using Trendy.Core.Targets;

namespace Trendy.Core.Fixes;

/// <summary>
/// The data-only quirks of one model: which directory names and file prefixes mean it (they differ by release,
/// docs/quirks.md §1/§4), and time, unit, sign, soil-layer, reduction and land-fraction facts. Every quirk carries
/// <c>seen</c>: what was seen, in which model and release, according to which source.
/// </summary>
public sealed record ModelFixes
{
    /// <summary>The entry's key in the fixes file (the current model directory name).</summary>
    [JsonIgnore]
    public string Key { get; init; } = "";

    public required string Seen { get; init; }

    /// <summary>Directory names the model has had across releases (CLM5.0, CLM).</summary>
    public IReadOnlyList<string> Directories { get; init; } = [];

    /// <summary>File-name prefixes the model has used (CLM6.0, CLM5.0).</summary>
    public IReadOnlyList<string> Prefixes { get; init; } = [];

    public IReadOnlyList<VariableAlias> VariableAliases { get; init; } = [];

    public IReadOnlyList<TimeFix> Time { get; init; } = [];

    public IReadOnlyList<UnitFix> Units { get; init; } = [];

    public IReadOnlyList<SignFix> Signs { get; init; } = [];

    public IReadOnlyList<SoilLayers> SoilLayers { get; init; } = [];

    public IReadOnlyList<AxisReduction> Reductions { get; init; } = [];

    public IReadOnlyList<LandFractionSource> LandFraction { get; init; } = [];

    public IReadOnlyList<KnownIssue> KnownIssues { get; init; } = [];

    /// <summary>False for the empty placeholder returned for a model the table does not know.</summary>
    [JsonIgnore]
    public bool IsKnown => Seen.Length > 0;

    /// <summary>The key, directories and prefixes: every name that means this model.</summary>
    [JsonIgnore]
    public IEnumerable<string> Names => Directories.Concat(Prefixes).Prepend(Key).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>An entry with no quirks, for a model the table does not list.</summary>
    public static ModelFixes Empty(string name) => new() { Key = name, Seen = "" };

    public bool IsNamed(string name) => Names.Contains(name, StringComparer.OrdinalIgnoreCase);

    public bool HasPrefix(string prefix) =>
        Prefixes.Contains(prefix, StringComparer.OrdinalIgnoreCase) || IsNamed(prefix);

    public VariableAlias? AliasFor(string token) =>
        VariableAliases.FirstOrDefault(a => string.Equals(a.From, token, StringComparison.Ordinal));

    public IEnumerable<TimeFix> TimeFixesFor(string variable, string? foundUnits) =>
        Time.Where(t => t.Applies(variable, foundUnits));

    public UnitFix? UnitFixFor(string variable, string? foundUnits) =>
        Units.FirstOrDefault(u => u.Applies(variable, foundUnits));

    public SignFix? SignFixFor(string variable, string? foundPositive) =>
        Signs.FirstOrDefault(s => s.Applies(variable, foundPositive));

    public SoilLayers? SoilLayersFor(string variable) =>
        SoilLayers.FirstOrDefault(s => string.Equals(s.Variable, variable, StringComparison.OrdinalIgnoreCase))
        ?? SoilLayers.FirstOrDefault(s => s.Variable is null);

    public AxisReduction? ReductionFor(string variable, ExtraDimension axis) =>
        Reductions.FirstOrDefault(r => r.Axis == axis && string.Equals(r.Variable, variable, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<KnownIssue> IssuesFor(string? variable, string? simulation) =>
        KnownIssues.Where(i =>
            (i.Variable is null || string.Equals(i.Variable, variable, StringComparison.OrdinalIgnoreCase))
            && (i.Simulation is null || string.Equals(i.Simulation, simulation, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// This entry with <paramref name="over"/> laid on top: names are united; a quirk with the same key
    /// (alias source, time kind+variable, unit variable+found string, …) is replaced, others are added.
    /// </summary>
    public ModelFixes MergeWith(ModelFixes over) => this with
    {
        Seen = IsKnown ? $"{Seen}; overridden: {over.Seen}" : over.Seen,
        Directories = FixMerge.Union(Directories, over.Directories),
        Prefixes = FixMerge.Union(Prefixes, over.Prefixes),
        VariableAliases = FixMerge.Upsert(VariableAliases, over.VariableAliases, a => a.From),
        Time = FixMerge.Upsert(Time, over.Time, t => $"{t.Kind}|{t.Variable}"),
        Units = FixMerge.Upsert(Units, over.Units, u => $"{u.Variable}|{u.Found}"),
        Signs = FixMerge.Upsert(Signs, over.Signs, s => $"{s.Variable}|{s.WhenPositive}"),
        SoilLayers = FixMerge.Upsert(SoilLayers, over.SoilLayers, s => s.Variable ?? "*"),
        Reductions = FixMerge.Upsert(Reductions, over.Reductions, r => $"{r.Variable}|{r.Axis}"),
        LandFraction = FixMerge.Upsert(LandFraction, over.LandFraction, l => l.Name),
        KnownIssues = FixMerge.Upsert(KnownIssues, over.KnownIssues, i => $"{i.Variable}|{i.Simulation}|{i.Note}"),
    };
}
