using System.Runtime.InteropServices;
using Trendy.Core.Inventory;

namespace Trendy.Native.Netcdf;

public sealed partial class NcFile
{
    /// <summary>Variables with at most this many elements have their values read into the header.</summary>
    public const long DefaultCoordinateValueLimit = 250_000;

    /// <summary>
    /// Reads the header snapshot: dimensions (with the unlimited ones), variables with their attributes and
    /// storage layout, global attributes, and the values of small 1-D and (n,2) variables (coordinates and
    /// bounds). No data slab of a data variable is read (docs/architecture.md, "Inspect").
    /// </summary>
    public unsafe DatasetHeader ReadHeader(long coordinateValueLimit = DefaultCoordinateValueLimit)
    {
        lock (NativeGate.Sync)
        {
            EnsureOpen();
            NcStatus.Check(NcNative.nc_inq(_ncid, out var ndims, out var nvars, out var natts, out _), "nc_inq", Path);
            NcStatus.Check(NcNative.nc_inq_format(_ncid, out var format), "nc_inq_format", Path);
            var unlimited = UnlimitedDimensionIds();
            var dims = new DimensionInfo[ndims];
            var name = stackalloc byte[NcNative.NC_MAX_NAME + 1];
            for (var d = 0; d < ndims; d++)
            {
                NcStatus.Check(NcNative.nc_inq_dim(_ncid, d, name, out var len), "nc_inq_dim", Path);
                dims[d] = new DimensionInfo(Str(name), (long)len, unlimited.Contains(d));
                _dimIds[dims[d].Name] = d;
            }

            var vars = new VariableInfo[nvars];
            var values = new Dictionary<string, double[]>(StringComparer.Ordinal);
            var texts = new Dictionary<string, string[]>(StringComparer.Ordinal);
            for (var v = 0; v < nvars; v++)
            {
                vars[v] = ReadVariableInfo(v, dims, format);
                _varIds[vars[v].Name] = v;
                if (IsSmallCoordinateLike(vars[v], coordinateValueLimit))
                {
                    values[vars[v].Name] = ReadAllAsDouble(v, vars[v]);
                }
                else if (IsSmallLabelVariable(vars[v], coordinateValueLimit) && TryReadLabels(v, vars[v]) is { } labels)
                {
                    texts[vars[v].Name] = labels;
                }
            }

            var globals = ReadAttributes(NcNative.NC_GLOBAL, natts, null);
            var size = new FileInfo(Path).Length;
            var fmt = Enum.IsDefined(typeof(NcFormat), format) ? (NcFormat)format : NcFormat.Unknown;
            return new DatasetHeader(Path, fmt, size, dims, vars, globals, values) { TextValues = texts };
        }
    }

    private unsafe HashSet<int> UnlimitedDimensionIds()
    {
        NcStatus.Check(NcNative.nc_inq_unlimdims(_ncid, out var n, null), "nc_inq_unlimdims", Path);
        var ids = new int[Math.Max(n, 1)];
        fixed (int* p = ids)
        {
            NcStatus.Check(NcNative.nc_inq_unlimdims(_ncid, out n, p), "nc_inq_unlimdims", Path);
        }

        return [.. ids.Take(n)];
    }

    private unsafe VariableInfo ReadVariableInfo(int varid, DimensionInfo[] dims, int format)
    {
        var name = stackalloc byte[NcNative.NC_MAX_NAME + 1];
        NcStatus.Check(NcNative.nc_inq_var(_ncid, varid, name, out var type, out var ndims, null, out var natts), "nc_inq_var", Path);
        var varName = Str(name);
        var dimIds = new int[Math.Max(ndims, 1)];
        fixed (int* p = dimIds)
        {
            NcStatus.Check(NcNative.nc_inq_var(_ncid, varid, name, out _, out _, p, out _), "nc_inq_var", Path, varName);
        }

        var dimNames = new string[ndims];
        var shape = new long[ndims];
        for (var i = 0; i < ndims; i++)
        {
            dimNames[i] = dims[dimIds[i]].Name;
            shape[i] = dims[dimIds[i]].Length;
        }

        var storage = ReadStorage(varid, ndims, varName, format);
        var attrs = ReadAttributes(varid, natts, varName);
        return new VariableInfo(varName, (NcType)type, dimNames, shape, attrs, storage);
    }

    /// <summary>
    /// Layout, chunk shape, filter pipeline, deflate level and byte order, recorded once so that nothing later reopens
    /// the file to choose a read path (docs/native-io.md §3). NetCDF3 variables are <see cref="VariableStorage.Classic"/>.
    /// </summary>
    private unsafe VariableStorage ReadStorage(int varid, int ndims, string varName, int format)
    {
        if (format is not ((int)NcFormat.NetCdf4 or (int)NcFormat.NetCdf4Classic)) return VariableStorage.Classic;
        var sizes = new nuint[Math.Max(ndims, 1)];
        int storage;
        fixed (nuint* p = sizes)
        {
            NcStatus.Check(NcNative.nc_inq_var_chunking(_ncid, varid, out storage, p), "nc_inq_var_chunking", Path, varName);
        }

        NcStatus.Check(NcNative.nc_inq_var_deflate(_ncid, varid, out var shuffle, out var deflate, out var level), "nc_inq_var_deflate", Path, varName);
        NcStatus.Check(NcNative.nc_inq_var_endian(_ncid, varid, out var endian), "nc_inq_var_endian", Path, varName);
        var layout = storage switch
        {
            NcNative.NC_CHUNKED => StorageLayout.Chunked,
            NcNative.NC_CONTIGUOUS => StorageLayout.Contiguous,
            _ => StorageLayout.Compact,
        };
        var chunks = layout == StorageLayout.Chunked && ndims > 0 ? sizes.Take(ndims).Select(s => (long)s).ToArray() : null;
        return new VariableStorage(layout, chunks, FilterIds(varid, varName), deflate != 0 ? level : 0, shuffle != 0, (StoredByteOrder)endian);
    }

