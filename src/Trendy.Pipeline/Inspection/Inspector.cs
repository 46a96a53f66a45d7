using System.Security.Cryptography;
using System.Text;
using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Inspection;

/// <summary>
/// Reads one file's header (never its data slabs) and its fingerprint. Short classic-format files are
/// rejected here, because libnetcdf would read their missing records as zeros (docs/robustness.md).
/// </summary>
public static class Inspector
{
    public static (DatasetHeader Header, SourceFingerprint Fingerprint) Inspect(string path)
    {
        using var file = NcFile.OpenRead(path);
        var header = file.ReadHeader();
        if (Netcdf3Layout.MinimumSize(header) is { } min && header.FileSize < min)
        {
            throw new NcException("size check", 0,
                $"file is {header.FileSize:N0} bytes but its header needs at least {min:N0} (truncated NetCDF3 file or wrong record count)", path, null);
        }

        var info = new FileInfo(path);
        return (header, new SourceFingerprint(info.Name, info.Length, info.LastWriteTimeUtc, HeaderHash(header)));
    }

    /// <summary>SHA-256 of a canonical text form of the header: changes when any name, shape or attribute changes.</summary>
    public static string HeaderHash(DatasetHeader h)
    {
        var sb = new StringBuilder();
        sb.Append(h.Format).Append('\n');
        foreach (var d in h.Dimensions) sb.Append("d ").Append(d.Name).Append(' ').Append(d.Length).Append('\n');
        foreach (var v in h.Variables)
        {
            sb.Append("v ").Append(v.Name).Append(' ').Append(v.Type).Append(' ').Append(string.Join(',', v.Dimensions)).Append('\n');
            foreach (var a in v.Attributes) sb.Append("  ").Append(a.Name).Append('=').Append(a).Append('\n');
        }

        foreach (var a in h.GlobalAttributes) sb.Append("g ").Append(a.Name).Append('=').Append(a).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
