namespace Trendy.Core.Planning.SoilDepths;

/// <summary>How a list of soil-layer numbers describes the layers (docs/quirks.md, "Soil layer depths").</summary>
public enum DepthEncoding
{
    /// <summary>One depth per layer (a node or layer centre); interfaces are not given and have to be assumed.</summary>
    Nodes,

    /// <summary>n + 1 layer interfaces, surface first.</summary>
    Interfaces,

    /// <summary>One thickness per layer (<c>dz</c>); the interfaces are their running sum from the surface.</summary>
    Thicknesses,

    /// <summary>(lower, upper) pairs per layer, as a CF bounds variable.</summary>
    Bounds,
}
