namespace Trendy.Pipeline.Cleanup;

/// <summary>Whether the process that made a temporary name on this host still runs, so a sweep spares live work (other shards, other runs).</summary>
public static class ProcessLiveness
{
    /// <summary>
    /// Made by a process that is gone: same host (another host's processes cannot be seen, so their names are
    /// never touched), not this process, and no live trendy2ilamb process with that id.
    /// </summary>
    public static bool OwnerIsGone(string host, int pid) =>
        string.Equals(host, Environment.MachineName, StringComparison.Ordinal) && pid != Environment.ProcessId && !IsLiveTrendyProcess(pid);

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
