using Trendy.Pipeline.Cleanup;

namespace Trendy.Cli;

/// <summary>The run's private staging folder under `--tmp` (a parent folder); a `--tmp` that cannot hold one is a usage error (exit 2).</summary>
public static class Staging
{
    public static StagingFolder Create(string? parent)
    {
        try
        {
            return StagingFolder.Create(parent);
        }
        catch (StagingFolderException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
