namespace Trendy.Testing;

/// <summary>The checkout the tests run from, for tests that read the sources themselves (audits of code and comments).</summary>
public static class RepositoryRoot
{
    /// <summary>The nearest folder above the test binaries that holds trendy2ilamb.slnx.</summary>
    public static string Find()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "trendy2ilamb.slnx"))) return d.FullName;
        }

        throw new InvalidOperationException("repository root (trendy2ilamb.slnx) not found above " + AppContext.BaseDirectory);
    }
}
