using System.Text.RegularExpressions;
using Trendy.Core.Codes;

namespace Trendy.Pipeline.Tests.Docs;

/// <summary>
/// Finds outcome and diagnostic codes written as string literals: a quoted code-shaped word (<c>"TIME006"</c>) or a
/// quoted outcome code of the registry (<c>"NO_SPACE"</c>). Outside src/Trendy.Core/Codes/ every such literal is a code
/// that bypasses the <see cref="CodeRegistry"/>.
/// </summary>
internal static partial class CodeLiterals
{
    /// <summary>The one folder where code literals belong, relative to the repository root.</summary>
    public static readonly string RegistryFolder = Path.Combine("src", "Trendy.Core", "Codes") + Path.DirectorySeparatorChar;

    private static readonly HashSet<string> OutcomeCodes =
        [.. CodeRegistry.All.Where(c => c.Kind == CodeKind.Outcome).Select(c => c.Code)];

    [GeneratedRegex("\"([A-Z][A-Z0-9_]*)\"")]
    private static partial Regex QuotedUpperWord();

    [GeneratedRegex("^[A-Z]{3,5}[0-9]{3}$")]
    private static partial Regex CodeShaped();

    /// <summary>Each code literal in a source text, with its 1-based line.</summary>
    public static IEnumerable<(int Line, string Literal)> In(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match m in QuotedUpperWord().Matches(lines[i]))
            {
                var word = m.Groups[1].Value;
                if (CodeShaped().IsMatch(word) || OutcomeCodes.Contains(word)) yield return (i + 1, word);
            }
        }
    }

    /// <summary>Each code literal in the .cs files under <paramref name="root"/>/src outside the registry folder, as "path:line: literal".</summary>
    public static IEnumerable<string> OutsideRegistry(string root) =>
        Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f))
            .Where(f => !f.StartsWith(RegistryFolder, StringComparison.Ordinal)
                && !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => In(File.ReadAllText(Path.Combine(root, f))).Select(hit => $"{f}:{hit.Line}: \"{hit.Literal}\""));
}
