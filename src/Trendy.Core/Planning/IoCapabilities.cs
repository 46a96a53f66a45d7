namespace Trendy.Core.Planning;

/// <summary>
/// What this process's native libraries can do, found once at the edge and passed into planning (which touches no
/// library): HDF5 ≥ 1.10.3 with H5Dread_chunk/H5Dwrite_chunk, and ISA-L (docs/native-io.md §3, §5).
/// </summary>
public sealed record IoCapabilities(bool DirectChunk, bool Isal)
{
    /// <summary>Nothing beyond libnetcdf: every file takes the nc_get_vara/nc_put_vara paths.</summary>
    public static IoCapabilities None { get; } = new(false, false);
}
