namespace Trendy.Pipeline.Tests.Docs;

/// <summary>
/// A part of a doc that is generated from the code, between a begin and an end marker line. Tests compare it with a
/// fresh rendering; with TRENDY_UPDATE_DOCS=1 they write the fresh rendering into the doc instead.
/// </summary>
internal sealed record GeneratedSection(string Begin, string Content, string End)
{
    public string Text => Begin + "\n" + Content + End;

    /// <summary>The doc with the text between the markers replaced by <see cref="Content"/>.</summary>
    public string ReplaceIn(string doc, string docName)
    {
        var begin = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"{docName} has no markers '{Begin}' … '{End}'");
        return doc[..begin] + Text + doc[(end + End.Length)..];
    }

    /// <summary>Asserts the doc holds the section as rendered now (rewriting it first under TRENDY_UPDATE_DOCS=1).</summary>
    public void AssertIn(string path, string what)
    {
        var doc = File.ReadAllText(path);
        if (Environment.GetEnvironmentVariable("TRENDY_UPDATE_DOCS") == "1")
        {
            doc = ReplaceIn(doc, path);
            File.WriteAllText(path, doc);
        }

        Assert.True(doc.Contains(Text, StringComparison.Ordinal),
            $"{Path.GetFileName(path)}: the {what} differs from the code; regenerate it with TRENDY_UPDATE_DOCS=1 dotnet test tests/Trendy.Pipeline.Tests --filter Docs");
    }
}
