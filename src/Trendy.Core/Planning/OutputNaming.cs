using System.Globalization;
using Trendy.Core.Cf.Time;
using Trendy.Core.Identify;
using Trendy.Core.Targets;

namespace Trendy.Core.Planning;

/// <summary>
/// Output paths and metadata. `OUT/{simulation}/` is an ILAMB 2.x model root with one folder per model and
/// one scenario per folder (ilamb-contract.md Part 3 item 5; the predecessor wrote S0..S3 to one name).
/// Products ILAMB cannot read (PFT or pool axes) go under `OUT/pft/`, outside every model root, because
/// ILAMB reads every *.nc below a model folder (§1.1).
/// </summary>
public static class OutputNaming
{
    public const string Member = "r1i1p1f1";
    public const string Grid = "gn";
    public const string ArchiveFolder = "pft";

    public static string RelativePath(FileIdentity id, TargetSpec target, TimeAxisPlan time, bool archive)
    {
        var sim = Safe(id.Simulation ?? "static");
        var model = ModelFolder(id.Model);
        var pft = id.PftIndex is { } p ? $"_PFT{p.ToString("00", CultureInfo.InvariantCulture)}" : "";
        var name = $"{target.VariableId}_{target.CmipTable}_{model}_{sim}_{Member}_{Grid}{pft}_{time.FirstLabel}-{time.LastLabel}.nc";
        return archive ? Path.Combine(ArchiveFolder, sim, model, name) : Path.Combine(sim, model, name);
    }

    /// <summary>ilamb3's frequency vocabulary (ilamb-contract.md §2.1).</summary>
    public static string FrequencyLabel(TimeFrequency f) => f switch
    {
        TimeFrequency.Monthly => "mon",
        TimeFrequency.Annual => "yr",
        TimeFrequency.Daily => "day",
        _ => "other",
    };

    public static IReadOnlyList<KeyValuePair<string, string>> VariableAttributes(TargetSpec target)
    {
        var list = new List<KeyValuePair<string, string>>();
        void Add(string k, string v)
        {
            if (!string.IsNullOrWhiteSpace(v)) list.Add(new(k, v));
        }

        Add("standard_name", target.StandardName);
        Add("long_name", target.LongName);
        Add("units", target.Units);
        Add("cell_methods", target.OutputCellMethods);
        Add("cell_measures", "area: areacella");
        Add("positive", target.Positive);
        return list;
    }

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
