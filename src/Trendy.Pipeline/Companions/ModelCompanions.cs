using Trendy.Core;
using Trendy.Core.Batch;
using Trendy.Core.Diagnostics;
using Trendy.Core.Identify;
using Trendy.Core.Planning;
using Trendy.Pipeline.Discovery;

namespace Trendy.Pipeline.Companions;

/// <summary>
/// After conversion: writes `areacella` and `sftlf` into every model folder this run wrote to, from that
/// model's land-fraction or area files (same simulation first, then static ones, then any simulation), and
/// turns each folder's result into a report item so it is counted and its diagnostics kept.
/// </summary>
public static class ModelCompanions
{
    public static IReadOnlyList<(WorkItem Item, WorkOutcome Outcome)> Write(string outputRoot, IEnumerable<WorkOutcome> outcomes, IReadOnlyList<DiscoveredFile> sources)
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
        return [.. folders.Select(folder => WriteFolder(folder, sources))];
    }

    private static (WorkItem, WorkOutcome) WriteFolder(string folder, IReadOnlyList<DiscoveredFile> sources)
    {
        var model = Path.GetFileName(folder);
        var sim = Path.GetFileName(Path.GetDirectoryName(folder)!);
        var item = new WorkItem($"{sim}/{model}/areacella+sftlf", folder, model, sim, "areacella+sftlf", 0);
        var candidates = sources
            .Where(s => string.Equals(OutputNaming.Safe(s.Identity.Model), model, StringComparison.OrdinalIgnoreCase) && s.Identity.Archive == ArchiveKind.None)
            .OrderBy(s => s.Identity.Simulation == sim ? 0 : s.Identity.Simulation is null ? 1 : 2)
            .ThenBy(s => s.RelativePath, StringComparer.Ordinal)
            .Select(s => new CompanionSource(s.Path, s.Identity.VariableToken ?? "", s.Identity.Companion))
            .ToList();
        try
        {
            var result = CompanionWriter.Write(CompanionRequest.ForFolder(folder, candidates));
            var failed = result.Diagnostics.Any(d => d.Severity == Severity.Error);
            var message = result.WroteSftlf
                ? $"areacella and sftlf from {Path.GetFileName(result.SftlfSource!.Path)} ({result.SftlfRule})"
                : result.FilesWritten.Count > 0 ? "areacella only (no usable land fraction)" : "companions already present";
            return (item, new WorkOutcome(item.Id, failed ? WorkStatus.Failed : WorkStatus.Converted, failed ? result.Diagnostics.First(d => d.Severity == Severity.Error).Code : ReasonCodes.Ok, message)
            {
                OutputPath = result.FilesWritten.FirstOrDefault(),
                Rules = result.GridRules,
                Diagnostics = [.. result.Diagnostics.Select(d => d.ToString())],
            });
        }
        catch (Exception e) when (e is TrendyException or IOException or UnauthorizedAccessException)
        {
            return (item, new WorkOutcome(item.Id, WorkStatus.Failed, "COMPANION_FAILED", $"{folder}: {e.Message}"));
        }
    }

    private static bool IsArchiveFolder(string outputRoot, string folder) =>
        Path.GetRelativePath(Path.GetFullPath(outputRoot), folder).Split(Path.DirectorySeparatorChar)[0] == OutputNaming.ArchiveFolder;
}
