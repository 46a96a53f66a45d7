using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Trendy.Cli.Parsing;

/// <summary>
/// A parse error as one line on stderr: the library's own message and its typo suggestion ("did you mean …"), joined,
/// then where to read the help. Exit status 2 is the caller's.
/// </summary>
public static class ParseErrorLine
{
    public static string For(ParseResult result)
    {
        var errors = result.Errors.Select(e => string.Join(' ', e.Message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Distinct().ToList();
        // "Required command was not provided" says nothing more when the token that was meant as one is named.
        if (errors.Count > 1) errors.RemoveAll(e => e.StartsWith("Required command", StringComparison.Ordinal));
        var suggestions = Suggestions(result);
        var hint = suggestions.Count == 0 ? "" : $" Did you mean {string.Join(" or ", suggestions)}?";
        return $"{Prefix(result)}: {string.Join(' ', errors)}{hint} (see '{Prefix(result)} --help')";
    }

    /// <summary>The library's typo corrections: the lines its ParseErrorAction writes that name a command or an option of the command.</summary>
    private static List<string> Suggestions(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)
            .Concat(command.Options.Where(o => !o.Hidden && o is not HelpOption and not VersionOption).Select(o => o.Name))
            .ToHashSet(StringComparer.Ordinal);
        var captured = new StringWriter();
        new ParseErrorAction { ShowHelp = false, ShowTypoCorrections = true }.Invoke(result.With(captured));
        return [.. captured.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(names.Contains).Distinct()];
    }

    /// <summary>"trendy2ilamb convert" for the command the error belongs to.</summary>
    public static string Prefix(ParseResult result)
    {
        var names = new List<string>();
        for (var c = result.CommandResult; c is not null; c = c.Parent as System.CommandLine.Parsing.CommandResult) names.Insert(0, c.Command.Name);
        names[0] = CommandTree.ToolName;
        return string.Join(' ', names);
    }

    private static ParseResult With(this ParseResult result, TextWriter writer)
    {
        result.InvocationConfiguration.Output = writer;
        result.InvocationConfiguration.Error = writer;
        return result;
    }
}
