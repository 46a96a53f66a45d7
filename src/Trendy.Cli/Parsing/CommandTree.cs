using System.CommandLine;
using System.CommandLine.Help;
using Trendy.Cli.Commands;

namespace Trendy.Cli.Parsing;

/// <summary>The tool's commands and options, as System.CommandLine parses them and prints their help.</summary>
public static class CommandTree
{
    public const string ToolName = "trendy2ilamb";

    /// <summary>Width of help text that is not shown on a terminal.</summary>
    public const int HelpWidth = 100;

    public static RootCommand Build(TimeProvider clock)
    {
        var o = new CliOptions();
        var root = new RootCommand("trendy2ilamb: turn a TRENDY release into files ILAMB can score")
        {
            ScanCommand.Create(o),
            PlanCommand.Create(o),
            ConvertCommand.Create(o),
            VerifyCommand.Create(),
            ReportCommand.Create(clock),
            SlurmCommand.Create(o),
            SynthCommand.Create(),
            InspectCommand.Create(),
            VersionCommand.Create(),
            WorkerModeCommand.Create(),
        };
        foreach (var version in root.Options.OfType<VersionOption>()) VersionCommand.Replace(version);
        foreach (var help in root.Options.OfType<HelpOption>().Select(h => h.Action).OfType<HelpAction>())
        {
            // Help in a file, a pipe or README keeps one width, so it reads the same everywhere (and tests compare it).
            help.MaxWidth = Terminal.IsInteractive(Console.Out) ? Math.Max(60, Console.WindowWidth) : HelpWidth;
        }
        return root;
    }
}
