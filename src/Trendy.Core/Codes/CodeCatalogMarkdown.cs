using System.Text;
using Trendy.Core.Batch;

namespace Trendy.Core.Codes;

/// <summary>
/// Renders the <see cref="CodeRegistry"/> as the Markdown tables of docs/codes.md. The doc holds each table between
/// the markers <see cref="Begin"/> and <see cref="End"/>, and a test keeps them equal to this rendering, so the doc
/// cannot drift from the codes the tool raises.
/// </summary>
public static class CodeCatalogMarkdown
{
    /// <summary>The marker line before the generated table of one kind.</summary>
    public static string Begin(CodeKind kind) => $"<!-- generated from CodeRegistry: {kind.ToString().ToLowerInvariant()} codes -->";

    /// <summary>The marker line after the generated table of one kind.</summary>
    public static string End(CodeKind kind) => $"<!-- end of {kind.ToString().ToLowerInvariant()} codes -->";

    /// <summary>The table of every code of one kind, in registry order, one row per code.</summary>
    public static string Table(CodeKind kind)
    {
        var text = new StringBuilder();
        text.Append(kind == CodeKind.Outcome ? "| code | status | meaning | remedy |\n" : "| code | severity | meaning | remedy |\n");
        text.Append("|---|---|---|---|\n");
        foreach (var code in CodeRegistry.All.Where(c => c.Kind == kind))
        {
            var level = code.Status is { } status ? StatusWord(status) : code.Severity.ToString().ToLowerInvariant();
            text.Append($"| `{code.Code}` | {level} | {Cell(code.Meaning)} | {Cell(code.Remedy)} |\n");
        }
        return text.ToString();
    }

    /// <summary>The status as reports print it (run-*.md, terminal summary).</summary>
    public static string StatusWord(WorkStatus status) => status switch
    {
        WorkStatus.UpToDate => "up-to-date",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string Cell(string text) => text.Length == 0 ? "—" : text.Replace("|", "\\|", StringComparison.Ordinal);
}
