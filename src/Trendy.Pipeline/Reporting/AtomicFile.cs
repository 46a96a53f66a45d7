using Trendy.Pipeline.Cleanup;

namespace Trendy.Pipeline.Reporting;

/// <summary>
/// Writes a file under a hidden temporary name in the same folder, then renames it into place, so a reader
/// (or another shard writing into the same OUT) never sees half a file. Rename is atomic within one file system.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/>, replacing any file of that name.</summary>
    public static void Write(string path, string text)
    {
        var temp = WriteTemp(path, text);
        try
        {
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            ToolDeletion.DeleteFile(temp);
        }
    }

    /// <summary>
    /// Writes <paramref name="path"/> only if no file of that name exists; returns false (writing nothing)
    /// when one does. A move without overwrite fails when the target exists, so two writers cannot both win.
    /// </summary>
    public static bool TryCreate(string path, string text)
    {
        if (File.Exists(path)) return false;
        var temp = WriteTemp(path, text);
        try
        {
            File.Move(temp, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
        finally
        {
            ToolDeletion.DeleteFile(temp);
        }
    }

    private static string WriteTemp(string path, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temp = Path.Combine(folder, ToolNames.TempText(Path.GetFileName(path)));
        File.WriteAllText(temp, text);
        return temp;
    }
}
