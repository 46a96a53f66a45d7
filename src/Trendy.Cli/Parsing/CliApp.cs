using System.CommandLine;
using Trendy.Core;

namespace Trendy.Cli.Parsing;

/// <summary>
/// Parses a command line with System.CommandLine and runs the command it names. Parse errors, wrong paths and
/// wrong values end with one line on stderr and exit status 2; a problem found while working with exit status 1.
/// </summary>
public static class CliApp
{
    /// <summary>Runs one command line; <c>clock</c> stamps report summaries (tests pin it), the system clock otherwise.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, TimeProvider? clock = null)
    {
        var root = CommandTree.Build(clock ?? TimeProvider.System);
        var result = root.Parse(args);
        // Before the library's errors: a mistyped option taken as a path would otherwise read "'--job' does not exist".
        if (StrayOptionCheck.Find(result) is { } stray)
        {
            stderr.WriteLine($"{ParseErrorLine.Prefix(result)}: unknown option '{stray}' (a path starting with '-' goes after '--'; see '{ParseErrorLine.Prefix(result)} --help')");
            return ExitCodes.Usage;
        }

        if (result.Errors.Count > 0)
        {
            stderr.WriteLine(ParseErrorLine.For(result));
            return ExitCodes.Usage;
        }

        try
        {
            // Ctrl-C is the commands' own business (CancelOnSignals): the library must not install a handler of its own.
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"{ParseErrorLine.Prefix(result)}: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (TrendyException e)
        {
            stderr.WriteLine($"{ParseErrorLine.Prefix(result)}: {e.Message}");
            return ExitCodes.SomeFailed;
        }
    }
}
