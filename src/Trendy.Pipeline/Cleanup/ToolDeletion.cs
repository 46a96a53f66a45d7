namespace Trendy.Pipeline.Cleanup;

/// <summary>
/// The one place where the tool deletes anything (docs/cleanup.md). The rule: remove only what the tool itself
/// created, named exactly as <see cref="ToolNames"/> makes names (marker, host, process id, random part), never
/// by a broad pattern; never recursively; never through a symbolic link; a folder only when it is empty. A
/// folder the user named (`-o`, `--tmp`, a release) is never removed. A test fails the build if production code
/// calls File.Delete or Directory.Delete anywhere else.
/// </summary>
public static class ToolDeletion
{
    /// <summary>Removes a regular file whose name is one the tool makes; anything else is left alone.</summary>
    public static Removal DeleteFile(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists && info.LinkTarget is null) return Removal.Absent;
        if (info.LinkTarget is not null || !ToolNames.IsToolMadeFile(info.Name)) return Removal.NotOurs;
        try
        {
            info.Delete();
            return Removal.Removed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Removal.Failed;
        }
    }

    /// <summary>
    /// Removes a folder only when it is empty and is a real folder, not a link to one. Callers pass only folders
    /// the tool created: a private staging folder, or an output folder made for a file that then failed.
    /// </summary>
    public static Removal DeleteEmptyFolder(string path)
    {
        var info = new DirectoryInfo(path);
        if (info.LinkTarget is not null) return Removal.NotOurs;
        if (!info.Exists) return Removal.Absent;
        try
        {
            if (info.EnumerateFileSystemInfos().Any()) return Removal.NotOurs;
            info.Delete(recursive: false);
            return Removal.Removed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Something was just written into it, or it is not ours to remove.
            return Removal.Failed;
        }
    }

    /// <summary>Lists the tool's own file names directly in <paramref name="folder"/>, skipping links (never followed).</summary>
    public static IEnumerable<string> ToolFilesIn(string folder, Func<string, bool> isOurs) =>
        Directory.Exists(folder) && new DirectoryInfo(folder).LinkTarget is null
            ? new DirectoryInfo(folder).EnumerateFiles("*", NoLinks(recurse: false)).Where(f => isOurs(f.Name)).Select(f => f.FullName)
            : [];

    /// <summary>Enumeration that never enters or returns symbolic links and does not skip hidden (dot) names.</summary>
    public static EnumerationOptions NoLinks(bool recurse) =>
        new() { RecurseSubdirectories = recurse, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
}
