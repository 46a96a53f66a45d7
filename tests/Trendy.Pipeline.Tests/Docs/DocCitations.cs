using System.Text.RegularExpressions;

namespace Trendy.Pipeline.Tests.Docs;

/// <summary>
/// Finds the documents a source text cites and what it cites in them. A citation is a <c>*.md</c> name after a
/// space, <c>(</c>, <c>[</c>, <c>,</c>, <c>;</c> or a line start; a name right after a quote, a backtick or a slash is
/// a file name the tool writes (<c>merged</c> reports), and a path right after <c>owner/repo</c> is another
/// repository's document (the predecessor's analysis notes). The words after a citation, up to <c>;</c>, a quote,
/// <c>&lt;</c>, a line end, a sentence end, the next citation or a <c>)</c> closing an earlier parenthesis, say
/// where: <c>§6</c>, <c>§1.7–1.9</c>, <c>§1/§4</c>, <c>Part 3 items 1, 4, 5, 10</c>, <c>Part 3 (items 1–4, 7–10)</c>.
/// </summary>
public static partial class DocCitations
{
    /// <summary>
    /// Every problem of <paramref name="text"/>'s citations: a document <paramref name="anchorsOf"/> does not know
    /// (null), or a section, Part or item the document does not have. Each comes with its 1-based line.
    /// </summary>
    public static IEnumerable<(int Line, string Problem)> Problems(string text, Func<string, DocAnchors?> anchorsOf)
    {
        foreach (Match m in Citation().Matches(text))
        {
            var name = m.Groups[1].Value;
            var lineStart = m.Index == 0 ? 0 : text.LastIndexOf('\n', m.Index - 1) + 1;
            if (name.Contains('/', StringComparison.Ordinal) && ExternalRepository().IsMatch(text[lineStart..m.Index])) continue;
            var line = 1 + text.AsSpan(0, m.Index).Count('\n');
            if (anchorsOf(name) is not { } doc)
            {
                yield return (line, $"{name}: no such document in the repository");
                continue;
            }

            foreach (var problem in Missing(name, doc, Tail(text, m.Index + m.Length))) yield return (line, problem);
        }
    }

    private static IEnumerable<string> Missing(string name, DocAnchors doc, string tail)
    {
        foreach (Match s in Section().Matches(tail))
        {
            foreach (var g in new[] { s.Groups[1], s.Groups[2] })
            {
                if (g.Success && !doc.Sections.Contains(g.Value)) yield return $"{name} §{g.Value}: no such section";
            }
        }

        foreach (Match p in PartItems().Matches(tail))
        {
            var part = int.Parse(p.Groups[1].Value);
            if (!doc.PartItems.TryGetValue(part, out var items))
            {
                yield return $"{name} Part {part}: no such part";
                continue;
            }

            foreach (var item in Numbers(p.Groups[2].Value).Where(i => !items.Contains(i))) yield return $"{name} Part {part} item {item}: no such item";
        }
    }

    private static string Tail(string text, int start)
    {
        var depth = 0;
        var i = start;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ';' or '"' or '<' or '\n' or '`') break;
            if (c == '(') depth++;
            if (c == ')')
            {
                if (depth == 0) break;
                depth--;
            }

            if (c == '.' && (i + 1 == text.Length || text[i + 1] is ' ' or '\n' or '\r')) break;
        }

        var tail = text[start..i];
        var next = NextCitation().Match(tail);
        return next.Success ? tail[..next.Index] : tail;
    }

    private static IEnumerable<int> Numbers(string spec)
    {
        foreach (Match n in NumberOrRange().Matches(spec))
        {
            yield return int.Parse(n.Groups[1].Value);
            if (n.Groups[2].Success) yield return int.Parse(n.Groups[2].Value);
        }
    }

    [GeneratedRegex(@"(?:^|(?<=[\s(\[,;]))((?:[A-Za-z0-9_.-]+/)*[A-Za-z0-9_-]+\.md)(?![\w.])", RegexOptions.Multiline)]
    private static partial Regex Citation();

    [GeneratedRegex(@"[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+\s+$")]
    private static partial Regex ExternalRepository();

    [GeneratedRegex(@"\S+\.md\b")]
    private static partial Regex NextCitation();

    [GeneratedRegex(@"§\s?(\d+(?:\.\d+)?)(?:\s?[–-]\s?§?(\d+(?:\.\d+)?))?")]
    private static partial Regex Section();

    [GeneratedRegex(@"Part\s+(\d+)(?:,?\s*\(?\s*items?\s+([\d\s,–-]+))?")]
    private static partial Regex PartItems();

    [GeneratedRegex(@"(\d+)(?:\s*[–-]\s*(\d+))?")]
    private static partial Regex NumberOrRange();
}
