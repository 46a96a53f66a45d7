using System.Globalization;
using System.Text.Json;
using Trendy.Core.Planning;

namespace Trendy.Pipeline.Reporting;

/// <summary>
/// Reports on disk under `OUT/reports`: one `run-{yyyyMMddTHHmmssZ}[-shard-K].json` plus `.md` per run or
/// shard, and `merged.json`/`merged.md` made by `trendy2ilamb report`. Every file is written atomically, so
/// the shards of a Slurm array can all write into one OUT at the same time.
/// </summary>
public sealed class ReportStore
{
    public const string FolderName = "reports";
    public const string MergedName = "merged";
    private const string RunPrefix = "run-";
    private readonly SummaryTable _summary;

    public ReportStore(string outputRoot, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputRoot);
        Folder = Path.Combine(outputRoot, FolderName);
        _summary = new SummaryTable(clock);
    }

    public string Folder { get; }

    public static RunReport Merge(IEnumerable<RunReport> reports) => ReportMerger.Merge(reports);

    /// <summary>
    /// Writes a run's report. A second report that would get the same name (same second, same shard) gets a
    /// numbered name instead of replacing the first.
    /// </summary>
    public ReportPaths Write(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(Folder);
        var json = ReportJson.Serialize(report);
        var stem = Stem(report);
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? stem : $"{stem}-{n.ToString(CultureInfo.InvariantCulture)}";
            var paths = PathsFor(name);
            if (!AtomicFile.TryCreate(paths.Json, json)) continue;
            AtomicFile.Write(paths.Markdown, _summary.Markdown(report));
            return paths;
        }
    }

    /// <summary>Writes (replaces) `merged.json` and `merged.md`.</summary>
    public ReportPaths WriteMerged(RunReport merged)
    {
        ArgumentNullException.ThrowIfNull(merged);
        Directory.CreateDirectory(Folder);
        var paths = PathsFor(MergedName);
        AtomicFile.Write(paths.Json, ReportJson.Serialize(merged));
        AtomicFile.Write(paths.Markdown, _summary.Markdown(merged));
        return paths;
    }

    /// <summary>Reads every run and shard report (not the merged one, not temporary files), oldest name first.</summary>
    public StoredReports ReadAll()
    {
        if (!Directory.Exists(Folder)) return new([], []);
        var reports = new List<RunReport>();
        var unreadable = new List<string>();
        var files = Directory.EnumerateFiles(Folder, RunPrefix + "*.json").Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                reports.Add(ReportJson.Deserialize(File.ReadAllText(file)));
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
            {
                unreadable.Add($"{file}: {e.Message}");
            }
        }

        return new(reports, unreadable);
    }

    /// <summary>`run-20250102T030405Z` or `run-20250102T030405Z-shard-3` for shard "3/N".</summary>
    public static string Stem(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var stamp = report.Started.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var shard = report.Shard is { Length: > 0 } s ? "-shard-" + OutputNaming.Safe(s.Split('/')[0].Trim()) : "";
        return RunPrefix + stamp + shard;
    }

    private ReportPaths PathsFor(string stem) => new(Path.Combine(Folder, stem + ".json"), Path.Combine(Folder, stem + ".md"));
}
