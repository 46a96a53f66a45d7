using System.Text.RegularExpressions;
using Trendy.Core.Codes;

namespace Trendy.Pipeline.Tests.Docs;

/// <summary>
/// docs/codes.md cannot drift from the registry: its two code tables are the registry's own rendering, and every
/// code-shaped word in docs/ and README.md is a registered code. After changing the registry, regenerate the tables
/// with <c>TRENDY_UPDATE_DOCS=1 dotnet test tests/Trendy.Pipeline.Tests --filter CodesDocTests</c>.
/// </summary>
public sealed partial class CodesDocTests
{
    private static string CodesDoc => Path.Combine(RepositoryRoot.Path, "docs", "codes.md");

    [GeneratedRegex(@"\b[A-Z]{3,5}[0-9]{3}\b")]
    private static partial Regex CodeWord();

    [Theory]
    [InlineData(CodeKind.Outcome)]
    [InlineData(CodeKind.Diagnostic)]
    public void CodesDoc_TableEqualsTheRegistry(CodeKind kind)
    {
        var doc = File.ReadAllText(CodesDoc);
        if (Environment.GetEnvironmentVariable("TRENDY_UPDATE_DOCS") == "1")
        {
            doc = WithTable(doc, kind);
            File.WriteAllText(CodesDoc, doc);
        }

        Assert.True(doc.Contains(Section(kind), StringComparison.Ordinal),
            $"docs/codes.md: the {kind} table differs from CodeRegistry; regenerate it with TRENDY_UPDATE_DOCS=1 (see {nameof(CodesDocTests)})");
    }

    [Fact]
    public void Docs_EveryCodeMentionedIsRegistered()
    {
        var root = RepositoryRoot.Path;
        var files = Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md").Append(Path.Combine(root, "README.md"));
        var unknown = files
            .SelectMany(f => CodeWord().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetRelativePath(root, f), Code: m.Value)))
            .Where(x => CodeRegistry.Find(x.Code) is null)
            .Select(x => $"{x.File}: {x.Code}")
            .Distinct()
            .ToList();

        Assert.True(unknown.Count == 0, "codes documented but not in CodeRegistry:\n" + string.Join('\n', unknown));
    }

    [Fact]
    public void WithTable_ReplacesOnlyTheMarkedSection()
    {
        var begin = CodeCatalogMarkdown.Begin(CodeKind.Outcome);
        var end = CodeCatalogMarkdown.End(CodeKind.Outcome);
        var stale = $"before\n{begin}\n| `OK` | stale |\n{end}\nafter\n";

        var fresh = WithTable(stale, CodeKind.Outcome);

        Assert.Equal("before\n" + Section(CodeKind.Outcome) + "\nafter\n", fresh);
        Assert.DoesNotContain(Section(CodeKind.Outcome), stale, StringComparison.Ordinal);
    }

    private static string Section(CodeKind kind) =>
        CodeCatalogMarkdown.Begin(kind) + "\n" + CodeCatalogMarkdown.Table(kind) + CodeCatalogMarkdown.End(kind);

    private static string WithTable(string doc, CodeKind kind)
    {
        var begin = doc.IndexOf(CodeCatalogMarkdown.Begin(kind), StringComparison.Ordinal);
        var end = doc.IndexOf(CodeCatalogMarkdown.End(kind), StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"docs/codes.md has no markers for the {kind} table");
        return doc[..begin] + Section(kind) + doc[(end + CodeCatalogMarkdown.End(kind).Length)..];
    }
}
