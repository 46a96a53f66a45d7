namespace Trendy.Core.Inventory;

/// <summary>
/// Everything Inspect reads from one file without touching data slabs: dimensions, variables, attributes,
/// and the values of small 1-D/2-D coordinate-like variables (time, lat, lon, bounds, depth).
/// Immutable, so planning can be a pure function of it (docs/architecture.md, "Inspect").
/// </summary>
public sealed record DatasetHeader(
    string Path,
    NcFormat Format,
    long FileSize,
    IReadOnlyList<DimensionInfo> Dimensions,
    IReadOnlyList<VariableInfo> Variables,
    IReadOnlyList<AttributeValue> GlobalAttributes,
    IReadOnlyDictionary<string, double[]> CoordinateValues)
{
    public VariableInfo? Variable(string name) =>
        Variables.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.Ordinal));

    public VariableInfo? VariableIgnoreCase(string name) =>
        Variable(name) ?? Variables.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));

    public DimensionInfo? Dimension(string name) =>
        Dimensions.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal));

    /// <summary>Values of a small variable read at inspection time, or null when it was not read.</summary>
    public double[]? Values(string variableName) =>
        CoordinateValues.TryGetValue(variableName, out var v) ? v : null;

    /// <summary>
    /// Text values of small label variables read at inspection time: a char (n, strlen) or string (n) variable
    /// holds one label per index (CF 1.8 §2.2 strings, §6.1 labels), such as the names of a model's PFTs.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> TextValues { get; init; } = new Dictionary<string, string[]>(StringComparer.Ordinal);

    /// <summary>Labels of a small text variable read at inspection time, or null when it was not read.</summary>
    public string[]? Texts(string variableName) =>
        TextValues.TryGetValue(variableName, out var v) ? v : null;

    public AttributeValue? GlobalAttribute(string name) =>
        GlobalAttributes.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.Ordinal));
}
