namespace Trendy.Pipeline.Tests.Cli;

/// <summary>A user's own files in a folder the tool is pointed at: files, a sub-folder, and a link to a folder elsewhere.</summary>
internal static class UserFiles
{
    /// <summary>Writes them and returns every path below <paramref name="folder"/> (links not followed) with its bytes.</summary>
    public static Dictionary<string, byte[]> Plant(string folder, string elsewhere)
    {
        File.WriteAllText(Path.Combine(folder, "KEEP.txt"), "precious\n");
        File.WriteAllText(Path.Combine(folder, "notes.tmp"), "looks temporary, is not ours\n");
        var sub = Directory.CreateDirectory(Path.Combine(folder, "project", "empty-sub")).Parent!.FullName;
        File.WriteAllBytes(Path.Combine(sub, "data.nc"), [1, 2, 3, 4]);
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "outside.txt"), "outside\n");
        Directory.CreateSymbolicLink(Path.Combine(folder, "link-to-elsewhere"), elsewhere);
        return Snapshot(folder, elsewhere);
    }

    public static void AssertUnchanged(string folder, Dictionary<string, byte[]> before)
    {
        var elsewhere = new DirectoryInfo(Path.Combine(folder, "link-to-elsewhere")).LinkTarget!;
        var after = Snapshot(folder, elsewhere);
        foreach (var (path, bytes) in before)
        {
            Assert.True(after.TryGetValue(path, out var now), $"{path} was removed");
            Assert.Equal(bytes, now);
        }
    }

    private static Dictionary<string, byte[]> Snapshot(string folder, string elsewhere)
    {
        var entries = new Dictionary<string, byte[]>();
        foreach (var root in new[] { folder, elsewhere })
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
            foreach (var d in Directory.EnumerateDirectories(root, "*", options)) entries[d + "/"] = [];
            foreach (var f in Directory.EnumerateFiles(root, "*", options)) entries[f] = File.ReadAllBytes(f);
        }

        var link = Path.Combine(folder, "link-to-elsewhere");
        if (Directory.Exists(link) || File.Exists(link)) entries[link + " ->"] = System.Text.Encoding.UTF8.GetBytes(new FileInfo(link).LinkTarget ?? "");
        return entries;
    }
}
