namespace Trendy.Pipeline.Tests;

/// <summary>The repository checkout the tests were built from, for tests that compare docs/ and README with the tool.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "trendy2ilamb.slnx"))) return dir.FullName;
        }

        throw new DirectoryNotFoundException("no trendy2ilamb.slnx above " + AppContext.BaseDirectory);
    }
}
