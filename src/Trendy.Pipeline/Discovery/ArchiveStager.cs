using System.Formats.Tar;
using System.IO.Compression;
using Trendy.Core;
using Trendy.Core.Identify;
using Trendy.Pipeline.Cleanup;

namespace Trendy.Pipeline.Discovery;

/// <summary>
/// Unpacks `.nc.gz`, `.nc.tar.gz` and `.nc.tar` inputs (SDGVM, VISIT, CABLE-POP, iMAPLE, YIBs ship them:
/// trendy-files.md §4), and any gzip or tar wrapper <see cref="ContentSniffer"/> recognised, to a temporary file so libnetcdf can open it. The staged copy takes the archive's
/// modification time, so resume fingerprints stay stable between runs.
/// </summary>
public static class ArchiveStager
{
    /// <summary>Unpacks into <paramref name="stagingFolder"/>, a private folder the run made (Cleanup.StagingFolder), never a user's folder.</summary>
    public static string Stage(string archivePath, ArchiveKind kind, string stagingFolder)
    {
        var staged = Path.Combine(stagingFolder, ToolNames.StagedInput());
        try
        {
            using (var input = File.OpenRead(archivePath))
            using (var output = File.Create(staged))
            {
                switch (kind)
                {
                    case ArchiveKind.Gzip:
                        using (var gz = new GZipStream(input, CompressionMode.Decompress)) gz.CopyTo(output);
                        break;
                    case ArchiveKind.TarGzip:
                        using (var gz = new GZipStream(input, CompressionMode.Decompress)) CopyFirstNetcdf(gz, output, archivePath);
                        break;
                    case ArchiveKind.Tar:
                        CopyFirstNetcdf(input, output, archivePath);
                        break;
                    default:
                        throw new TrendyException($"{archivePath}: not an archive");
                }
            }

            File.SetLastWriteTimeUtc(staged, File.GetLastWriteTimeUtc(archivePath));
            return staged;
        }
        catch (TrendyException)
        {
            ToolDeletion.DeleteFile(staged);
            throw;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException or IOException)
        {
            ToolDeletion.DeleteFile(staged);
            throw new TrendyException($"{archivePath}: cannot unpack {kind} archive: {e.Message}", e);
        }
    }

    /// <summary>The first regular entry that is NetCDF by content (a README or checksum beside it is passed over).</summary>
    private static void CopyFirstNetcdf(Stream tar, Stream output, string archivePath)
    {
        using var reader = new TarReader(tar);
        if (ContentSniffer.FirstNetcdfEntry(reader) is not { } found) throw new TrendyException($"{archivePath}: the archive holds no NetCDF file");
        output.Write(found.Head);
        found.Entry.DataStream!.CopyTo(output);
    }
}
