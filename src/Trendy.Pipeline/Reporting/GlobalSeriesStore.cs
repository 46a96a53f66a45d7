using System.Text.Json;
using System.Text.Json.Serialization;
using Trendy.Core;

namespace Trendy.Pipeline.Reporting;

/// <summary>
/// `OUT/reports/global-series.json`: the <see cref="GlobalSeries"/> of every output on disk. <see cref="Update"/>
/// keeps a stored series while its output keeps its size and write time and reads only new or rewritten outputs,
/// so `report` redraws the plots without rereading the data (docs/report.md).
/// </summary>
public static class GlobalSeriesStore
{
    public const string FileName = "global-series.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string PathIn(string outputRoot) => Path.Combine(outputRoot, ReportStore.FolderName, FileName);

    /// <summary>The stored series; empty when there is no store or it cannot be read (it is a cache, rebuilt by <see cref="Update"/>).</summary>
    public static IReadOnlyList<GlobalSeries> Read(string outputRoot)
    {
        var path = PathIn(outputRoot);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<List<GlobalSeries>>(File.ReadAllText(path), Options) ?? [] : [];
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return [];
        }
    }

    /// <summary>
    /// Series for every output listed in <paramref name="outputs"/> (path, simulation, model), reading only those
    /// not stored yet or changed since; writes the store atomically. Outputs that cannot be read are returned as
    /// one-line problems naming the file.
    /// </summary>
    public static GlobalSeriesUpdate Update(string outputRoot, IEnumerable<(string Path, string Simulation, string Model)> outputs)
    {
        var stored = Read(outputRoot).ToDictionary(s => s.OutputPath, StringComparer.Ordinal);
        var series = new List<GlobalSeries>();
        var problems = new List<string>();
        var read = 0;
        foreach (var (path, simulation, model) in outputs)
        {
            var full = Path.GetFullPath(path);
            var info = new FileInfo(full);
            if (stored.TryGetValue(full, out var s) && info.Exists && s.FileSize == info.Length && s.FileWriteTimeUtc == info.LastWriteTimeUtc)
            {
                series.Add(s);
                continue;
            }

            try
            {
                series.Add(GlobalSeriesReader.Read(full, simulation, model));
                read++;
            }
            catch (Exception e) when (e is TrendyException or IOException or InvalidDataException or UnauthorizedAccessException)
            {
                problems.Add($"{full}: no global series for the report: {e.Message}; rerun 'trendy2ilamb report' after fixing or removing the file");
            }
        }

        var sorted = series.OrderBy(s => s.Simulation, StringComparer.Ordinal).ThenBy(s => s.VariableId, StringComparer.Ordinal)
            .ThenBy(s => s.Model, StringComparer.Ordinal).ToList();
        Directory.CreateDirectory(Path.GetDirectoryName(PathIn(outputRoot))!);
        AtomicFile.Write(PathIn(outputRoot), JsonSerializer.Serialize(sorted, Options));
        return new GlobalSeriesUpdate(sorted, read, problems);
    }
}
