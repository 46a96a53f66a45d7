using System.CommandLine;
using System.CommandLine.Parsing;

namespace Trendy.Cli.Parsing;

/// <summary>
/// A list of paths (`convert FILE...`) would otherwise take a mistyped option such as `--job 2` as a file name. A
/// path that starts with '-' and is not an option is refused unless it follows `--` (POSIX utility syntax guideline 10).
/// </summary>
public static class StrayOptionCheck
{
    /// <summary>The first stray option-looking token given as a positional argument, or null.</summary>
    public static string? Find(ParseResult result)
    {
        var afterDoubleDash = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        var seen = false;
        foreach (var token in result.Tokens)
        {
            if (seen) afterDoubleDash.Add(token);
            else if (token.Type == TokenType.DoubleDash) seen = true;
        }

        return result.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .FirstOrDefault(t => t.Value.Length > 1 && t.Value[0] == '-' && !afterDoubleDash.Contains(t))?.Value;
    }
}
