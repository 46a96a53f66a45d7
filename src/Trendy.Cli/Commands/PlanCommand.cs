using System.CommandLine;
using Trendy.Cli.Parsing;
using Trendy.Core.Identify;
using Trendy.Pipeline.Cleanup;
using Trendy.Pipeline.Conversion;
using Trendy.Pipeline.Discovery;

namespace Trendy.Cli.Commands;

/// <summary>`plan FILE... [--json|--jsonl]`: what will be done to each file and why; writes nothing.</summary>
public static class PlanCommand
{
    public static Command Create(CliOptions o)
    {
        var files = new Argument<string[]>("FILE") { Description = "Input files (NetCDF, .nc.gz or .nc.tar.gz)", Arity = ArgumentArity.OneOrMore }
            .MustBe(PathKind.File, "plan takes files; for a whole release use 'trendy2ilamb scan RELEASE'");
        var command = new Command("plan", "Show what convert would do to files and why (no writing)") { files, o.Json, o.JsonLines, o.Model, o.Simulation };
        foreach (var option in o.Conversion) command.Options.Add(option);
        command.SetAction(r => Run(r.GetValue(files)!, CommandSettings.From(r, o, "plan"), r.GetValue(o.Json), r.GetValue(o.JsonLines), r.Out()));
        return command;
    }

    private static int Run(IReadOnlyList<string> paths, CommandSettings settings, bool json, bool jsonLines, TextWriter stdout)
    {
        using var staging = Staging.Create(null);
        var summaries = paths.Select(p => PlanSummary.From(Attempt(p, settings, staging.Path))).ToList();
        if (json || jsonLines) JsonOutput.Write(summaries, jsonLines, stdout);
        else summaries.ForEach(s => PlanPrinter.PrintText(s, stdout));
        return summaries.Any(s => s.Status == "fail") ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    private static FileAttempt Attempt(string path, CommandSettings settings, string stagingFolder)
    {
        var identity = settings.Identify(path);
        var archive = identity.Archive;
        var staged = archive == ArchiveKind.None ? path : ArchiveStager.Stage(path, archive, stagingFolder);
        try
        {
            return settings.Service.Plan(staged, identity, settings.Options) with { Path = path };
        }
        finally
        {
            if (staged != path) ToolDeletion.DeleteFile(staged);
        }
    }
}
