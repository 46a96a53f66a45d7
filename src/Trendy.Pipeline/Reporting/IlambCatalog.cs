using System.Text;
using Trendy.Core;
using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Reporting;

/// <summary>
/// Builds `OUT/ilamb3-models.csv`, the ilamb3 model database, from what is on disk: every
/// `OUT/{simulation}/{model}/*.nc`, read for its global attributes. Rebuilt from scratch every time, so it is
/// true to the files that exist, also after several shards or a partial rerun.
/// <para>
/// `source_id` is `{model}-{simulation}`: the ilamb3 CLI groups rows by (source_id, grid_label) only, so two
/// scenarios sharing a source_id would be opened as one model run (docs/contract.md §2.1). `member_id` and
/// `experiment_id` carry the scenario. `OUT/pft` (products ILAMB cannot read) and `OUT/reports` are not model
/// roots, and names starting with '.' are temporary files of writers still at work.
/// </para>
/// </summary>
public static class IlambCatalog
{
    public const string FileName = "ilamb3-models.csv";

    /// <summary>Cell area and land fraction: static companions, listed with frequency `fx` (contract Part 3 item 10).</summary>
    public static readonly IReadOnlySet<string> Companions = new HashSet<string>(StringComparer.Ordinal) { "areacella", "sftlf" };

    private static readonly string[] Header = ["source_id", "member_id", "grid_label", "experiment_id", "variable_id", "frequency", "path"];
    private static readonly HashSet<string> NotModelRoots = new(StringComparer.Ordinal) { OutputNaming.ArchiveFolder, ReportStore.FolderName };

    /// <summary>Scans OUT and writes the CSV atomically (concurrent shards each write a complete file).</summary>
    public static IlambCatalogResult Write(string outputRoot)
    {
        var scanned = Scan(outputRoot);
        var path = Path.Combine(Path.GetFullPath(outputRoot), FileName);
        AtomicFile.Write(path, ToCsv(scanned.Rows));
        return scanned with { CsvPath = path };
    }

    /// <summary>The rows for every readable output file, sorted by source_id, variable_id, path.</summary>
    public static IlambCatalogResult Scan(string outputRoot)
    {
        var root = Path.GetFullPath(outputRoot);
        var rows = new List<IlambCatalogRow>();
        var skipped = new List<CatalogSkip>();
        foreach (var (simulation, model, file) in CandidateFiles(root))
        {
            try
            {
                using var nc = NcFile.OpenRead(file);
                var header = nc.ReadHeader(coordinateValueLimit: 0);
                if (RowFor(header, file, simulation, model, out var reason) is { } row) rows.Add(row);
                else skipped.Add(new CatalogSkip(file, reason));
            }
            catch (Exception e) when (e is TrendyException or IOException or UnauthorizedAccessException)
            {
                skipped.Add(new CatalogSkip(file, e.Message));
            }
        }

        var sorted = rows.OrderBy(r => r.SourceId, StringComparer.Ordinal).ThenBy(r => r.VariableId, StringComparer.Ordinal)
            .ThenBy(r => r.Path, StringComparer.Ordinal).ToList();
        return new IlambCatalogResult(null, sorted, [.. skipped.OrderBy(s => s.Path, StringComparer.Ordinal)]);
    }

    public static string ToCsv(IEnumerable<IlambCatalogRow> rows)
    {
        var sb = new StringBuilder();
        CsvText.Line(sb, Header);
        foreach (var r in rows) CsvText.Line(sb, [r.SourceId, r.MemberId, r.GridLabel, r.ExperimentId, r.VariableId, r.Frequency, r.Path]);
        return sb.ToString();
    }

    private static IEnumerable<(string Simulation, string Model, string File)> CandidateFiles(string root)
    {
        if (!Directory.Exists(root)) yield break;
        foreach (var simDir in Visible(Directory.EnumerateDirectories(root)).Where(d => !NotModelRoots.Contains(Path.GetFileName(d))))
        {
            foreach (var modelDir in Visible(Directory.EnumerateDirectories(simDir)))
            {
                // Exactly ".nc": ILAMB 2 ignores other endings (contract §1.1), and the writers' temp files end otherwise too.
                foreach (var file in Visible(Directory.EnumerateFiles(modelDir)).Where(f => f.EndsWith(".nc", StringComparison.Ordinal)))
                {
                    yield return (Path.GetFileName(simDir), Path.GetFileName(modelDir), file);
                }
            }
        }
    }

    private static IEnumerable<string> Visible(IEnumerable<string> paths) =>
        paths.Where(p => !Path.GetFileName(p).StartsWith('.')).Order(StringComparer.Ordinal);

    /// <summary>
    /// The file's own attributes win; folder names stand in for a missing model or scenario. A file whose
    /// variable_id names no variable in it is left out: ilamb3 keeps only the variable named in the row.
    /// </summary>
    private static IlambCatalogRow? RowFor(DatasetHeader h, string file, string simulation, string model, out string reason)
    {
        string? Attr(string name) => h.GlobalAttribute(name)?.Text is { Length: > 0 } t ? t.Trim() : null;
        var variable = Attr("variable_id") ?? Path.GetFileName(file).Split('_')[0];
        reason = "";
        if (h.Variable(variable) is null)
        {
            reason = $"no variable '{variable}' in the file (variable_id must name its data variable)";
            return null;
        }

        var experiment = Attr("experiment_id") ?? simulation;
        var frequency = Companions.Contains(variable) ? "fx" : Attr("frequency") ?? "";
        // Files written before source_id carried the simulation say only the model; the row adds the simulation then.
        var sourceId = Attr("source_id") is { } s && s.EndsWith("-" + experiment, StringComparison.Ordinal) ? s : OutputNaming.SourceId(Attr("source_id") ?? model, experiment);
        return new IlambCatalogRow(sourceId, OutputNaming.MemberId(experiment), Attr("grid_label") ?? OutputNaming.Grid,
            experiment, variable, frequency, file);
    }
}
