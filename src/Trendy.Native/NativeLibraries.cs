using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Trendy.Native;

/// <summary>
/// Resolves the native libraries by soname. Debian's runtime packages ship only versioned names
/// (libnetcdf.so.19, libudunits2.so.0, libisal.so.2); the unversioned .so exists only with the -dev packages
/// (docs/native-io.md §1, "Library name trap"). One resolver per assembly is all .NET allows, so it lives here.
/// </summary>
internal static class NativeLibraries
{
    public const string Netcdf = "netcdf";
    public const string Udunits = "udunits2";
    public const string Isal = "isal";

    private static readonly Dictionary<string, string[]> Candidates = new()
    {
        [Netcdf] = ["libnetcdf.so.19", "libnetcdf.so.22", "libnetcdf.so.18", "libnetcdf.so", "libnetcdf.dylib", "netcdf.dll", "netcdf"],
        [Udunits] = ["libudunits2.so.0", "libudunits2.so", "libudunits2.dylib", "udunits2.dll", "udunits2"],
        [Isal] = ["libisal.so.2", "libisal.so", "libisal.dylib", "isal.dll"],
    };

    private static readonly Dictionary<string, IntPtr> Loaded = [];

    // The resolver must be in place before the first P/Invoke of this assembly runs, whichever class makes it.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register()
    {
        DisableHdf5FileLocking();
        NativeLibrary.SetDllImportResolver(typeof(NativeLibraries).Assembly, ResolveOrThrow);
    }

    /// <summary>
    /// HDF5 1.10+ flock()s every file it opens. A worker process started while its parent holds a NetCDF4 file
    /// open inherits the descriptor and the lock, and reopening a fresh output to verify it then fails with
    /// "NetCDF: HDF error" (seen in 1–3 of 164 tests per run; never with locking off); on Lustre/NFS scratch
    /// file systems flock often fails outright. Our outputs are written under unique temporary names and never
    /// shared while being written, so the lock protects nothing here. A user's own setting is kept
    /// (overwrite = 0). It must reach the native environment, which Environment.SetEnvironmentVariable does
    /// not change on Unix, hence libc setenv before HDF5 is loaded.
    /// </summary>
    private static void DisableHdf5FileLocking()
    {
        if (!OperatingSystem.IsWindows()) _ = SetEnv("HDF5_USE_FILE_LOCKING", "FALSE", 0);
    }

    [DllImport("libc", EntryPoint = "setenv")]
    private static extern int SetEnv([MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value, int overwrite);

    /// <summary>The loaded handle of a library, loading it if needed; throws a clear error when absent.</summary>
    public static IntPtr Handle(string name)
    {
        var handle = Resolve(name, typeof(NativeLibraries).Assembly, null);
        if (handle == IntPtr.Zero)
        {
            throw new TrendyNativeMissingException(name, CandidatesOf(name));
        }

        return handle;
    }

    /// <summary>
    /// The P/Invoke resolver: a required library that is not installed becomes <see cref="TrendyNativeMissingException"/>
    /// (one line naming the Debian package to install) instead of the runtime's DllNotFoundException with its trace.
    /// </summary>
    private static IntPtr ResolveOrThrow(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        var handle = Resolve(name, assembly, searchPath);
        if (handle == IntPtr.Zero && name is Netcdf or Udunits && Candidates.TryGetValue(name, out var tried)) throw new TrendyNativeMissingException(name, tried);
        return handle;
    }

    /// <summary>The file names tried for a library, for messages.</summary>
    public static IReadOnlyList<string> CandidatesOf(string name) => Candidates.TryGetValue(name, out var c) ? c : [name];

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        lock (Loaded)
        {
            if (Loaded.TryGetValue(name, out var known)) return known;
            if (!Candidates.TryGetValue(name, out var names)) return IntPtr.Zero;
            foreach (var candidate in names)
            {
                if (NativeLibrary.TryLoad(candidate, assembly, searchPath, out var handle))
                {
                    Loaded[name] = handle;
                    return handle;
                }
            }

            return IntPtr.Zero;
        }
    }
}
