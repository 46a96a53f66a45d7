namespace Trendy.Core.Fixes;

/// <summary>
/// Soil layer depths (m) for a model whose files give only a layer index, needed for the <c>depth</c> coordinate
/// and bounds of tsl/mrsol (docs/contract.md Part 3 item 9).
/// </summary>
public sealed record SoilLayers
{
    /// <summary>TRENDY variable (<c>msl</c>, <c>tsl</c>); null for all soil-layer variables of the model.</summary>
    public string? Variable { get; init; }

    /// <summary>Upper and lower bound of each layer in metres, top layer first.</summary>
    public required IReadOnlyList<IReadOnlyList<double>> BoundsMetres { get; init; }

    public required string Seen { get; init; }
}
