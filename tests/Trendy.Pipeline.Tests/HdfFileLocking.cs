using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Trendy.Pipeline.Tests;

/// <summary>
/// Turns HDF5's file locking off for this test process, before any HDF5 call.
/// Why: HDF5 (1.10+) flock()s every file it opens, and the scheduling tests spawn child processes while the
/// conversion tests write NetCDF4 files in parallel. A child forked in that window inherits the descriptor,
/// and with it the exclusive lock, after this process closed the file; reopening the fresh output to verify
/// it then fails with "nc_open failed: NetCDF: HDF error" (seen in 1–3 of 164 tests per full run, never with
/// HDF5_USE_FILE_LOCKING=FALSE). The variable must reach the native environment, which
/// <see cref="Environment.SetEnvironmentVariable(string, string?)"/> does not change on Unix, hence setenv.
/// </summary>
internal static partial class HdfFileLocking
{
    [ModuleInitializer]
    internal static void Disable()
    {
        if (!OperatingSystem.IsWindows()) _ = SetEnv("HDF5_USE_FILE_LOCKING", "FALSE", 1);
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);
}
