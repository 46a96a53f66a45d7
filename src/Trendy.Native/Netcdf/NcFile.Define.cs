using System.Runtime.InteropServices;
using Trendy.Core.Inventory;

namespace Trendy.Native.Netcdf;

public sealed partial class NcFile
{
    private readonly Dictionary<int, NcType> _definedTypes = [];

    /// <summary>Defines a dimension; length 0 means unlimited (NC_UNLIMITED).</summary>
    public unsafe void DefineDimension(string name, long length)
    {
        var bytes = Utf8(name);
        lock (NativeGate.Sync)
        {
            EnsureOpen();
            fixed (byte* p = bytes)
            {
                NcStatus.Check(NcNative.nc_def_dim(_ncid, p, (nuint)length, out var id), "nc_def_dim", Path, name);
                _dimIds[name] = id;
            }
        }
    }

    /// <summary>Defines a variable over previously defined dimensions (outermost first).</summary>
    public unsafe void DefineVariable(string name, NcType type, IReadOnlyList<string> dimensions)
    {
        var ids = new int[Math.Max(dimensions.Count, 1)];
        for (var i = 0; i < dimensions.Count; i++)
        {
            if (!_dimIds.TryGetValue(dimensions[i], out ids[i]))
            {
                throw new NcException("nc_def_var", 0, $"dimension '{dimensions[i]}' is not defined", Path, name);
            }
        }

        var bytes = Utf8(name);
        lock (NativeGate.Sync)
        {
            EnsureOpen();
            fixed (byte* p = bytes)
            fixed (int* pd = ids)
            {
                NcStatus.Check(NcNative.nc_def_var(_ncid, p, (int)type, dimensions.Count, pd, out var id), "nc_def_var", Path, name);
                _varIds[name] = id;
                _definedTypes[id] = type;
            }
        }
    }

    /// <summary>Deflate (0..9) and shuffle for a NetCDF4 variable.</summary>
    public void SetCompression(string variable, int deflateLevel, bool shuffle)
    {
        var id = VarId(variable);
        lock (NativeGate.Sync)
        {
            EnsureOpen();
            NcStatus.Check(NcNative.nc_def_var_deflate(_ncid, id, shuffle ? 1 : 0, deflateLevel > 0 ? 1 : 0, deflateLevel), "nc_def_var_deflate", Path, variable);
        }
    }

    /// <summary>Chunked storage with the given chunk shape (NetCDF4 only).</summary>
    public unsafe void SetChunking(string variable, ReadOnlySpan<long> chunkShape)
    {
        var id = VarId(variable);
        var sizes = new nuint[Math.Max(chunkShape.Length, 1)];
        for (var i = 0; i < chunkShape.Length; i++) sizes[i] = (nuint)chunkShape[i];
        lock (NativeGate.Sync)
        {
            EnsureOpen();
            fixed (nuint* p = sizes)
            {
                NcStatus.Check(NcNative.nc_def_var_chunking(_ncid, id, NcNative.NC_CHUNKED, p), "nc_def_var_chunking", Path, variable);
            }
        }
    }

    /// <summary>Sets the variable's fill value (written as the _FillValue attribute in the variable's type).</summary>
    public unsafe void SetFill(string variable, double fillValue)
    {
        var id = VarId(variable);
        var type = _definedTypes.TryGetValue(id, out var t) ? t : throw new NcException("nc_def_var_fill", 0, "variable was not defined through this handle", Path, variable);
        Span<byte> buffer = stackalloc byte[8];
        TypedValues.Encode(type, [fillValue], buffer);
        lock (NativeGate.Sync)
        {
            EnsureOpen();
            fixed (byte* p = buffer)
            {
                NcStatus.Check(NcNative.nc_def_var_fill(_ncid, id, 0, p), "nc_def_var_fill", Path, variable);
            }
        }
    }

    /// <summary>A text attribute (NC_CHAR) on a variable, or a global one when <paramref name="variable"/> is null.</summary>
    public unsafe void PutAttribute(string? variable, string name, string text)
    {
        var id = VarId(variable);
        var n = Utf8(name);
        var value = Utf8(text);
        lock (NativeGate.Sync)
        {
            EnsureOpen();
            fixed (byte* pn = n, pv = value)
            {
                NcStatus.Check(NcNative.nc_put_att_text(_ncid, id, pn, (nuint)(value.Length - 1), pv), "nc_put_att_text", Path, AttWhere(variable, name));
            }
        }
    }

    /// <summary>A numeric attribute stored in <paramref name="type"/>, values given as doubles.</summary>
    public unsafe void PutAttribute(string? variable, string name, NcType type, ReadOnlySpan<double> values)
    {
        var id = VarId(variable);
        var n = Utf8(name);
        var buffer = new byte[Math.Max(values.Length * TypedValues.Size(type), 1)];
        TypedValues.Encode(type, values, buffer);
        lock (NativeGate.Sync)
        {
            EnsureOpen();
            fixed (byte* pn = n, pv = buffer)
            {
                NcStatus.Check(NcNative.nc_put_att(_ncid, id, pn, (int)type, (nuint)values.Length, pv), "nc_put_att", Path, AttWhere(variable, name));
            }
        }
    }

    /// <summary>An NC_STRING attribute (NetCDF4 only), for fixtures that mimic writers using variable-length strings.</summary>
    public unsafe void PutStringAttribute(string? variable, string name, string value)
    {
        var id = VarId(variable);
        var n = Utf8(name);
        var s = Marshal.StringToCoTaskMemUTF8(value);
        try
        {
            lock (NativeGate.Sync)
            {
                EnsureOpen();
                fixed (byte* pn = n)
                {
                    NcStatus.Check(NcNative.nc_put_att_string(_ncid, id, pn, 1, &s), "nc_put_att_string", Path, AttWhere(variable, name));
                }
            }
        }
        finally
        {
            Marshal.FreeCoTaskMem(s);
        }
    }

    /// <summary>
    /// Removes an attribute from a file opened for writing (a global one when <paramref name="variable"/> is null); enters
    /// and leaves define mode around it, which the classic formats require.
    /// </summary>
    public unsafe void DeleteAttribute(string? variable, string name)
    {
        var id = VarId(variable);
        var n = Utf8(name);
        lock (NativeGate.Sync)
        {
            EnsureOpen();
            NcStatus.Check(NcNative.nc_redef(_ncid), "nc_redef", Path);
            fixed (byte* pn = n)
            {
                NcStatus.Check(NcNative.nc_del_att(_ncid, id, pn), "nc_del_att", Path, AttWhere(variable, name));
            }

            NcStatus.Check(NcNative.nc_enddef(_ncid), "nc_enddef", Path);
        }
    }

    /// <summary>Leaves define mode (only needed for the classic formats; harmless for NetCDF4).</summary>
    public void EndDefine()
    {
        lock (NativeGate.Sync)
        {
            EnsureOpen();
            NcStatus.Check(NcNative.nc_enddef(_ncid), "nc_enddef", Path);
        }
    }

    /// <summary>Flushes buffers to disk.</summary>
    public void Sync()
    {
        lock (NativeGate.Sync)
        {
            EnsureOpen();
            NcStatus.Check(NcNative.nc_sync(_ncid), "nc_sync", Path);
        }
    }

    private static string AttWhere(string? variable, string name) => variable is null ? name : variable + " › " + name;
}
