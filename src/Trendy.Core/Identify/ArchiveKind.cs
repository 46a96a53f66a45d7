namespace Trendy.Core.Identify;

/// <summary>
/// How a NetCDF file is packed (docs/quirks.md §4 "Compression": .nc.gz for SDGVM/VISIT/CABLE-POP/LPJwsl,
/// .nc.tar.gz for iMAPLE and YIBs, one .nc.tar in v11). The archive suffix is never part of the variable.
/// </summary>
public enum ArchiveKind
{
    /// <summary>A plain <c>.nc</c> file.</summary>
    None,

    /// <summary><c>.nc.gz</c>.</summary>
    Gzip,

    /// <summary><c>.nc.tar.gz</c>.</summary>
    TarGzip,

    /// <summary><c>.nc.tar</c>.</summary>
    Tar,
}
