namespace Trendy.Native;

/// <summary>
/// libnetcdf 4.9 keeps unprotected global state (its open-file list) and crashed in 3 of 8 two-thread
/// runs (native-io.md §1); UDUNITS-2 is not thread-safe either. Every native call holds this one lock.
/// Parallelism comes from worker processes, not threads.
/// </summary>
internal static class NativeGate
{
    public static readonly Lock Sync = new();
}
