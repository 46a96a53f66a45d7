using System.Text;

namespace Trendy.Core.Fixes;

/// <summary>
/// Renders every fix of a fixes table with its stable id (<see cref="FixIds"/>) as the Markdown table that
/// docs/quirks.md holds between <see cref="Begin"/> and <see cref="End"/>; a test keeps the doc equal to the
/// embedded table, so the list of per-model fixes cannot drift.
/// </summary>
public static class FixCatalogMarkdown
{
    public const string Begin = "<!-- generated from fixes.json: fix ids -->";
    public const string End = "<!-- end of fix ids -->";

    public static string Table(FixTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder("| fix id | seen |\n|---|---|\n");
        foreach (var (id, seen) in table.Models.SelectMany(FixIds.All))
        {
            text.Append($"| `{id}` | {seen.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        return text.ToString();
    }
}
