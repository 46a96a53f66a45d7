namespace Trendy.Core.Targets;

/// <summary>
/// The extra (non time/lat/lon) axis a TRENDY variable carries, from the <c>extra_axis</c> column of
/// variables.csv (the CABLE v12 request table's "extra dimension").
/// </summary>
public enum ExtraDimension
{
    None,

    /// <summary>Plant functional types (vegtype). ILAMB 2.x reads such an axis as depth and fails, so these stay archive products.</summary>
    Pft,

    /// <summary>Soil layers with a depth in metres (tsl, msl): written with a <c>depth</c> coordinate and bounds.</summary>
    Soil,

    /// <summary>Soil carbon pools (cSoilpools, rhpool): a category axis, not a depth.</summary>
    SoilPool,
}
