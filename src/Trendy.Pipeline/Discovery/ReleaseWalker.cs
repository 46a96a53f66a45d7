namespace Trendy.Pipeline.Discovery;

/// <summary>
/// Lists the files under a release root without following a link out of the root or round a loop
/// (docs/robustness.md, odd paths): directories are entered once by their real path, links to files are kept
/// only when they resolve inside the root. Unreadable folders are reported, not fatal.
/// </summary>
public static class ReleaseWalker
{
    private const int MaxDepth = 8;

    public static (IReadOnlyList<(string Path, string Relative)> Files, IReadOnlyList<string> Problems) Walk(string root)
    {
        var files = new List<(string, string)>();
        var problems = new List<string>();
        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Visit(rootFull, rootFull, 0, files, problems, seen);
        files.Sort((a, b) => string.CompareOrdinal(a.Item2, b.Item2));
        return (files, problems);
    }

    private static void Visit(string dir, string root, int depth, List<(string, string)> files, List<string> problems, HashSet<string> seen)
    {
        var real = RealPath(dir);
        if (real is null || !seen.Add(real)) return;
        if (!IsInside(real, RealPath(root) ?? root))
        {
            problems.Add($"{dir}: link leads outside the release root; not followed");
            return;
        }

        if (depth > MaxDepth)
        {
            problems.Add($"{dir}: deeper than {MaxDepth} levels; not searched");
            return;
        }

        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(dir).GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{dir}: cannot list folder: {e.Message}");
            return;
        }

        foreach (var e in entries.OrderBy(x => x.Name, StringComparer.Ordinal))
        {
            if (e is DirectoryInfo d) Visit(d.FullName, root, depth + 1, files, problems, seen);
            else if (e.LinkTarget is not null && (RealPath(e.FullName) is not { } target || !IsInside(target, RealPath(root) ?? root)))
            {
                problems.Add($"{e.FullName}: link leads outside the release root or nowhere; not read");
            }
            else files.Add((e.FullName, Path.GetRelativePath(root, e.FullName).Replace(Path.DirectorySeparatorChar, '/')));
        }
    }

    private static string? RealPath(string path)
    {
        try
        {
            var info = new FileInfo(path);
            var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null) return null;
            if (Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is not null)
            {
                return new DirectoryInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            }

            return target.FullName;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool IsInside(string path, string root) =>
        path == root || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
