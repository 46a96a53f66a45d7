using Trendy.Core.Batch;
using Trendy.Core.Identify;
using Trendy.Core.Planning;
using Trendy.Core.Targets;

namespace Trendy.Pipeline.Discovery;

/// <summary>
/// Discover: walks `ROOT/MODEL_DIR/SIM/…`, identifies every file by its path alone (no data read), applies the
/// selection, and resolves inputs that would make the same output (a `correctedS2` re-upload and the original
/// S2; `nbp` and `nbpAnnual`): ILAMB fails with a MonotonicityError on two files of one variable and period
/// (docs/contract.md §1.2), so exactly one is kept and the others are reported as superseded. Parts of a series
/// split by period (`_1901-1960`) each make their own output; overlapping parts are refused and gaps reported
/// (see <see cref="SplitSeries"/>).
/// </summary>
public static class ReleaseScanner
{
    /// <param name="root">The release root.</param>
    /// <param name="identify">Identification of a relative path, given the file's sniffed content (<see cref="ContentSniffer"/>).</param>
    /// <param name="selection">What the run covers.</param>
    /// <param name="catalog">The variable table.</param>
    public static DiscoveryResult Scan(string root, Func<string, FileContent, FileIdentity> identify, Selection selection, TargetCatalog catalog)
    {
        var (files, problems) = ReleaseWalker.Walk(root);
        var skipped = new List<SkippedFile>();
        var candidates = new List<DiscoveredFile>();
        var companions = new List<DiscoveredFile>();
        foreach (var (path, relative) in files)
        {
            var file = new DiscoveredFile(path, relative, SizeOf(path), identify(relative, ContentSniffer.Sniff(path)));
            var id = file.Identity;
            switch (id.Disposition)
            {
                case FileDisposition.Companion:
                    companions.Add(file);
                    break;
                case FileDisposition.Convert when id.Target is { } t:
                    if (Unselected(file, t, selection, catalog) is { } why) skipped.Add(new SkippedFile(file, ReasonCodes.NotSelected, why));
                    else candidates.Add(file);
                    break;
                default:
                    skipped.Add(new SkippedFile(file, id.Disposition == FileDisposition.Ignored ? ReasonCodes.Ignored : ReasonCodes.Skipped, id.Reason ?? id.Disposition.ToString()));
                    break;
            }
        }

        var work = new List<(WorkItem, DiscoveredFile)>();
        var notes = new List<string>(problems);
        foreach (var series in candidates.GroupBy(OutputKey))
        {
            var whole = series.Where(f => f.Identity.Period is null).ToList();
            if (whole.Count > 0)
            {
                var winner = Pick(whole, skipped);
                work.Add((ToItem(winner), winner));
                skipped.AddRange(series.Where(f => f.Identity.Period is not null).Select(f => new SkippedFile(f, ReasonCodes.Superseded,
                    $"{f.RelativePath}: part {f.Identity.Period!.Text} of a series that {winner.RelativePath} holds whole, which is converted instead")));
                continue;
            }

            // Parts of a split series: one file per period (a corrected re-upload of a part supersedes it), then the
            // periods are checked against each other (SplitSeries: each part its own output, overlaps refused).
            var parts = series.GroupBy(f => f.Identity.Period!.Text).Select(g => Pick([.. g], skipped)).ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
            var decision = SplitSeries.Check([.. parts.Values.Select(f => (f.RelativePath, f.Identity.Period!))]);
            work.AddRange(decision.Kept.Select(path => (ToItem(parts[path]), parts[path])));
            skipped.AddRange(decision.Overlapping.Select(o => new SkippedFile(parts[o.Path], SplitSeries.OverlapCode, o.Reason)));
            notes.AddRange(decision.Gaps);
        }

        notes.AddRange(FolderCollisions(candidates.Concat(companions)));
        return new DiscoveryResult(work, skipped, companions, notes);
    }

    /// <summary>
    /// Model names that would become one folder if only made safe: said before anything is written. They get
    /// separate folders (<see cref="OutputNaming.ModelFolder"/>); the note says which.
    /// </summary>
    private static IEnumerable<string> FolderCollisions(IEnumerable<DiscoveredFile> files) =>
        files.Select(f => f.Identity.Model).Distinct(StringComparer.Ordinal)
            .GroupBy(OutputNaming.Safe, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"models {string.Join(", ", g.Order(StringComparer.Ordinal).Select(m => $"'{m}'"))} would all become folder '{g.Key}'; " +
                         $"written to {string.Join(", ", g.Order(StringComparer.Ordinal).Select(m => $"'{OutputNaming.ModelFolder(m)}'"))} instead " +
                         "(a short hash of each name keeps them apart); rename the model folders to plain ASCII to choose the names yourself");

    /// <summary>The one file of several that would make the same output; the others are reported superseded.</summary>
    private static DiscoveredFile Pick(List<DiscoveredFile> same, List<SkippedFile> skipped)
    {
        var ordered = same.OrderByDescending(f => f.Identity.Revision is not null).ThenBy(f => f.Identity.Rules.Count).ThenByDescending(f => f.Size).ThenBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        skipped.AddRange(ordered.Skip(1).Select(f => new SkippedFile(f, ReasonCodes.Superseded, $"{f.RelativePath}: same model, simulation and variable as {ordered[0].RelativePath}, which is converted instead")));
        return ordered[0];
    }

    private static string? Unselected(DiscoveredFile f, TargetSpec t, Selection s, TargetCatalog catalog)
    {
        var id = f.Identity;
        if (!s.TakesModel(id.ModelDirectory, id.Model)) return $"model {id.Model} not selected (--models)";
        if (!s.TakesSimulation(id.Simulation)) return $"simulation {id.Simulation} not selected (--simulations)";
        if (!s.TakesVariable(t.TrendyName, t.VariableId)) return $"variable {t.TrendyName} not selected (--variables)";
        if (!s.All && s.Variables.Count == 0 && !catalog.DefaultSet.Contains(t)) return $"{t.TrendyName} has no ILAMB use (convert it with --all)";
        return null;
    }

    private static string OutputKey(DiscoveredFile f)
    {
        var id = f.Identity;
        return $"{id.Model}|{id.Simulation}|{id.Target!.VariableId}|{id.PftIndex}".ToUpperInvariant();
    }

    private static WorkItem ToItem(DiscoveredFile f) =>
        new(f.RelativePath, f.Path, f.Identity.Model, f.Identity.Simulation ?? "static", f.Identity.Target!.TrendyName, f.Size)
        {
            // The identity goes to the worker with the item: the file is identified once per run, here.
            Job = new ConvertFileJob(f.Identity),
        };

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
