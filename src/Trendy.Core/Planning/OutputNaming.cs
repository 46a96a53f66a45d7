using System.Globalization;
using Trendy.Core.Cf.Metadata;
using Trendy.Core.Cf.Time;
using Trendy.Core.Identify;
using Trendy.Core.Targets;

namespace Trendy.Core.Planning;

/// <summary>
/// Output paths and metadata. `OUT/{simulation}/` is an ILAMB 2.x model root with one folder per model and
/// one scenario per folder (docs/contract.md Part 3 item 5; the predecessor wrote S0..S3 to one name).
/// Products ILAMB cannot read (PFT or pool axes) go under `OUT/pft/`, outside every model root, because
/// ILAMB reads every *.nc below a model folder (§1.1).
/// </summary>
public static class OutputNaming
{
    /// <summary>
    /// The CMIP variant label in the file name's member slot and in the <c>variant_label</c> attribute. The
    /// <c>member_id</c> attribute holds the simulation instead, as the ilamb3 catalogue row does (<see cref="MemberId"/>).
    /// </summary>
    public const string VariantLabel = "r1i1p1f1";

    public const string Grid = "gn";
    public const string ArchiveFolder = "pft";

    public static string RelativePath(FileIdentity id, TargetSpec target, TimeAxisPlan time, bool archive)
    {
        var sim = Safe(id.Simulation ?? "static");
        var model = ModelFolder(id.Model);
        var pft = id.PftIndex is { } p ? $"_PFT{p.ToString("00", CultureInfo.InvariantCulture)}" : "";
        var name = $"{target.VariableId}_{TableFor(target.CmipTable, time.Frequency)}_{model}_{sim}_{VariantLabel}_{Grid}{pft}_{time.FirstLabel}-{time.LastLabel}.nc";
        return archive ? Path.Combine(ArchiveFolder, sim, model, name) : Path.Combine(sim, model, name);
    }

    /// <summary>
    /// <c>source_id</c> of every file and catalogue row: the model and the simulation, because the ilamb3 CLI groups rows
    /// by (source_id, grid_label) only, so scenarios sharing a source_id would be opened as one model run
    /// (docs/contract.md §2.1). A catalogue rebuilt from the files' attributes therefore keeps S0..S3 apart.
    /// </summary>
    public static string SourceId(string model, string simulation) => $"{model}-{simulation}";

    /// <summary><c>member_id</c> of every file and catalogue row: the simulation (S0..S3), as in the ilamb3 catalogue.</summary>
    public static string MemberId(string simulation) => simulation;

    /// <summary>
    /// The CMIP6 table of the frequency actually written (CMIP6 data request, table_id vocabulary): the variable table
    /// names the monthly table (Lmon, Amon, Emon), but annual pools are written yearly, so their table is Eyr, and
    /// daily data go to day (atmosphere) or Eday. ILAMB 2.x and ilamb3 find variables by their netCDF name, never by
    /// the table in the file name (docs/contract.md §1.1, §2.1), so the name stays findable.
    /// </summary>
    public static string TableFor(string table, TimeFrequency frequency) => table.Length == 0 || table == "fx" ? table : frequency switch
    {
        TimeFrequency.Annual => "Eyr",
        TimeFrequency.Daily => table.StartsWith('A') ? "day" : "Eday",
        TimeFrequency.Monthly when table.EndsWith("yr", StringComparison.Ordinal) => "Emon",
        _ => table,
    };

    /// <summary>ilamb3's frequency vocabulary (docs/contract.md §2.1).</summary>
    public static string FrequencyLabel(TimeFrequency f) => f switch
    {
        TimeFrequency.Monthly => "mon",
        TimeFrequency.Annual => "yr",
        TimeFrequency.Daily => "day",
        _ => "other",
    };

    /// <summary>The string coordinate holding the source's PFT names, one per index of the <c>pft</c> axis (CF 1.8 §6.1).</summary>
    public const string PftLabelVariable = "pft_name";

    /// <summary>
    /// The data variable's attributes. cell_methods keeps only the <c>where</c> clauses CF can resolve in this file
    /// (<see cref="CellMethods"/>; the outputs hold no area_type variable, so only area-type names survive);
    /// <paramref name="dropped"/> receives the names removed. PFT names, when the source gives them, are referenced
    /// through <c>coordinates</c>.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> VariableAttributes(TargetSpec target, LevelAxis? level, out IReadOnlyList<string> dropped)
    {
        var list = new List<KeyValuePair<string, string>>();
        void Add(string k, string v)
        {
            if (!string.IsNullOrWhiteSpace(v)) list.Add(new(k, v));
        }

        var (cellMethods, removed) = CellMethods.WithoutUndefinedTypes(target.OutputCellMethods, _ => false);
        dropped = removed;
        Add("standard_name", target.StandardName);
        Add("long_name", target.LongName);
        Add("units", target.Units);
        Add("cell_methods", cellMethods);
        Add("cell_measures", "area: areacella");
        Add("positive", target.Positive);
        if (level is { Reduce: false, Names: not null }) Add("coordinates", PftLabelVariable);
        return list;
    }

    /// <summary>
    /// The global <c>external_variables</c> value: the cell_measures variables, which live in the companion files
    /// beside the data, never in a data output (CF 1.8 §2.6.3, §7.2). Empty when there are none.
    /// </summary>
    public static string ExternalVariables(IReadOnlyList<KeyValuePair<string, string>> variableAttributes) =>
        string.Join(' ', variableAttributes.Where(a => a.Key == "cell_measures").SelectMany(a => CellMeasures.VariableNames(a.Value)).Distinct());

    /// <summary>long_name of the integer index written for a kept PFT or pool axis (units "1", CF 1.8 §3.1).</summary>
    public static string IndexLongName(AxisRole role) => role == AxisRole.Pft ? "plant functional type index" : "soil carbon pool index";

    /// <summary>
    /// The folder (and file-name part) of a model: the name itself when it is already safe; otherwise the safe form plus
    /// a dash and 8 hex digits of the SHA-256 of the name, so two names that differ only in letters made safe (Modèle,
    /// Modéle → Mod_le) never share a folder. Deterministic: it depends on the name alone, so every worker, shard and
    /// rerun agrees without seeing the other models.
    /// </summary>
    public static string ModelFolder(string model)
    {
        var safe = Safe(model);
        if (safe == model) return safe;
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(model)));
        return $"{safe}-{hash[..8]}";
    }

    /// <summary>Folder and file names keep letters, digits, dot, dash and underscore; anything else becomes '_'.</summary>
    public static string Safe(string s) =>
        string.Concat(s.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
}
