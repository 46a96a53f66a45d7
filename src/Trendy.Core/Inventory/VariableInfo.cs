namespace Trendy.Core.Inventory;

/// <summary>A variable's header: type, dimensions (outermost first), attributes, and storage layout.</summary>
public sealed record VariableInfo(
    string Name,
    NcType Type,
    IReadOnlyList<string> Dimensions,
    IReadOnlyList<long> Shape,
    IReadOnlyList<AttributeValue> Attributes,
    VariableStorage? Storage = null)
{
    /// <summary>Chunk sizes when the variable is chunked, else null.</summary>
    public IReadOnlyList<long>? ChunkShape => Storage?.ChunkShape;

    /// <summary>Deflate level (0: not deflated).</summary>
    public int DeflateLevel => Storage?.DeflateLevel ?? 0;

    /// <summary>Whether HDF5's shuffle filter is on.</summary>
    public bool Shuffle => Storage?.Shuffle ?? false;

    public AttributeValue? Attribute(string name) =>
        Attributes.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.Ordinal));

    /// <summary>Case-insensitive lookup, for sloppy spellings like "Units".</summary>
    public AttributeValue? AttributeIgnoreCase(string name) =>
        Attribute(name) ?? Attributes.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    public string? Text(string name) => Attribute(name)?.Text;

    public long ElementCount => Shape.Aggregate(1L, (acc, n) => acc * n);

    public int Rank => Dimensions.Count;
}
