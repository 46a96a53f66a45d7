namespace Trendy.Pipeline.Synthesis;

/// <summary>
/// One TRENDY variable as one model writes it: units (string and arithmetic), the name inside the file
/// when it differs (ISAM <c>LAI</c>), packing, an extra axis, dimension order, and a frequency override
/// (monthly stocks, as ELM/VISIT/CARDAMOM deliver; docs/quirks.md §5).
/// </summary>
public sealed record VariableRecipe(string Variable, UnitEncoding Units)
{
    public string? NameInFile { get; init; }

    public PackRange? Packing { get; init; }

    public LayerKind Layers { get; init; }

    public bool LonLatTime { get; init; }

    public bool? Monthly { get; init; }

    /// <summary>Simulations that carry this variable (null: all of the model's); uploads differ per simulation (docs/quirks.md §3 counts).</summary>
    public IReadOnlyList<string>? OnlyIn { get; init; }

    public bool IsIn(string simulation) => OnlyIn is null || OnlyIn.Contains(simulation);

    public string FileVariable => NameInFile ?? Variable;
}
