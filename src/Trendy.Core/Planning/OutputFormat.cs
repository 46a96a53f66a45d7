namespace Trendy.Core.Planning;

/// <summary>Output container: NetCDF4 (deflate + shuffle, the default) or NetCDF3 64-bit offset for old readers.</summary>
public enum OutputFormat
{
    NetCdf4,
    NetCdf3Offset64,
}
