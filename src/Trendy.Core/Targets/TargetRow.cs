using System.Text.RegularExpressions;

namespace Trendy.Core.Targets;

/// <summary>
/// Turns one variables.csv record into a <see cref="TargetSpec"/>. The column order is checked against the
/// header so a reordered table fails loudly instead of shifting every field.
/// </summary>
internal static partial class TargetRow
{
    public static readonly string[] Header =
    [
        "name", "long_name", "cf_standard_name", "canonical_units", "cmip6_table", "frequency_in_trendy",
        "dims_extra", "positive", "cell_methods", "ilamb_uses", "notes",
    ];

    /// <summary>
    /// The only renames the converter applies (docs/contract.md Part 3 item 1; docs/quirks.md §8 mapping table):
    /// ET must be <c>evspsbl</c> (ET alternate and TWSA operand), ilamb3 burnt area reads only
    /// <c>burntFractionAll</c>, and ilamb3 soil moisture reads <c>mrsol</c>. Every other variable keeps its TRENDY
    /// name even when the CMIP column names another variable (dlai is not monthly <c>lai</c>; fFireCveg is kept).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ContractRenames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["evapotrans"] = "evspsbl",
        ["burntArea"] = "burntFractionAll",
        ["msl"] = "mrsol",
    };

    /// <summary>Grid companions feeding sftlf/areacella (docs/quirks.md §6 "Land fraction", §8).</summary>
    private static readonly HashSet<string> Companions = new(StringComparer.Ordinal)
    {
        "oceanCoverFrac", "land_fraction", "sftlf", "areacella",
    };

    /// <summary>
    /// ILAMB-side names: observation names (biomass, et, runoff, swe, rhums), ILAMB expressions (nee, reco, gsnf,
    /// twsa, albedo, rsns, rlns, rns, dtr), or not a land-model output (co2 emulated from nbp, FCH4, cSoilAbove1m).
    /// nee/reco in particular are rebuilt by ILAMB from ra, rh, gpp; a model's own nee has model-specific sign
    /// conventions (variables.csv notes, docs/quirks.md §3 "nee (1–3 models, sign conventions vary)").
    /// </summary>
    private static readonly HashSet<string> IlambSide = new(StringComparer.Ordinal)
    {
        "biomass", "co2", "gsnf", "cSoilAbove1m", "FCH4", "et", "runoff", "twsa", "swe", "albedo",
        "rsns", "rlns", "rns", "dtr", "rhums", "nee", "reco",
    };

    /// <summary>ilamb3 applies sftlf only when cell_methods says "where land" (docs/contract.md §2.2 and Part 3 item 10).</summary>
    public const string LandMean = "area: mean where land time: mean";

    public static TargetSpec ToSpec(string[] f, int line)
    {
        if (f.Length != Header.Length)
            throw new FormatException($"variables.csv line {line}: expected {Header.Length} fields, found {f.Length}");
        var name = f[0].Trim();
        var (table, cmipName) = SplitTable(f[4].Trim(), name);
        var extra = ParseExtra(f[6].Trim(), line);
        var role = Companions.Contains(name) ? TargetRole.Companion
            : IlambSide.Contains(name) ? TargetRole.IlambSide
            : TargetRole.Variable;
        var variableId = ContractRenames.TryGetValue(name, out var renamed) ? renamed : name;
        var cellMethods = StripComment(f[8]);
        return new TargetSpec(
            TrendyName: name,
            VariableId: variableId,
            LongName: f[1].Trim(),
            StandardName: f[2].Trim(),
            Units: StripComment(f[3]),
            CmipTable: table,
            CmipName: cmipName,
            Frequency: ParseFrequency(f[5].Trim(), line),
            ExtraDimension: extra,
            Positive: f[7].Trim(),
            CellMethods: cellMethods,
            OutputCellMethods: OutputCellMethods(cellMethods, role),
            IlambUseText: f[9].Trim(),
            Role: role,
            Notes: f[10].Trim());
    }

    /// <summary>
    /// Keeps the table's cell_methods (it already says "where land" for Lmon/Emon land variables). A TRENDY-only
    /// variable without a CMIP entry is a land-model field too, so it gets the land mean ilamb3 needs; companions
    /// keep their fx value (sftlf "area: mean", areacella "area: sum").
    /// </summary>
    private static string OutputCellMethods(string tableValue, TargetRole role) =>
        tableValue.Length == 0 && role == TargetRole.Variable ? LandMean : tableValue;

    private static (string Table, string Name) SplitTable(string column, string trendyName)
    {
        var dot = column.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? (column, trendyName) : (column[..dot], column[(dot + 1)..]);
    }

    /// <summary>Drops parenthetical remarks such as "W m-2 (as listed in CABLE v12 table)" or "(comment: mask=vegFrac)".</summary>
    private static string StripComment(string value) => Parenthetical().Replace(value, "").Trim();

    private static ExtraDimension ParseExtra(string value, int line) => value switch
    {
        "" or "none" => ExtraDimension.None,
        "pft" => ExtraDimension.Pft,
        "soil" => ExtraDimension.Soil,
        "soilpool" => ExtraDimension.SoilPool,
        _ => throw new FormatException($"variables.csv line {line}: dims_extra '{value}' is not none/pft/soil/soilpool"),
    };

    private static TrendyFrequency ParseFrequency(string value, int line) => value switch
    {
        "" => TrendyFrequency.Unknown,
        "daily" => TrendyFrequency.Daily,
        "monthly" => TrendyFrequency.Monthly,
        "annual" => TrendyFrequency.Annual,
        "once" => TrendyFrequency.Once,
        _ => throw new FormatException($"variables.csv line {line}: frequency_in_trendy '{value}' is not daily/monthly/annual/once"),
    };

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthetical();
}
