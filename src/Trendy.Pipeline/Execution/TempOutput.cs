namespace Trendy.Pipeline.Execution;

/// <summary>
/// Temporary output names. The name does not end in ".nc", so neither ILAMB (which reads every *.nc under a
/// model folder, ilamb-contract.md §1.1) nor a resume check can mistake an unfinished file for an output;
/// it is renamed only when complete and verified.
/// </summary>
public static class TempOutput
{
    public const string Marker = ".tmp-";

    public static string For(string finalPath) =>
        Path.Combine(Path.GetDirectoryName(finalPath) ?? ".", "." + Path.GetFileName(finalPath) + Marker + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);

    public static bool IsTemp(string path) => Path.GetFileName(path).StartsWith('.') && Path.GetFileName(path).Contains(Marker, StringComparison.Ordinal);

    /// <summary>Removes leftovers of interrupted runs (kill -9) below a folder; returns how many were removed.</summary>
    public static int Sweep(string root)
    {
        if (!Directory.Exists(root)) return 0;
        var removed = 0;
        foreach (var f in Directory.EnumerateFiles(root, "*" + Marker + "*", SearchOption.AllDirectories))
        {
            if (!IsTemp(f)) continue;
            try
            {
                File.Delete(f);
                removed++;
            }
            catch (IOException)
            {
                // Another shard may be finishing with it right now; its owner removes or renames it.
            }
        }

        return removed;
    }
}
