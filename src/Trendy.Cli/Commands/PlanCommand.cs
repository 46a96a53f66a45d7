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
        foreach (var path in parsed.Positionals)
        {
            var attempt = settings.Service.Plan(path, ConversionSettings.RelativeForSingleFile(path), settings.Overrides, settings.Options);
            if (parsed.Flag("--json")) PlanPrinter.PrintJson(attempt, stdout);
            else PlanPrinter.PrintText(attempt, stdout);
            if (attempt.Fault is not null || attempt.Plan is { IsSkip: false, Plan: null }) status = ExitCodes.SomeFailed;
        }

        return status;
    }
}
