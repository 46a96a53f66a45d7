namespace Trendy.Native.Netcdf;

/// <summary>Every libnetcdf status goes through here and becomes an <see cref="NcException"/> (ParquetSharp's pattern).</summary>
internal static class NcStatus
{
    private const int NC_ENOTNC = -51;
    private const int NC_EHDFERR = -101;
    private const int NC_ENOMEM = -61;
    private const int NC_EINVALCOORDS = -40;

    public static void Check(int status, string call, string? file, string? variable = null)
    {
        if (status != 0) throw new NcException(call, status, Explain(status), file, variable);
    }

    /// <summary>nc_strerror's text, with what it usually means for a TRENDY file in front of the terse ones.</summary>
    private static string Explain(int status)
    {
        var text = NcNative.StrError(status);
        return status switch
        {
            NC_ENOTNC => $"not a NetCDF file, or its header is damaged ({text})",
            NC_EHDFERR => $"damaged or truncated NetCDF4/HDF5 file ({text})",
            NC_ENOMEM => $"out of memory ({text})",
            NC_EINVALCOORDS => $"read beyond the variable's extent; the file may be truncated ({text})",
            _ => text,
        };
    }
}
