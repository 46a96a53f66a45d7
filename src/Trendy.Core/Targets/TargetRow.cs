using System.Globalization;
using Trendy.Core.Common;

namespace Trendy.Core.Targets;

/// <summary>
/// Turns one variables.csv record into a <see cref="TargetSpec"/>. Every rule the converter applies per variable —
/// the output name, the role, the extra-axis handling, the default selection, the plausible range — is a column of
/// the table (its legend explains each); this class only parses and checks that the values are known.
/// </summary>
internal static class TargetRow
{
    public const string Table = "variables.csv";

    public static readonly string[] Header =
    [
        "trendy_name", "output_name", "long_name", "standard_name", "units", "cmip_table", "cmip_name",
        "table_day", "table_mon", "table_yr", "table_fx", "trendy_frequency", "extra_axis", "quantity", "ilamb_side",
        "positive", "cell_methods", "ilamb_use", "default",
        "plausible_aggregate", "plausible_min", "plausible_max", "plausible_units", "plausible_source",
    ];

    /// <summary>ilamb3 applies sftlf only when cell_methods says "where land" (docs/contract.md §2.2 and Part 3 item 10).</summary>
    public const string LandMean = "area: mean where land time: mean";

    private static readonly Dictionary<string, ExtraDimension> ExtraAxes = new(StringComparer.Ordinal)
    {
        ["none"] = ExtraDimension.None, ["pft"] = ExtraDimension.Pft, ["soil"] = ExtraDimension.Soil, ["soilpool"] = ExtraDimension.SoilPool,
    };

    private static readonly Dictionary<string, TrendyFrequency> Frequencies = new(StringComparer.Ordinal)
    {
        [""] = TrendyFrequency.Unknown, ["daily"] = TrendyFrequency.Daily, ["monthly"] = TrendyFrequency.Monthly,
        ["annual"] = TrendyFrequency.Annual, ["once"] = TrendyFrequency.Once,
    };

    private static readonly Dictionary<string, Quantity> Quantities = new(StringComparer.Ordinal)
    {
        ["flux"] = Quantity.Flux, ["pool"] = Quantity.Pool, ["state"] = Quantity.State, ["companion"] = Quantity.Companion,
    };

    private static readonly Dictionary<string, bool> YesNo = new(StringComparer.Ordinal) { ["yes"] = true, ["no"] = false };

    private static readonly Dictionary<string, PlausibleAggregate?> Aggregates = new(StringComparer.Ordinal)
    {
        [""] = null, ["global-total"] = PlausibleAggregate.GlobalTotal, ["land-mean"] = PlausibleAggregate.LandMean,
    };

    public static TargetSpec ToSpec(CsvRecord r)
    {
        var name = r[0];
        var outputName = r[1];
        if (name.Length == 0 || outputName.Length == 0)
            throw new FormatException($"{Table} line {r.Line}: trendy_name and output_name must not be empty");
        var quantity = LegendCsv.Enum(Table, r, 13, "quantity", Quantities);
        var ilambSide = LegendCsv.Enum(Table, r, 14, "ilamb_side", YesNo);
        if (ilambSide && quantity == Quantity.Companion)
            throw new FormatException($"{Table} line {r.Line}: {name} cannot be both a companion and ILAMB-side");
        var role = quantity == Quantity.Companion ? TargetRole.Companion : ilambSide ? TargetRole.IlambSide : TargetRole.Variable;
        var isDefault = LegendCsv.Enum(Table, r, 18, "default", YesNo);
        if (isDefault && (role != TargetRole.Variable || r[17].Length == 0))
            throw new FormatException($"{Table} line {r.Line}: default 'yes' needs a convertible variable (not companion or ILAMB-side) with an ilamb_use");
        var cellMethods = r[16];
        return new TargetSpec(
            TrendyName: name,
            VariableId: outputName,
            LongName: r[2],
            StandardName: r[3],
            Units: r[4],
            CmipTable: r[5],
            CmipName: r[6],
            Frequency: LegendCsv.Enum(Table, r, 11, "trendy_frequency", Frequencies),
            ExtraDimension: LegendCsv.Enum(Table, r, 12, "extra_axis", ExtraAxes),
            Positive: r[15],
            CellMethods: cellMethods,
            OutputCellMethods: OutputCellMethods(cellMethods, role),
            IlambUseText: r[17],
            Role: role,
            Quantity: quantity,
            Tables: new CmipTables(r[7], r[8], r[9], r[10]),
            IsDefault: isDefault,
            Plausibility: Plausible(r, name));
    }

    /// <summary>
    /// Keeps the table's cell_methods (it already says "where land" for Lmon/Emon land variables). A TRENDY-only
    /// variable without a CMIP entry is a land-model field too, so it gets the land mean ilamb3 needs; companions
    /// keep their fx value (sftlf "area: mean", areacella "area: sum").
    /// </summary>
    private static string OutputCellMethods(string tableValue, TargetRole role) =>
        tableValue.Length == 0 && role == TargetRole.Variable ? LandMean : tableValue;

    private static PlausibleRange? Plausible(CsvRecord r, string name)
    {
        var aggregate = LegendCsv.Enum(Table, r, 19, "plausible_aggregate", Aggregates);
        string[] rest = [r[20], r[21], r[22], r[23]];
        if (aggregate is null)
        {
            return rest.All(v => v.Length == 0) ? null
                : throw new FormatException($"{Table} line {r.Line}: {name} has plausible_* values but no plausible_aggregate");
        }
        if (rest.Any(v => v.Length == 0))
            throw new FormatException($"{Table} line {r.Line}: {name} needs plausible_min, plausible_max, plausible_units and plausible_source together");
        var min = Number(r, 20, "plausible_min");
        var max = Number(r, 21, "plausible_max");
        if (!(min < max))
            throw new FormatException($"{Table} line {r.Line}: {name} plausible_min {r[20]} is not below plausible_max {r[21]}");
        return new PlausibleRange(aggregate.Value, min, max, r[22], r[23]);
    }

    private static double Number(CsvRecord r, int index, string column) =>
        double.TryParse(r[index], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v
            : throw new FormatException($"{Table} line {r.Line}: {column} '{r[index]}' is not a number");
}
