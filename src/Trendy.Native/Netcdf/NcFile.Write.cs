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
        // libnetcdf does not write through the pointer it is given; the cast only lets reads and writes share Transfer.
        var writable = System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(values), values.Length);
        Transfer(variable, start, count, writable, "nc_put_vara", (delegate*<int, int, nuint*, nuint*, T*, int>)(delegate*<int, int, nuint*, nuint*, void*, int>)&NcNative.nc_put_vara);
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
