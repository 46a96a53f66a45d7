namespace Trendy.Core.Inventory;

/// <summary>How a variable's values lie in its file, as libnetcdf reports it (nc_inq_var_chunking).</summary>
public enum StorageLayout
{
    /// <summary>A NetCDF3 (classic, 64-bit offset, CDF-5) variable: contiguous or interleaved records, never filtered.</summary>
    Classic,
    Contiguous,
    Chunked,
    Compact,
}

/// <summary>Stored byte order; the numeric values are libnetcdf's NC_ENDIAN_* constants (netcdf.h).</summary>
public enum StoredByteOrder
{
    Native = 0,
    Little = 1,
    Big = 2,
}

/// <summary>
/// A variable's storage, recorded once when the header is read so planning can choose the read path without opening
/// the file again (docs/native-io.md §3): layout, chunk shape, the HDF5 filter pipeline in order (deflate and shuffle
/// included), the deflate level and the byte order.
/// </summary>
public sealed record VariableStorage(
    StorageLayout Layout,
    IReadOnlyList<long>? ChunkShape,
    IReadOnlyList<uint> Filters,
    int DeflateLevel,
    bool Shuffle,
    StoredByteOrder ByteOrder)
{
    /// <summary>HDF5 filter id of deflate (H5Z_FILTER_DEFLATE).</summary>
    public const uint DeflateFilter = 1;

    /// <summary>HDF5 filter id of shuffle (H5Z_FILTER_SHUFFLE).</summary>
    public const uint ShuffleFilter = 2;

    /// <summary>Every NetCDF3 variable: big-endian by the classic format specification, unfiltered.</summary>
    public static VariableStorage Classic { get; } = new(StorageLayout.Classic, null, [], 0, false, StoredByteOrder.Big);

    /// <summary>Whether values are stored in this machine's byte order (native, or the matching explicit order).</summary>
    public bool IsNativeByteOrder =>
        ByteOrder == StoredByteOrder.Native || ByteOrder == (BitConverter.IsLittleEndian ? StoredByteOrder.Little : StoredByteOrder.Big);

    /// <summary>Filters as text for plan output and reasons, e.g. "shuffle, deflate" or "fletcher32 (3)".</summary>
    public string FilterText => Filters.Count == 0 ? "none" : string.Join(", ", Filters.Select(FilterName));

    private static string FilterName(uint id) => id switch
    {
        DeflateFilter => "deflate",
        ShuffleFilter => "shuffle",
        3 => "fletcher32 (3)",
        4 => "szip (4)",
        _ => $"filter {id}",
    };
}
