namespace Trendy.Pipeline.Tests.Docs;

/// <summary>
/// Comments and messages cite the repository's own documents (docs/architecture.md and its neighbours), never one a
/// newcomer cannot open: every cited <c>*.md</c> must exist in the repository, and every cited section or checklist
/// item must exist in it.
/// </summary>
public sealed class DocCitationTests
{
    // Sample texts are built with this constant so that this file itself cites nothing it does not mean to.
    private const string Md = ".md";

    private static readonly string[] SourceExtensions = [".cs", ".json", ".csv", ".csproj", ".props", ".targets", ".py", ".sh"];

    [Fact]
    public void SourceFiles_CiteOnlyRepositoryDocumentsAndTheirSections()
    {
        var root = RepositoryRoot.Path;
        var anchors = new Dictionary<string, DocAnchors?>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var file in SourceFiles(root))
        {
            var relative = Path.GetRelativePath(root, file);
            problems.AddRange(DocCitations.Problems(File.ReadAllText(file), name => AnchorsOf(root, name, anchors))
                .Select(p => $"{relative}:{p.Line}: {p.Problem}"));
        }

        Assert.True(problems.Count == 0,
            $"{problems.Count} citation(s) of documents or sections that are not in the repository (cite docs/*{Md} instead):\n"
            + string.Join('\n', problems));
    }

    [Fact]
    public void Problems_DocumentOutsideTheRepository_Reported()
    {
        var problems = Check($"// units as seen (trendy-files{Md} §6)");

        Assert.Equal(new[] { (1, $"trendy-files{Md}: no such document in the repository") }, problems);
    }

    [Theory]
    [InlineData("§6", "")]
    [InlineData("§9", "§9")]
    [InlineData("§1.4–1.5", "")]
    [InlineData("§1.4–1.7", "§1.7")]
    [InlineData("§1/§4, §5", "§5")]
    [InlineData("§7–8", "§7|§8")]
    public void Problems_Sections_OnlyMissingOnesReported(string where, string missing)
    {
        var problems = Check($"/// <summary>Why (docs/sample{Md} {where}).</summary>");

        Assert.Equal(Split(missing).Select(m => $"docs/sample{Md} {m}: no such section"), problems.Select(p => p.Problem));
    }

    [Theory]
    [InlineData("Part 3 item 2", "")]
    [InlineData("Part 3 items 1, 2", "")]
    [InlineData("Part 3 (items 1–2)", "")]
    [InlineData("Part 3, item 5", "Part 3 item 5")]
    [InlineData("Part 3 items 1–4", "Part 3 item 4")]
    [InlineData("Part 2", "Part 2")]
    public void Problems_PartItems_OnlyMissingOnesReported(string where, string missing)
    {
        var problems = Check($"// see docs/sample{Md} {where}; more text 7");

        Assert.Equal(Split(missing).Select(m => $"docs/sample{Md} {m}: no such {(m.Contains("item", StringComparison.Ordinal) ? "item" : "part")}"),
            problems.Select(p => p.Problem));
    }

    [Theory]
    [InlineData("/// writes `merged.json`/`merged{0}` in OUT/reports")]
    [InlineData("Assert.True(File.Exists(Path.Combine(dir, \"merged{0}\")));")]
    [InlineData("\"seen\": \"ISAM (predecessor owner/Repo.jl docs/ANALYSIS{0}, docs/sample{0} §6)\"")]
    public void Problems_FileNamesAndOtherRepositoriesDocuments_AreNotCitations(string format)
    {
        Assert.Empty(Check(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Md)));
    }

    [Fact]
    public void Problems_SecondLineAndSecondDocument_ReportedWithTheirLine()
    {
        var problems = Check($"// fine (docs/sample{Md} §6)\n// bad (docs/sample{Md} §6; other{Md} §1)");

        Assert.Equal(new[] { (2, $"other{Md}: no such document in the repository") }, problems);
    }

    [Fact]
    public void Parse_NumberedHeadingsAndPartItems_Found()
    {
        var doc = Sample();

        Assert.Equal(["1", "1.4", "1.5", "3", "4", "6"], doc.Sections.Order(StringComparer.Ordinal));
        Assert.Equal([1, 2, 3], doc.PartItems[3].Order());
        Assert.False(doc.PartItems.ContainsKey(2));
    }

    private static string[] Split(string list) => list.Split('|', StringSplitOptions.RemoveEmptyEntries);

    private static List<(int Line, string Problem)> Check(string text) =>
        [.. DocCitations.Problems(text, name => name == $"docs/sample{Md}" ? Sample() : null)];

    // Part 1 holds sections; the numbered list after "## 4." is not a Part's, so it adds no items to Part 3.
    private static DocAnchors Sample() => DocAnchors.Parse(
        "# Sample\n## Part 1 — a\n### 1.4 Time\n### 1.5 Grid\n## Part 3 — checklist\n1. one\n2. two\n   more\n3. three\n"
        + "## 4. Files\n4. not an item\n## 6. Quirks\n");

    /// <summary>A name resolves against the repository root, and a bare name also against docs/ (cleanup, codes).</summary>
    private static DocAnchors? AnchorsOf(string root, string name, Dictionary<string, DocAnchors?> cache)
    {
        if (cache.TryGetValue(name, out var known)) return known;
        var candidates = name.Contains('/', StringComparison.Ordinal) ? new[] { name } : [name, Path.Combine("docs", name)];
        var path = candidates.Select(c => Path.Combine(root, c)).FirstOrDefault(File.Exists);
        return cache[name] = path is null ? null : DocAnchors.Parse(File.ReadAllText(path));
    }

    private static IEnumerable<string> SourceFiles(string root)
    {
        var skipped = new[] { "obj", "bin" }.Select(d => $"{Path.DirectorySeparatorChar}{d}{Path.DirectorySeparatorChar}").ToArray();
        var trees = new[] { "src", "tests" }
            .SelectMany(t => Directory.EnumerateFiles(Path.Combine(root, t), "*", SearchOption.AllDirectories))
            .Where(f => !skipped.Any(s => f.Contains(s, StringComparison.Ordinal)));
        var rootFiles = Directory.EnumerateFiles(root, "Directory.*.props");
        return trees.Concat(rootFiles).Where(f => SourceExtensions.Contains(Path.GetExtension(f), StringComparer.Ordinal)).Order(StringComparer.Ordinal);
    }
}
