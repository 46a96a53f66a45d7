namespace Trendy.Core.Planning;

/// <summary>What a source dimension of the data variable means.</summary>
public enum AxisRole
{
    Time,
    Latitude,
    Longitude,

    /// <summary>Soil layers (kept as a `depth` axis in metres, or summed for column totals like mrso).</summary>
    SoilLayer,

    /// <summary>Plant functional types / vegetation tiles.</summary>
    Pft,

    /// <summary>Model-defined pools (cSoilpools, rhpool): not a depth axis.</summary>
    Pool,

    /// <summary>A length-1 dimension with no meaning for ILAMB (e.g. a scalar height); dropped.</summary>
    Squeezed,
}
