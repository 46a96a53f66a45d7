using Trendy.Core;
using Trendy.Core.Batch;
using Trendy.Core.Companions;
using Trendy.Core.Diagnostics;
using Trendy.Core.Planning;
using Trendy.Pipeline.Conversion;

namespace Trendy.Pipeline.Companions;

/// <summary>
/// After conversion: writes `areacella` and `sftlf` into every model folder this run wrote to, from that
/// model's land-fraction or area files (same simulation first, then static ones, then any simulation), and
/// turns each folder's result into a report item so it is counted and its diagnostics kept. Each folder is an
/// ordinary scheduler item run by a worker process (<see cref="ItemsFor"/>), under the scheduler's failure policy:
/// a native crash there (a full disk made HDF5 segfault at exit) costs that folder's companions, never the run.
/// </summary>
public static class ModelCompanions
{
    /// <summary>The model folders this run wrote to that need companions (pure selection, no native calls).</summary>
    public static IReadOnlyList<string> Folders(string outputRoot, IEnumerable<WorkOutcome> outcomes)
    {
        // A folder whose outputs were all up to date already has its companions from the run that made them;
        // rewriting them would make a rerun that converts nothing touch files.
        var folders = outcomes
            .Where(o => o.Status is WorkStatus.Converted or WorkStatus.UpToDate && o.OutputPath is not null)
            .GroupBy(o => Path.GetDirectoryName(Path.GetFullPath(o.OutputPath!))!)
            .Where(g => g.Any(o => o.Status == WorkStatus.Converted) || !Directory.EnumerateFiles(g.Key, "areacella_*.nc").Any())
            .Select(g => g.Key)
            .Where(d => !IsArchiveFolder(outputRoot, d))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return [.. folders];
    }

    /// <summary>The variable of the report items that stand for a folder's companions (so summaries can list them apart).</summary>
    public const string ReportVariable = "areacella+sftlf";

    /// <summary>One work item per folder, each carrying the model's land-fraction/area files as its job.</summary>
    public static IReadOnlyList<WorkItem> ItemsFor(IEnumerable<string> folders, IReadOnlyList<CompanionSourceFile> sources) =>
        [.. folders.Select(ItemFor).Select(item => item with { Job = new CompanionFolderJob(item.InputPath, [.. sources.Where(s => OfModel(s, item))]) })];

    /// <summary>The report item standing for one folder's companions.</summary>
    public static WorkItem ItemFor(string folder)
    {
        var model = Path.GetFileName(folder);
        var sim = Path.GetFileName(Path.GetDirectoryName(folder)!);
        return new WorkItem($"{sim}/{model}/{ReportVariable}", folder, model, sim, ReportVariable, 0);
    }

    /// <summary>Writes one folder's companions (native code: runs in a worker process).</summary>
    public static WorkOutcome WriteFolder(string folder, IReadOnlyList<CompanionSourceFile> sources)
    {
        var item = ItemFor(folder);
        var candidates = sources
            .Where(s => OfModel(s, item) && !s.IsArchive)
            .OrderBy(s => s.Simulation == item.Simulation ? 0 : s.Simulation is null ? 1 : 2)
            .ThenBy(s => s.RelativePath, StringComparer.Ordinal)
            .Select(s => new CompanionSource(s.Path, s.Variable, s.Kind))
            .ToList();
        TestFault.At(TestFault.Companions, folder);
        try
        {
            var result = CompanionWriter.Write(CompanionRequest.ForFolder(folder, candidates));
            var failed = result.Diagnostics.Any(d => d.Severity == Severity.Error);
            var message = result.WroteSftlf
                ? $"areacella and sftlf from {Path.GetFileName(result.SftlfSource!.Path)} ({result.SftlfRule})"
                : result.FilesWritten.Count > 0 ? "areacella only (no usable land fraction)" : "companions already present";
            return new WorkOutcome(item.Id, failed ? WorkStatus.Failed : WorkStatus.Converted, failed ? result.Diagnostics.First(d => d.Severity == Severity.Error).Code : ReasonCodes.Ok, message)
            {
                OutputPath = result.FilesWritten.FirstOrDefault(),
                Rules = result.GridRules,
                Diagnostics = [.. result.Diagnostics.Select(d => d.ToString())],
            };
        }
        catch (Exception e) when (e is TrendyException or IOException or UnauthorizedAccessException)
        {
            return new WorkOutcome(item.Id, WorkStatus.Failed, ReasonCodes.CompanionFailed, $"{folder}: {e.Message}");
        }
    }

    private static bool OfModel(CompanionSourceFile source, WorkItem folderItem) =>
        string.Equals(OutputNaming.ModelFolder(source.Model), folderItem.Model, StringComparison.OrdinalIgnoreCase);

    private static bool IsArchiveFolder(string outputRoot, string folder) =>
        Path.GetRelativePath(Path.GetFullPath(outputRoot), folder).Split(Path.DirectorySeparatorChar)[0] == OutputNaming.ArchiveFolder;
}
