using Trendy.Cli.Commands;
using Trendy.Core;

namespace Trendy.Cli;

/// <summary>Dispatches `trendy2ilamb COMMAND ...` to the registered commands (one readable list, ImageSharp-style).</summary>
public static class CommandRouter
{
    public static IReadOnlyList<ICommand> Commands { get; } =
    [
        new InspectCommand(),
        new PlanCommand(),
        new ConvertCommand(),
        new WorkerModeCommand(),
        new CompanionsCommand(),
        new ScanCommand(),
        new SlurmCommand(),
        new ReportCommand(),
        new VerifyCommand(),
        new VersionCommand(),
        new SynthCommand(),
    ];

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintHelp(args.Count == 0 ? stderr : stdout);
            return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        // GNU convention (and what help2man reads for the man page): --version is the version command.
        var command = Commands.FirstOrDefault(c => c.Name == (args[0] == "--version" ? "version" : args[0]));
        if (command is null)
        {
            stderr.WriteLine($"trendy2ilamb: unknown command '{args[0]}' (see 'trendy2ilamb --help')");
            return ExitCodes.Usage;
        }

        try
        {
            return command.Run([.. args.Skip(1)], stdout, stderr);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"trendy2ilamb {command.Name}: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (TrendyException e)
        {
            stderr.WriteLine($"trendy2ilamb {command.Name}: {e.Message}");
            return ExitCodes.SomeFailed;
        }
    }

    private static void PrintHelp(TextWriter w)
    {
        w.WriteLine("trendy2ilamb: turn a TRENDY release into files ILAMB can score");
        w.WriteLine();
        w.WriteLine("usage: trendy2ilamb COMMAND [options]");
        foreach (var c in Commands.Where(c => !c.Hidden)) w.WriteLine($"  {c.Name,-10} {c.Summary}");
    }
}
