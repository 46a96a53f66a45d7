namespace Trendy.Core.Companions;

/// <summary>Stable diagnostic codes raised while writing the grid companions areacella and sftlf.</summary>
public static class CompanionCodes
{
    /// <summary>The model has no land-fraction source: areacella only, ILAMB weights by cell area.</summary>
    public const string NoLandFraction = "COMP001";

    /// <summary>A land-fraction source is on another grid than the data outputs; no sftlf from it.</summary>
    public const string GridMismatch = "COMP002";

    /// <summary>No converted output with lat, lat_bnds, lon, lon_bnds in the model folder; nothing written.</summary>
    public const string NoDataGrid = "COMP003";

    /// <summary>A source file or variable cannot be read as a (lat, lon) field.</summary>
    public const string SourceUnusable = "COMP004";

    /// <summary>The model folder's outputs are on different grids; the companions fit only the most common one.</summary>
    public const string MixedGrids = "COMP005";

    /// <summary>Land-fraction sources were given but none was usable; areacella only.</summary>
    public const string NoUsableLandFraction = "COMP006";
}
