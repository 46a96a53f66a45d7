namespace Trendy.Core.Identify;

/// <summary>What a file's leading bytes say it is (NetCDF format signatures; HDF5 File Format Specification §2.1 for
/// the superblock at 0, 512, 1024, 2048, … bytes).</summary>
public enum ContentKind
{
    /// <summary>Not looked at (identification from the name alone), or unreadable.</summary>
    NotRead,

    /// <summary><c>CDF\x01</c>: NetCDF classic.</summary>
    NetCdf3Classic,

    /// <summary><c>CDF\x02</c>: NetCDF 64-bit offset.</summary>
    NetCdf3Offset64,

    /// <summary><c>CDF\x05</c>: NetCDF CDF5 (64-bit data).</summary>
    NetCdf5,

    /// <summary>HDF5 signature <c>\x89HDF\r\n\x1a\n</c>: NetCDF4 (or another HDF5 file, which inspection then names).</summary>
    Hdf5,

    /// <summary>Read, and none of the above.</summary>
    Other,
}

/// <summary>
/// A file's sniffed content, the input that lets identification recognise NetCDF whatever the file is called
/// (`.nc4`, `.cdf`, `.h5`, no extension, or packed in gzip/tar). Identification stays pure: the bytes are read in the
/// pipeline's discovery, and this record is all it sees.
/// </summary>
/// <param name="Kind">What the (unpacked) leading bytes are.</param>
/// <param name="Wrapper">The archive around them, when the file is a gzip or tar wrapper.</param>
public sealed record FileContent(ContentKind Kind, ArchiveKind Wrapper = ArchiveKind.None)
{
    public static readonly FileContent NotRead = new(ContentKind.NotRead);

    public bool IsNetCdf => Kind is ContentKind.NetCdf3Classic or ContentKind.NetCdf3Offset64 or ContentKind.NetCdf5 or ContentKind.Hdf5;

    /// <summary>How a rule or message names the content.</summary>
    public string Label => (Kind switch
    {
        ContentKind.NetCdf3Classic => "NetCDF classic",
        ContentKind.NetCdf3Offset64 => "NetCDF 64-bit offset",
        ContentKind.NetCdf5 => "NetCDF CDF5",
        ContentKind.Hdf5 => "NetCDF4/HDF5",
        _ => "not NetCDF",
    }) + (Wrapper switch
    {
        ArchiveKind.Gzip => " in gzip",
        ArchiveKind.TarGzip => " in tar.gz",
        ArchiveKind.Tar => " in tar",
        _ => "",
    });
}
