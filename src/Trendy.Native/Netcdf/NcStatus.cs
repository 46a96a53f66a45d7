namespace Trendy.Native.Netcdf;

/// <summary>Every libnetcdf status goes through here and becomes an <see cref="NcException"/> (ParquetSharp's pattern).</summary>
internal static class NcStatus
{
    public static void Check(int status, string call, string? file, string? variable = null)
    {
        if (status != 0) throw new NcException(call, status, NcNative.StrError(status), file, variable);
    }
}
