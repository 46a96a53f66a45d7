using Trendy.Pipeline.Cleanup;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// Temporary output names. The name does not end in ".nc", so neither ILAMB (which reads every *.nc under a
/// model folder) nor a resume check can mistake an unfinished file for an output; it is renamed only when
/// complete and verified. The name carries host and process id, so a sweep removes only leftovers of dead
/// processes on this host, never the work in flight of another shard sharing OUT (docs/cleanup.md).
/// </summary>
public static class TempOutput
{
    public const string Marker = ToolNames.TempOutputMarker;

    public static string For(string finalPath) =>
        Path.Combine(Path.GetDirectoryName(finalPath) ?? ".", ToolNames.TempOutput(Path.GetFileName(finalPath)));

    public static bool IsTemp(string path) => ToolNames.IsTempOutput(Path.GetFileName(path));

    /// <summary>
    /// Removes leftovers of interrupted runs (kill -9) below the output root, without following links; a folder
    /// emptied by that is removed too (up to, never including, the root), since ILAMB 2.x would list it as a
    /// model without variables. Returns how many files were removed.
    /// </summary>
    public static int Sweep(string root)
    {
        if (!Directory.Exists(root) || new DirectoryInfo(root).LinkTarget is not null) return 0;
        var full = Path.GetFullPath(root);
        var removed = 0;
        foreach (var f in new DirectoryInfo(full).EnumerateFiles("*" + Marker + "*", ToolDeletion.NoLinks(recurse: true)).ToList())
        {
            if (ToolNames.Owner(f.Name) is not { } owner || !ProcessLiveness.OwnerIsGone(owner.Host, owner.Pid)) continue;
            if (ToolDeletion.DeleteFile(f.FullName) != Removal.Removed) continue;
            removed++;
            RemoveEmptiedFolders(f.DirectoryName!, full);
        }

        return removed;
    }

    /// <summary>Removes <paramref name="folder"/> and its parents while empty, stopping below <paramref name="root"/>.</summary>
    public static void RemoveEmptiedFolders(string folder, string root)
    {
        var stop = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        for (var d = Path.GetFullPath(folder); d.Length > stop.Length && d.StartsWith(stop + Path.DirectorySeparatorChar, StringComparison.Ordinal); d = Path.GetDirectoryName(d)!)
        {
            if (ToolDeletion.DeleteEmptyFolder(d) != Removal.Removed) return;
        }
    }
}
