using System.Text.Json;

namespace Trendy.Pipeline.Reporting;

/// <summary>Reads and writes <c>OUT/reports/global-series.json</c> in the report JSON shape (<see cref="ReportJson"/>).</summary>
public static class GlobalSeriesStore
{
    public static string PathIn(string outputRoot) => Path.Combine(outputRoot, "reports", GlobalSeriesFile.FileName);

    /// <summary>Writes the file atomically (a reader never sees half of it).</summary>
    public static string Write(string outputRoot, IReadOnlyList<GlobalSeries> series)
    {
        var path = PathIn(outputRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var sorted = series.OrderBy(s => s.VariableId, StringComparer.Ordinal).ThenBy(s => s.Simulation, StringComparer.Ordinal)
            .ThenBy(s => s.Model, StringComparer.Ordinal).ThenBy(s => s.Path, StringComparer.Ordinal).ToList();
        AtomicFile.Write(path, JsonSerializer.Serialize(new GlobalSeriesFile(GlobalSeriesFile.CurrentVersion, sorted), ReportJson.Options));
        return path;
    }

    /// <summary>The stored series, or null when there is no file; throws <see cref="JsonException"/> for a file of another shape or version.</summary>
    public static GlobalSeriesFile? Read(string outputRoot)
    {
        var path = PathIn(outputRoot);
        if (!File.Exists(path)) return null;
        var file = JsonSerializer.Deserialize<GlobalSeriesFile>(File.ReadAllText(path), ReportJson.Options) ?? throw new JsonException($"{path} holds 'null'");
        return file.SchemaVersion == GlobalSeriesFile.CurrentVersion ? file
            : throw new JsonException($"{path}: schema version {file.SchemaVersion}, this tool reads {GlobalSeriesFile.CurrentVersion}; rerun 'trendy2ilamb verify OUT'");
    }
}
