namespace Trendy.Pipeline.Synthesis;

/// <summary>An extra axis between time and the grid.</summary>
public enum LayerKind
{
    None,

    /// <summary>CABLE-POP mrso(time, soil, lat, lon): soil layers without a coordinate variable.</summary>
    SoilLayers,

    /// <summary>tsl(time, depth, lat, lon) with a depth coordinate in metres.</summary>
    DepthMetres,

    /// <summary>Per-PFT variables (landCoverFrac, gpppft) on a <c>pft</c> axis.</summary>
    Pft,
}
