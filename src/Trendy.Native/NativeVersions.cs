using Trendy.Native.Hdf5;
using Trendy.Native.Netcdf;
using Trendy.Native.Udunits;

namespace Trendy.Native;

/// <summary>
/// The native libraries this process runs on and their versions, for <c>trendy2ilamb --version</c> and bug reports.
/// Each library is queried on its own, so a missing one is reported (with the package to install) and the others
/// still are.
/// </summary>
public static class NativeVersions
{
    /// <summary>Queries libnetcdf, the HDF5 it loaded, and libudunits2 with its unit database.</summary>
    public static IReadOnlyList<NativeLibraryVersion> Query() => [Netcdf(), Hdf5(), Udunits()];

    private static NativeLibraryVersion Netcdf()
    {
        try
        {
            return new("libnetcdf", NcFile.LibraryVersion, null);
        }
        catch (TrendyNativeMissingException e)
        {
            return new("libnetcdf", null, e.Message);
        }
    }

    // H5get_libversion from libnetcdf's own handle: the HDF5 instance libnetcdf uses, whatever its soname.
    private static NativeLibraryVersion Hdf5()
    {
        try
        {
            _ = NativeLibraries.Handle(NativeLibraries.Netcdf);
        }
        catch (TrendyNativeMissingException)
        {
            // Not a problem of its own: the libnetcdf line already names the package to install.
            return new("HDF5", null, null) { Detail = "comes with libnetcdf" };
        }

        _ = Hdf5Native.Available;
        return new("HDF5", Hdf5Native.LibraryVersion?.ToString() ?? "unknown (libnetcdf does not export H5get_libversion)", null);
    }

    // UDUNITS-2 has no call that returns its version; the Debian package version is not visible at run time.
    private static NativeLibraryVersion Udunits()
    {
        try
        {
            lock (NativeGate.Sync)
            {
                UdunitsNative.EnsureLoaded();
                var xml = UdunitsNative.DefaultXmlPath();
                var database = xml is null ? "database path unknown"
                    : File.Exists(xml) ? $"database {xml}"
                    : $"database {xml} is missing: {NativePackages.InstallHint(NativeLibraries.Udunits)} or set {UnitSystem.XmlPathVariable}";
                return new("libudunits2", "unknown (UDUNITS-2 does not expose its version)", null) { Detail = database };
            }
        }
        catch (UnitsException e)
        {
            return new("libudunits2", null, e.Message);
        }
    }
}

/// <summary>One native library: its version when known, else why not (<see cref="Problem"/>).</summary>
public sealed record NativeLibraryVersion(string Library, string? Version, string? Problem)
{
    /// <summary>Further facts worth printing (e.g. the unit database in use).</summary>
    public string? Detail { get; init; }

    /// <summary>True when the library could not be loaded; <see cref="Problem"/> then says what to install, if it is the one to install.</summary>
    public bool Missing => Version is null;

    public override string ToString() =>
        $"{Library} {Version ?? "not found"}{(Detail is null ? "" : $"; {Detail}")}";
}
