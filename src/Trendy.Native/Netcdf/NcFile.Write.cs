using System.Runtime.InteropServices;

namespace Trendy.Native.Netcdf;

public sealed partial class NcFile
{
    /// <summary>
    /// Writes a hyperslab of values already in the variable's stored type (T must match it in size).
    /// libnetcdf's typed converters are avoided on purpose: the caller decides every conversion.
    /// </summary>
    public unsafe void Write<T>(string variable, ReadOnlySpan<long> start, ReadOnlySpan<long> count, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        var varid = VarId(variable);
        Slab.CheckCapacity(count, values.Length, Path, variable);
        var (s, c) = Slab.Native(start, count);
        lock (NativeGate.Sync)
        {
            EnsureOpen();
            fixed (nuint* ps = s, pc = c)
            fixed (T* pv = values)
            {
                NcStatus.Check(NcNative.nc_put_vara(_ncid, varid, ps, pc, pv), "nc_put_vara", Path, variable);
            }
        }
    }

    /// <summary>Writes NC_STRING values (NetCDF4).</summary>
    public unsafe void WriteStrings(string variable, ReadOnlySpan<long> start, ReadOnlySpan<long> count, IReadOnlyList<string> values)
    {
        var varid = VarId(variable);
        var (s, c) = Slab.Native(start, count);
        var ptrs = values.Select(Marshal.StringToCoTaskMemUTF8).ToArray();
        try
        {
            lock (NativeGate.Sync)
            {
                EnsureOpen();
                fixed (nuint* ps = s, pc = c)
                fixed (IntPtr* pv = ptrs)
                {
                    NcStatus.Check(NcNative.nc_put_vara_string(_ncid, varid, ps, pc, pv), "nc_put_vara_string", Path, variable);
                }
            }
        }
        finally
        {
            foreach (var p in ptrs) Marshal.FreeCoTaskMem(p);
        }
    }

    /// <summary>Reads NC_STRING values (NetCDF4).</summary>
    public unsafe string[] ReadStrings(string variable, ReadOnlySpan<long> start, ReadOnlySpan<long> count)
    {
        var varid = VarId(variable);
        long n = 1;
        foreach (var x in count) n *= x;
        var ptrs = new IntPtr[Math.Max(n, 1)];
        var (s, c) = Slab.Native(start, count);
        lock (NativeGate.Sync)
        {
            EnsureOpen();
            fixed (nuint* ps = s, pc = c)
            fixed (IntPtr* pv = ptrs)
            {
                NcStatus.Check(NcNative.nc_get_vara_string(_ncid, varid, ps, pc, pv), "nc_get_vara_string", Path, variable);
                var result = ptrs.Take((int)n).Select(p => Marshal.PtrToStringUTF8(p) ?? "").ToArray();
                _ = NcNative.nc_free_string((nuint)n, pv);
                return result;
            }
        }
    }
}
