using System.Text.RegularExpressions;
using Trendy.Core.Codes;
using Trendy.Core.Fixes;

namespace Trendy.Pipeline.Tests.Docs;

/// <summary>
/// docs/codes.md cannot drift from the registry: its two code tables are the registry's own rendering, and every
/// code-shaped word in docs/ and README.md is a registered code; docs/quirks.md lists every fix id of the embedded
/// fixes table. After changing either, regenerate with <c>TRENDY_UPDATE_DOCS=1 dotnet test tests/Trendy.Pipeline.Tests --filter CodesDocTests</c>.
/// </summary>
public sealed partial class CodesDocTests
{
    private static string CodesDoc => Path.Combine(RepositoryRoot.Path, "docs", "codes.md");

    [GeneratedRegex(@"\b[A-Z]{3,5}[0-9]{3}\b")]
    private static partial Regex CodeWord();

    [Theory]
    [InlineData(CodeKind.Outcome)]
    [InlineData(CodeKind.Diagnostic)]
    public void CodesDoc_TableEqualsTheRegistry(CodeKind kind) =>
        Section(kind).AssertIn(CodesDoc, $"{kind} table");

    [Fact]
    public void QuirksDoc_FixIdsEqualTheEmbeddedFixesTable() =>
        new GeneratedSection(FixCatalogMarkdown.Begin, FixCatalogMarkdown.Table(FixTable.LoadEmbedded()), FixCatalogMarkdown.End)
            .AssertIn(Path.Combine(RepositoryRoot.Path, "docs", "quirks.md"), "list of fix ids");

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
    public void ReplaceIn_ReplacesOnlyTheMarkedSection()
    {
        var section = Section(CodeKind.Outcome);
        var stale = $"before\n{section.Begin}\n| `OK` | stale |\n{section.End}\nafter\n";

        var fresh = section.ReplaceIn(stale, "doc");

        Assert.Equal("before\n" + section.Text + "\nafter\n", fresh);
        Assert.DoesNotContain(section.Text, stale, StringComparison.Ordinal);
    }

    private static GeneratedSection Section(CodeKind kind) =>
        new(CodeCatalogMarkdown.Begin(kind), CodeCatalogMarkdown.Table(kind), CodeCatalogMarkdown.End(kind));
}
