using Trendy.Core.Identify;
using Trendy.Pipeline.Cleanup;
using Trendy.Pipeline.Conversion;
using Trendy.Pipeline.Discovery;

namespace Trendy.Cli.Commands;

/// <summary>`plan FILE [--json]`: what will be done to each file and why; writes nothing.</summary>
public sealed class PlanCommand : ICommand
{
    public string Name => "plan";

    public string Summary => "show what convert would do to files and why (no writing)";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = new ParsedArgs(args, ConversionSettings.ValueOptions, new HashSet<string> { "--json" });
        if (parsed.Positionals.Count == 0) throw new UsageException("plan needs at least one FILE");
        var settings = ConversionSettings.From(parsed, args, Name);
        var status = ExitCodes.Ok;
        using var staging = Staging.Create(null);
        foreach (var path in parsed.Positionals)
        {
            var relative = ConversionSettings.RelativeForSingleFile(path);
            var archive = settings.Service.Identify(relative, settings.Overrides).Archive;
            var staged = archive == ArchiveKind.None || !File.Exists(path) ? path : ArchiveStager.Stage(path, archive, staging.Path);
            FileAttempt attempt;
            try
            {
                attempt = settings.Service.Plan(staged, relative, settings.Overrides, settings.Options) with { Path = path };
            }
            finally
            {
                if (staged != path) ToolDeletion.DeleteFile(staged);
            }

            if (parsed.Flag("--json")) PlanPrinter.PrintJson(attempt, stdout);
            else PlanPrinter.PrintText(attempt, stdout);
            if (attempt.Fault is not null || attempt.Plan is { IsSkip: false, Plan: null }) status = ExitCodes.SomeFailed;
        }

        return status;
    }
}
