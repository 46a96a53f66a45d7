namespace Trendy.Pipeline.Tests;

/// <summary>The repository checkout the tests were built from, for tests that compare docs/ and README with the tool.</summary>
internal static class RepositoryRoot
{
    public static string Path => TryFind() ?? throw new DirectoryNotFoundException("no trendy2ilamb.slnx above " + AppContext.BaseDirectory);

    /// <summary>The checkout, or null when the tests run outside one (tests that need it then skip, saying why).</summary>
    public static string? TryFind()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "trendy2ilamb.slnx"))) return dir.FullName;
        }

        return null;
    }
}
