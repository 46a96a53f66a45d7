using System.Text.RegularExpressions;

namespace Trendy.Pipeline.Tests.Docs;

/// <summary>
/// What a markdown document offers to cite: its numbered headings (<c>## 4. Files</c>, <c>### 1.4 Time</c>) and, per
/// <c>## Part N</c>, the numbered list items under it (docs/contract.md Part 3 is the checklist). A level-2 heading
/// that is not a Part ends the Part.
/// </summary>
public sealed partial record DocAnchors(IReadOnlySet<string> Sections, IReadOnlyDictionary<int, IReadOnlySet<int>> PartItems)
{
    public static DocAnchors Parse(string markdown)
    {
        var sections = new HashSet<string>(StringComparer.Ordinal);
        var parts = new Dictionary<int, HashSet<int>>();
        int? part = null;
        foreach (var line in markdown.Split('\n'))
        {
            var heading = Heading().Match(line);
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                part = heading.Success && heading.Groups["part"].Success ? int.Parse(heading.Groups["part"].Value) : null;
                if (part is { } p) parts.TryAdd(p, []);
            }

            if (heading.Success)
            {
                sections.Add(heading.Groups["part"].Success ? heading.Groups["part"].Value : heading.Groups["section"].Value);
                continue;
            }

            if (part is { } current && Item().Match(line) is { Success: true } item) parts[current].Add(int.Parse(item.Groups[1].Value));
        }

        return new DocAnchors(sections, parts.ToDictionary(p => p.Key, p => (IReadOnlySet<int>)p.Value));
    }

    [GeneratedRegex(@"^#{1,6}\s+(?:Part\s+(?<part>\d+)|§?(?<section>\d+(?:\.\d+)?))\b")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(\d+)\.\s")]
    private static partial Regex Item();
}
