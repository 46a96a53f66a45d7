using System.Globalization;
using Trendy.Core.Planning;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Conversion;

/// <summary>
/// An output is up to date when its own global attributes record the same source fingerprint (size,
/// modification time, header hash) and the same content-changing options. No central state file exists to
/// be corrupted by a kill -9 (issue #4, resume); a half-written output never has the final name.
/// </summary>
public static class ResumeCheck
{
    public static bool IsUpToDate(string outputPath, ConversionPlan plan, ConvertOptions options)
    {
        if (!File.Exists(outputPath)) return false;
        try
        {
            using var f = NcFile.OpenRead(outputPath);
            var h = f.ReadHeader(coordinateValueLimit: 0);
            string? G(string name) => h.GlobalAttribute(name)?.Text;
            var fp = plan.Fingerprint;
            return G(Planner.SourceSizeAttribute) == fp.Size.ToString(CultureInfo.InvariantCulture)
                && G(Planner.SourceMtimeAttribute) == fp.Modified.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture)
                && G(Planner.SourceHashAttribute) == fp.HeaderSha256
                && G(Planner.ResumeAttribute) == options.ResumeKey;
        }
        catch (NcException)
        {
            // An unreadable file under an output name is not up to date: it is redone and replaced.
            return false;
        }
    }
}
