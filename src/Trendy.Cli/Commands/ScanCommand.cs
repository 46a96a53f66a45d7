using System.CommandLine;
using Trendy.Cli.Parsing;
using Trendy.Core.Identify;
using Trendy.Core.Planning;
using Trendy.Pipeline.Discovery;
using Trendy.Pipeline.Release;

namespace Trendy.Cli.Commands;

/// <summary>
/// `scan RELEASE [--json|--jsonl]`: reads headers only and says, per simulation, which model × variable files will
/// convert, be skipped (why) or fail (why), with each file's time rule, calendar, frequency and grid.
/// </summary>
public static class ScanCommand
{
    public static Command Create(CliOptions o)
    {
        var root = new Argument<string>("RELEASE") { Description = "Release directory (MODEL/SIMULATION/files)" }
            .MustBe(PathKind.Folder, "scan takes a release directory; for single files use 'trendy2ilamb plan FILE'");
        var command = new Command("scan", "Read every header of a release and show what convert would do")
        {
            root, o.Json, o.JsonLines, o.Models, o.Simulations, o.Variables, o.All,
        };
        foreach (var option in o.Conversion) command.Options.Add(option);
        command.SetAction(r => Run(r.GetValue(root)!, ReleaseSelection.From(r, o), CommandSettings.From(r, o, "scan"), r.GetValue(o.Json), r.GetValue(o.JsonLines), r.Out()));
        return command;
    }

    private static int Run(string root, Selection selection, CommandSettings settings, bool json, bool jsonLines, TextWriter stdout)
    {
        var discovery = TreeConversion.AsUsageError(() => ReleaseRun.Scan(root, selection, settings.Overrides, settings.Service));
        var entries = discovery.Work.Select(w => Entry(settings, w.File)).Concat(discovery.Skipped.Select(Skipped)).ToList();
        if (json || jsonLines) JsonOutput.Write(entries, jsonLines, stdout);
        else ScanPrinter.Print(entries, discovery, stdout);
        return entries.Any(e => e.Verdict == ScanEntry.Fail) ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    private static ScanEntry Entry(CommandSettings settings, DiscoveredFile f)
    {
        var id = f.Identity;
        var name = VariableName(id);
        if (id.Archive != ArchiveKind.None)
        {
            return new ScanEntry(f.RelativePath, id.Model, id.Simulation ?? "-", name, ScanEntry.Convert, Core.Batch.ReasonCodes.Ok, $"{id.Archive} archive: unpacked at conversion", null, null, null, null, null, f.Size);
        }

        var attempt = settings.Service.Plan(f.Path, f.Identity, settings.Options);
        var s = PlanSummary.From(attempt);
        if (attempt.Plan?.Plan is not { } p) return new ScanEntry(f.RelativePath, id.Model, id.Simulation ?? "-", name, s.Status, s.Code, s.Reason, null, null, null, null, null, f.Size);
        return new ScanEntry(f.RelativePath, id.Model, id.Simulation ?? "-", name, ScanEntry.Convert, s.Code, null, p.Time.Rule, p.Time.Calendar,
            OutputNaming.FrequencyLabel(p.Time.Frequency), $"{p.Time.FirstLabel}-{p.Time.LastLabel}", $"{p.Grid.NLat}x{p.Grid.NLon}{(p.Level is null ? "" : $"x{p.Level.Length}")}", f.Size);
    }

    private static ScanEntry Skipped(SkippedFile s)
    {
        var id = s.File.Identity;
        return new ScanEntry(s.File.RelativePath, id.Model, id.Simulation ?? "-", VariableName(id), ScanEntry.Skip, s.Code, s.Reason, null, null, null, null, null, s.File.Size);
    }

    /// <summary>The TRENDY name, as the run summary and the report name variables.</summary>
    private static string VariableName(FileIdentity id) => id.Target?.TrendyName ?? id.VariableToken ?? "-";
}
