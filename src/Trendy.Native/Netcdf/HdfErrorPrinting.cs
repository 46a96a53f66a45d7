using System.Runtime.InteropServices;

namespace Trendy.Native.Netcdf;

/// <summary>
/// netCDF-C switches HDF5's automatic error printing off only on the thread that initialised it; Debian's
/// HDF5 is thread-safe, so the error stack is per thread and other threads spam HDF5-DIAG dumps on stderr
/// (docs/native-io.md §1). We turn it off once per thread, through libnetcdf's own HDF5 instance.
/// </summary>
internal static unsafe class HdfErrorPrinting
{
    [ThreadStatic] private static bool _silenced;
    private static delegate* unmanaged<long, IntPtr, IntPtr, int> _setAuto;
    private static bool _looked;

    public static void SilenceOnThisThread()
    {
        if (_silenced) return;
        _silenced = true;
        lock (NativeGate.Sync)
        {
            if (!_looked)
            {
                _looked = true;
                if (NativeLibrary.TryGetExport(NativeLibraries.Handle(NativeLibraries.Netcdf), "H5Eset_auto2", out var fn))
                {
                    _setAuto = (delegate* unmanaged<long, IntPtr, IntPtr, int>)fn;
                }
            }

            // H5E_DEFAULT is 0 (hid_t, 64-bit in HDF5 1.10).
            if (_setAuto != null) _ = _setAuto(0, IntPtr.Zero, IntPtr.Zero);
        }
    }
}
