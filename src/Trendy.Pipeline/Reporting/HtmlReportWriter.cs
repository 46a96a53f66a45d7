using Trendy.Core.Planning;
using Trendy.Core.Targets;
using Trendy.Pipeline.Cleanup;

namespace Trendy.Pipeline.Reporting;

/// <summary>
/// Writes `OUT/reports/index.html` and its pictures in `OUT/reports/img/` for a run or merged report: brings the
/// global series up to date (reading only new or rewritten outputs), builds the coverage matrix, draws the plots
/// and renders the page. Each file is written under a temporary name and renamed when complete. A plot that
/// cannot be drawn leaves a one-line problem on the page, not a failed run.
/// </summary>
public static class HtmlReportWriter
{
    public const string IndexName = "index.html";
    public const string ImageFolder = "img";

    public static HtmlReportResult Write(string outputRoot, RunReport report, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(report);
        var root = Path.GetFullPath(outputRoot);
        var folder = Path.Combine(root, ReportStore.FolderName);
        var images = Path.Combine(folder, ImageFolder);
        Directory.CreateDirectory(images);

        var outputs = IlambCatalog.Scan(root).Rows.Where(r => !IlambCatalog.Companions.Contains(r.VariableId))
            .Select(r => (r.Path, Simulation: Parent(r.Path, 2), Model: Parent(r.Path, 1)));
        var update = GlobalSeriesStore.Update(root, outputs);
        var problems = new List<string>(update.Problems);
        var coverage = CoverageMatrix.Build(report.Entries, CoverageMatrix.Columns(TargetCatalog.LoadEmbedded()));
        var benchmarks = coverage.SelectMany(m => BenchmarkLine.For(m, IlambBenchmarks.LoadEmbedded())).ToList();

        var seriesImages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in update.Series.GroupBy(s => (s.Simulation, s.VariableId)))
        {
            var key = $"{group.Key.Simulation}/{group.Key.VariableId}";
            var name = $"series-{OutputNaming.Safe(group.Key.Simulation)}-{OutputNaming.Safe(group.Key.VariableId)}.png";
            if (Draw(Path.Combine(images, name), problems, key, p => ReportPlots.SeriesPng(p, $"{group.Key.VariableId} ({group.Key.Simulation})", [.. group])))
                seriesImages[key] = $"{ImageFolder}/{name}";
        }

        var mapImages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in update.Series.Where(s => s.Map is { Values.Count: > 0 }))
        {
            var name = $"map-{OutputNaming.Safe(s.Simulation)}-{OutputNaming.Safe(s.Model)}-{OutputNaming.Safe(s.VariableId)}.png";
            if (Draw(Path.Combine(images, name), problems, s.OutputPath, p => ReportPlots.MapPng(p, $"{s.Model} {s.VariableId} ({s.Map!.Units})", s.Map)))
                mapImages[s.OutputPath] = $"{ImageFolder}/{name}";
        }

        var page = new HtmlReportPage(report, coverage, benchmarks, update.Series, seriesImages, mapImages, problems, clock.GetUtcNow());
        var index = Path.Combine(folder, IndexName);
        AtomicFile.Write(index, HtmlReport.Render(page));
        return new HtmlReportResult(index, coverage, benchmarks, problems);
    }

    /// <summary>Draws into a temporary file and renames it into place; a drawing failure becomes a problem line.</summary>
    private static bool Draw(string path, List<string> problems, string what, Action<string> draw)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!, ToolNames.TempText(Path.GetFileName(path)));
        try
        {
            draw(temp);
            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or TypeInitializationException or ArgumentException or InvalidOperationException)
        {
            problems.Add($"{what}: plot not drawn: {e.GetType().Name}: {e.Message}; the page lists the numbers without it (check that libSkiaSharp loads: docs/report.md)");
            return false;
        }
        finally
        {
            ToolDeletion.DeleteFile(temp);
        }
    }

    private static string Parent(string path, int up)
    {
        var dir = Path.GetDirectoryName(path);
        for (var i = 1; i < up; i++) dir = Path.GetDirectoryName(dir);
        return Path.GetFileName(dir) ?? "";
    }
}
