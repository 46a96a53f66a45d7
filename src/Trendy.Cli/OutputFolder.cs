using Trendy.Pipeline.Cleanup;

namespace Trendy.Cli;

/// <summary>Refuses an output folder that cannot be written, before any work starts (robustness.md, storage).</summary>
public static class OutputFolder
{
    public static void EnsureWritable(string path)
    {
        try
        {
            Directory.CreateDirectory(path);
            var probe = Path.Combine(path, ToolNames.WriteProbe());
            File.WriteAllText(probe, "");
            ToolDeletion.DeleteFile(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"output folder '{path}' is not writable: {e.Message}");
        }
    }
}
