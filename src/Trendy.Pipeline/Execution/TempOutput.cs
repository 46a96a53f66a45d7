namespace Trendy.Pipeline.Execution;

/// <summary>
/// Temporary output names. The name does not end in ".nc", so neither ILAMB (which reads every *.nc under a
/// model folder, ilamb-contract.md §1.1) nor a resume check can mistake an unfinished file for an output;
/// it is renamed only when complete and verified. The name carries host and process id, so a sweep removes
/// only leftovers of dead processes on this host, never the work in flight of another shard sharing OUT.
/// </summary>
public static class TempOutput
{
    public const string Marker = ".tmp-";

    public static string For(string finalPath) =>
        Path.Combine(Path.GetDirectoryName(finalPath) ?? ".",
            $".{Path.GetFileName(finalPath)}{Marker}{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");

    public static bool IsTemp(string path) => Path.GetFileName(path).StartsWith('.') && Path.GetFileName(path).Contains(Marker, StringComparison.Ordinal);

    /// <summary>Removes leftovers of interrupted runs (kill -9) below a folder; returns how many were removed.</summary>
    public static int Sweep(string root)
    {
        if (!Directory.Exists(root)) return 0;
        var removed = 0;
        foreach (var f in Directory.EnumerateFiles(root, "*" + Marker + "*", SearchOption.AllDirectories))
        {
            if (!IsTemp(f) || !OwnerIsGone(f)) continue;
            try
            {
                File.Delete(f);
                removed++;
            }
            catch (IOException)
            {
                // Gone already, or held by a process we cannot see: the next sweep will try again.
            }
        }

        return removed;
    }

    private static bool OwnerIsGone(string path)
    {
        var tail = Path.GetFileName(path)[(Path.GetFileName(path).LastIndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..];
        var parts = tail.Split('-');
        if (parts.Length < 3 || !int.TryParse(parts[^2], out var pid)) return true;
        var host = string.Join('-', parts[..^2]);
        if (!string.Equals(host, Environment.MachineName, StringComparison.Ordinal)) return false;
        if (pid == Environment.ProcessId) return false;
        return !IsLiveTrendyProcess(pid);
    }

    /// <summary>
    /// Alive means: /proc/PID exists, is not a zombie (a killed worker whose parent died too may stay a zombie
    /// when nothing reaps it), and is still our tool (not a later process that reused the id).
    /// </summary>
    private static bool IsLiveTrendyProcess(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].FirstOrDefault();
            if (state is 'Z' or 'X') return false;
            return File.ReadAllText($"/proc/{pid}/cmdline").Contains("trendy2ilamb", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
