namespace Trendy.Core.Fixes;

/// <summary>
/// A known wrong units string. Symptom-gated: fires only when the file's string equals <see cref="Found"/>
/// exactly, so a corrected upload is left alone.
/// </summary>
public sealed record UnitFix
{
    public required string Variable { get; init; }

    public required string Found { get; init; }

    /// <summary>What the values really are, as a UDUNITS string.</summary>
    public required string Replacement { get; init; }

    public required string Seen { get; init; }

    public bool Applies(string variable, string? foundUnits) =>
        string.Equals(Variable, variable, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Found, foundUnits, StringComparison.Ordinal);
}
