using Trendy.Core;

namespace Trendy.Pipeline.Cleanup;

/// <summary>
/// The private folder where `.gz`/`.tar` inputs are unpacked. `--tmp DIR` (or the system temporary folder,
/// `$TMPDIR` honoured) names its parent: the tool makes `trendy2ilamb-staging-HOST-PID-RAND8` inside it with mode
/// 0700, removes only the staged files it put there and then that folder, and never touches anything else in
/// the parent (docs/cleanup.md). Leftovers of a run killed with -9 are swept by the next run that uses the
/// same parent, once their process is gone.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private StagingFolder(string path) => Path = path;

    /// <summary>Full path of the private folder.</summary>
    public string Path { get; }

    /// <summary>
    /// Makes the private folder under <paramref name="parent"/> (null: the system temporary folder). The parent
    /// must exist and be a writable folder; it is never created, emptied or removed.
    /// </summary>
    /// <exception cref="StagingFolderException">The parent is missing, a file, or not writable.</exception>
    public static StagingFolder Create(string? parent)
    {
        var dir = System.IO.Path.GetFullPath(parent ?? System.IO.Path.GetTempPath());
        if (File.Exists(dir)) throw new StagingFolderException($"--tmp '{parent}' is a file, not a folder; give a folder where the tool may make its own staging folder");
        if (!Directory.Exists(dir)) throw new StagingFolderException($"--tmp '{parent ?? dir}' does not exist; create it first or point --tmp at an existing writable folder");
        var path = System.IO.Path.Combine(dir, ToolNames.StagingFolder());
        try
        {
            // Mode 0700: staged copies of a release are readable by this user only.
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
            else Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StagingFolderException($"--tmp '{parent ?? dir}' is not writable ({e.Message}); point --tmp at a writable folder");
        }

        return new StagingFolder(path);
    }

    /// <summary>
    /// Removes staging folders below <paramref name="parent"/> left by runs of this host whose process is gone
    /// (kill -9, node failure): their staged files, then the folder if nothing else is in it. Returns how many
    /// folders were removed.
    /// </summary>
    public static int SweepDead(string? parent)
    {
        var dir = System.IO.Path.GetFullPath(parent ?? System.IO.Path.GetTempPath());
        if (!Directory.Exists(dir)) return 0;
        var removed = 0;
        IEnumerable<DirectoryInfo> candidates;
        try
        {
            candidates = [.. new DirectoryInfo(dir).EnumerateDirectories(ToolNames.StagingFolderPrefix + "*", ToolDeletion.NoLinks(recurse: false))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }

        foreach (var folder in candidates)
        {
            if (ToolNames.Owner(folder.Name) is not { } owner || !ProcessLiveness.OwnerIsGone(owner.Host, owner.Pid)) continue;
            if (Empty(folder.FullName) == Removal.Removed) removed++;
        }

        return removed;
    }

    /// <summary>Removes the staged files of this run (workers that were killed could not) and the folder itself.</summary>
    public void Dispose() => Empty(Path);

    private static Removal Empty(string folder)
    {
        foreach (var staged in ToolDeletion.ToolFilesIn(folder, ToolNames.IsStagedInput)) ToolDeletion.DeleteFile(staged);
        return ToolDeletion.DeleteEmptyFolder(folder);
    }
}

/// <summary>`--tmp` cannot hold a staging folder; a usage error (exit 2), raised before any work starts.</summary>
public sealed class StagingFolderException(string message) : TrendyException(message);