    private unsafe List<AttributeValue> ReadAttributes(int varid, int natts, string? varName)
    {
        var list = new List<AttributeValue>(natts);
        var name = stackalloc byte[NcNative.NC_MAX_NAME + 1];
        for (var a = 0; a < natts; a++)
        {
            NcStatus.Check(NcNative.nc_inq_attname(_ncid, varid, a, name), "nc_inq_attname", Path, varName);
            NcStatus.Check(NcNative.nc_inq_att(_ncid, varid, name, out var type, out var len), "nc_inq_att", Path, varName);
            list.Add(ReadAttribute(varid, name, (NcType)type, (int)len, varName));
        }

        return list;
    }

    private unsafe AttributeValue ReadAttribute(int varid, byte* name, NcType type, int len, string? varName)
    {
        var attName = Str(name);
        var where = varName is null ? attName : varName + " › " + attName;
        switch (type)
        {
            case NcType.Char:
                var buffer = new byte[Math.Max(len, 1)];
                fixed (byte* p = buffer)
                {
                    NcStatus.Check(NcNative.nc_get_att_text(_ncid, varid, name, p), "nc_get_att_text", Path, where);
                }

                return new AttributeValue(attName, type, DecodeText(buffer.AsSpan(0, len)), []);
            case NcType.String:
                var ptrs = new IntPtr[Math.Max(len, 1)];
                fixed (IntPtr* p = ptrs)
                {
                    NcStatus.Check(NcNative.nc_get_att_string(_ncid, varid, name, p), "nc_get_att_string", Path, where);
                    var text = string.Join("\n", ptrs.Take(len).Select(s => Marshal.PtrToStringUTF8(s) ?? ""));
                    _ = NcNative.nc_free_string((nuint)len, p);
                    return new AttributeValue(attName, type, text, []);
                }

            default:
                var numbers = new double[len];
                if (len > 0)
                {
                    fixed (double* p = numbers)
                    {
                        NcStatus.Check(NcNative.nc_get_att_double(_ncid, varid, name, p), "nc_get_att_double", Path, where);
                    }
                }

                return new AttributeValue(attName, type, null, numbers);
        }
    }

    private static bool IsSmallCoordinateLike(VariableInfo v, long limit)
    {
        if (v.Type is NcType.Char or NcType.String) return false;
        if (v.ElementCount > limit || v.ElementCount == 0) return false;
        return v.Rank == 1 || (v.Rank == 2 && v.Shape[1] <= 2);
    }

    /// <summary>char (n, strlen) or string (n): one label per index, e.g. PFT names (CF 1.8 §2.2).</summary>
    private static bool IsSmallLabelVariable(VariableInfo v, long limit) =>
        v.ElementCount > 0 && v.ElementCount <= limit
        && ((v.Type == NcType.Char && v.Rank == 2) || (v.Type == NcType.String && v.Rank == 1));

    /// <summary>Labels are optional extras (PFT names): an unreadable label variable leaves them out instead of failing the header.</summary>
    private string[]? TryReadLabels(int varid, VariableInfo v)
    {
        try
        {
            return ReadLabels(varid, v);
        }
        catch (NcException)
        {
            return null;
        }
    }

    private unsafe string[] ReadLabels(int varid, VariableInfo v)
    {
        var start = stackalloc nuint[2];
        var count = stackalloc nuint[2];
        for (var i = 0; i < v.Rank; i++)
        {
            start[i] = 0;
            count[i] = (nuint)v.Shape[i];
        }

        if (v.Type == NcType.String)
        {
            var ptrs = new IntPtr[v.Shape[0]];
            fixed (IntPtr* p = ptrs)
            {
                NcStatus.Check(NcNative.nc_get_vara_string(_ncid, varid, start, count, p), "nc_get_vara_string", Path, v.Name);
                var labels = ptrs.Select(s => Marshal.PtrToStringUTF8(s) ?? "").ToArray();
                _ = NcNative.nc_free_string((nuint)ptrs.Length, p);
                return labels;
            }
        }

        var bytes = new byte[v.ElementCount];
        fixed (byte* p = bytes)
        {
            NcStatus.Check(NcNative.nc_get_vara(_ncid, varid, start, count, p), "nc_get_vara", Path, v.Name);
        }

        var width = (int)v.Shape[1];
        return [.. Enumerable.Range(0, (int)v.Shape[0]).Select(i => DecodeText(bytes.AsSpan(i * width, width)).Trim())];
    }

    private unsafe double[] ReadAllAsDouble(int varid, VariableInfo v)
    {
        var result = new double[v.ElementCount];
        var start = stackalloc nuint[2];
        var count = stackalloc nuint[2];
        for (var i = 0; i < v.Rank; i++)
        {
            start[i] = 0;
            count[i] = (nuint)v.Shape[i];
        }

        fixed (double* p = result)
        {
            NcStatus.Check(NcNative.nc_get_vara_double(_ncid, varid, start, count, p), "nc_get_vara_double", Path, v.Name);
        }

        return result;
    }

    /// <summary>Char attributes are often NUL-padded (Fortran writers); trailing NULs are not content.</summary>
    private static string DecodeText(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.Length;
        while (end > 0 && bytes[end - 1] == 0) end--;
        return System.Text.Encoding.UTF8.GetString(bytes[..end]);
    }

    private static unsafe string Str(byte* p) => Marshal.PtrToStringUTF8((IntPtr)p) ?? "";
}
