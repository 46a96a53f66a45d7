using Trendy.Core;

namespace Trendy.Native.Netcdf;

/// <summary>
/// The one exception type for libnetcdf failures (and for files that cannot be NetCDF at all): carries
/// nc_strerror's text, the call, the file and the variable, so a user sees one self-explaining line.
/// </summary>
public sealed class NcException : TrendyException
{
    public NcException(string call, int status, string reason, string? file, string? variable)
        : base(Compose(call, reason, file, variable))
    {
        Call = call;
        Status = status;
        Reason = reason;
        FilePath = file;
        Variable = variable;
    }

    public string Call { get; }

    /// <summary>The netCDF status code (negative), or 0 for checks done before any native call.</summary>
    public int Status { get; }

    public string Reason { get; }

    public string? FilePath { get; }

    public string? Variable { get; }

    private static string Compose(string call, string reason, string? file, string? variable)
    {
        var where = file ?? "(no file)";
        if (!string.IsNullOrEmpty(variable)) where += " › " + variable;
        return $"{where}: {call} failed: {reason}";
    }
}
