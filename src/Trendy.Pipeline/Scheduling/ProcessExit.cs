namespace Trendy.Pipeline.Scheduling;

/// <summary>Says how a worker process ended in words a user can act on.</summary>
internal static class ProcessExit
{
    private static readonly Dictionary<int, string> SignalNames = new()
    {
        [1] = "SIGHUP", [2] = "SIGINT", [3] = "SIGQUIT", [4] = "SIGILL", [6] = "SIGABRT", [7] = "SIGBUS",
        [8] = "SIGFPE", [9] = "SIGKILL (often the out-of-memory killer)", [11] = "SIGSEGV", [13] = "SIGPIPE",
        [15] = "SIGTERM", [24] = "SIGXCPU", [25] = "SIGXFSZ",
    };

    /// <summary>
    /// .NET reports a process killed by signal S as exit code 128+S on Unix, the same number a shell uses,
    /// so 139 reads as SIGSEGV whether the worker crashed or a script exited 139 on its behalf.
    /// </summary>
    internal static string Describe(int exitCode)
    {
        if (exitCode > 128 && exitCode < 128 + 65)
        {
            var signal = exitCode - 128;
            var name = SignalNames.TryGetValue(signal, out var known) ? known : "signal";
            return $"exited with code {exitCode} (signal {signal}, {name})";
        }

        return $"exited with code {exitCode}";
    }
}
