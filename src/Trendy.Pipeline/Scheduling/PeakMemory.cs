using System.Globalization;

namespace Trendy.Pipeline.Scheduling;

/// <summary>Peak resident memory of a process, from Linux procfs; 0 wherever that is unavailable.</summary>
internal static class PeakMemory
{
    /// <summary>
    /// Reads VmHWM ("high water mark" of resident memory) and then writes 5 to clear_refs, which resets it
    /// (proc(5), Linux ≥ 4.0), so a reused worker's next sample covers only its next item.
    /// </summary>
    internal static long SampleAndReset(int pid)
    {
        if (!OperatingSystem.IsLinux()) return 0;
        var peak = Read(pid);
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Without the reset the value is the peak since the worker started: still an upper bound.
        }

        return peak;
    }

    internal static long Read(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var number = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : 0;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The process is gone or not ours to read: unknown.
        }

        return 0;
    }
}
