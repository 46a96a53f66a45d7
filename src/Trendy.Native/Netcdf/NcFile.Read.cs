namespace Trendy.Native.Netcdf;

public sealed partial class NcFile
{
    /// <summary>Reads a hyperslab converted to float (libnetcdf converts from the stored type; no unpacking).</summary>
    public unsafe void Read(string variable, ReadOnlySpan<long> start, ReadOnlySpan<long> count, Span<float> destination) =>
        Transfer(variable, start, count, destination, "nc_get_vara_float", &NcNative.nc_get_vara_float);

    /// <summary>Reads a hyperslab converted to double.</summary>
    public unsafe void Read(string variable, ReadOnlySpan<long> start, ReadOnlySpan<long> count, Span<double> destination) =>
        Transfer(variable, start, count, destination, "nc_get_vara_double", &NcNative.nc_get_vara_double);

    /// <summary>
    /// Reads a hyperslab in the variable's own stored type (T must match it in size: short for NC_SHORT, ...),
    /// so packed values and exact integer fill values can be inspected before any conversion.
    /// </summary>
    public unsafe void ReadRaw<T>(string variable, ReadOnlySpan<long> start, ReadOnlySpan<long> count, Span<T> destination)
        where T : unmanaged =>
        Transfer(variable, start, count, destination, "nc_get_vara", (delegate*<int, int, nuint*, nuint*, T*, int>)(delegate*<int, int, nuint*, nuint*, void*, int>)&NcNative.nc_get_vara);

    /// <summary>Reads a strided hyperslab converted to double (stride in elements per dimension).</summary>
    public unsafe void ReadStrided(string variable, ReadOnlySpan<long> start, ReadOnlySpan<long> count, ReadOnlySpan<long> stride, Span<double> destination)
    {
        var varid = VarId(variable);
        Slab.CheckCapacity(count, destination.Length, Path, variable);
        var (s, c) = Slab.Native(start, count);
        var st = new nint[Math.Max(stride.Length, 1)];
        for (var i = 0; i < stride.Length; i++) st[i] = (nint)stride[i];
        lock (NativeGate.Sync)
        {
            EnsureOpen();
            fixed (nuint* ps = s, pc = c)
            fixed (nint* pst = st)
            fixed (double* pd = destination)
            {
                NcStatus.Check(NcNative.nc_get_vars_double(_ncid, varid, ps, pc, pst, pd), "nc_get_vars_double", Path, variable);
            }
        }
    }

    /// <summary>
    /// The one place a hyperslab crosses into libnetcdf, for reads and writes alike: resolves the variable,
    /// checks the buffer holds the slab, converts start/count, and calls under the native lock.
    /// </summary>
    private unsafe void Transfer<T>(string variable, ReadOnlySpan<long> start, ReadOnlySpan<long> count, Span<T> buffer, string call,
        delegate*<int, int, nuint*, nuint*, T*, int> native)
        where T : unmanaged
    {
        var varid = VarId(variable);
        Slab.CheckCapacity(count, buffer.Length, Path, variable);
        var (s, c) = Slab.Native(start, count);
        lock (NativeGate.Sync)
        {
            EnsureOpen();
            fixed (nuint* ps = s, pc = c)
            fixed (T* pb = buffer)
            {
                NcStatus.Check(native(_ncid, varid, ps, pc, pb), call, Path, variable);
            }
        }
    }
}
