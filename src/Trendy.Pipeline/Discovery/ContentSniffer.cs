using System.Formats.Tar;
using System.IO.Compression;
using Trendy.Core.Identify;

namespace Trendy.Pipeline.Discovery;

/// <summary>
/// Reads a file's leading bytes to tell NetCDF from anything else whatever the file is called: `CDF\x01`, `CDF\x02`,
/// `CDF\x05` (NetCDF classic, 64-bit offset, CDF5) at offset 0, or the HDF5 signature at 0, 512, 1024, 2048, … (HDF5
/// File Format Specification §2.1: a user block of any power of two ≥ 512 may precede the superblock). Inside a gzip
/// or tar wrapper the unpacked head is read. Unreadable files are <see cref="FileContent.NotRead"/>: inspection later
/// names the problem.
/// </summary>
public static class ContentSniffer
{
    /// <summary>How far into an unpacked stream the HDF5 signature is looked for.</summary>
    public const int StreamHead = 64 * 1024;

    /// <summary>How far into a plain file (by seeking) the HDF5 signature is looked for.</summary>
    private const long MaxUserBlock = 1L << 30;

    private static readonly byte[] Hdf5Signature = [0x89, (byte)'H', (byte)'D', (byte)'F', (byte)'\r', (byte)'\n', 0x1a, (byte)'\n'];

    public static FileContent Sniff(string path)
    {
        try
        {
            // FIFOs and devices report length 0: never opened, so a named pipe cannot block the walk.
            var info = new FileInfo(path);
            if (!info.Exists || info.Length < 4) return FileContent.NotRead;
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 4096);
            var head = new byte[512];
            var n = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (n >= 2 && head[0] == 0x1f && head[1] == 0x8b)
            {
                return Unpacked(() => new GZipStream(File.OpenRead(path), CompressionMode.Decompress), ArchiveKind.Gzip, ArchiveKind.TarGzip);
            }

            if (IsTar(head.AsSpan(0, n))) return Unpacked(() => File.OpenRead(path), ArchiveKind.Tar, ArchiveKind.Tar);

            if (Netcdf3(head.AsSpan(0, n)) is { } classic) return new FileContent(classic);
            return HasHdf5Signature(file) ? new FileContent(ContentKind.Hdf5) : new FileContent(ContentKind.Other);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            return FileContent.NotRead;
        }
    }

    /// <summary>The kind of a head of bytes (NetCDF3 at 0, HDF5 at 0, 512, 1024, … within the head).</summary>
    public static ContentKind KindOf(ReadOnlySpan<byte> head)
    {
        if (Netcdf3(head) is { } classic) return classic;
        for (var at = 0; at + Hdf5Signature.Length <= head.Length; at = at == 0 ? 512 : at * 2)
        {
            if (head.Slice(at, Hdf5Signature.Length).SequenceEqual(Hdf5Signature)) return ContentKind.Hdf5;
        }

        return ContentKind.Other;
    }

    /// <summary>
    /// A tar archive's first regular entry that is NetCDF by content, or null. The caller reads the entry from
    /// the returned Head (its first bytes, already consumed) and then the rest of <see cref="TarEntry.DataStream"/>.
    /// </summary>
    public static (TarEntry Entry, byte[] Head)? FirstNetcdfEntry(TarReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null) continue;
            var head = new byte[StreamHead];
            var n = entry.DataStream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (KindOf(head.AsSpan(0, n)) != ContentKind.Other) return (entry, head[..n]);
        }

        return null;
    }

    /// <summary>The unpacked head decides; a tar inside is read again from the start for its first NetCDF entry.</summary>
    private static FileContent Unpacked(Func<Stream> open, ArchiveKind plain, ArchiveKind tarred)
    {
        var head = new byte[StreamHead];
        int n;
        using (var stream = open()) n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (!IsTar(head.AsSpan(0, n))) return new FileContent(KindOf(head.AsSpan(0, n)), plain);
        using var again = open();
        using var reader = new TarReader(again);
        return FirstNetcdfEntry(reader) is { } found ? new FileContent(KindOf(found.Head), tarred) : new FileContent(ContentKind.Other, tarred);
    }

    private static ContentKind? Netcdf3(ReadOnlySpan<byte> head) =>
        head.Length < 4 || head[0] != 'C' || head[1] != 'D' || head[2] != 'F' ? null : head[3] switch
        {
            1 => ContentKind.NetCdf3Classic,
            2 => ContentKind.NetCdf3Offset64,
            5 => ContentKind.NetCdf5,
            _ => null,
        };

    /// <summary>POSIX/GNU tar: "ustar" at offset 257 of the first header block.</summary>
    private static bool IsTar(ReadOnlySpan<byte> head) => head.Length >= 262 && head.Slice(257, 5).SequenceEqual("ustar"u8);

    private static bool HasHdf5Signature(FileStream file)
    {
        Span<byte> probe = stackalloc byte[8];
        for (long at = 0; at + probe.Length <= Math.Min(file.Length, MaxUserBlock + probe.Length); at = at == 0 ? 512 : at * 2)
        {
            file.Position = at;
            if (file.ReadAtLeast(probe, probe.Length, throwOnEndOfStream: false) == probe.Length && probe.SequenceEqual(Hdf5Signature)) return true;
        }

        return false;
    }
}
