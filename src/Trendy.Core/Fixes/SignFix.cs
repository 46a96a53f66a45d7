namespace Trendy.Core.Fixes;

/// <summary>
/// A variable written with the opposite sign to the CMIP6 <c>positive</c> direction. Symptom-gated on the file's
/// <c>positive</c> attribute: fires only when it equals <see cref="WhenPositive"/> (null = attribute absent).
/// </summary>
public sealed record SignFix
{
    public required string Variable { get; init; }

    public string? WhenPositive { get; init; }

    public required string Seen { get; init; }

    public bool Applies(string variable, string? foundPositive) =>
        string.Equals(Variable, variable, StringComparison.OrdinalIgnoreCase)
        && string.Equals(WhenPositive, foundPositive, StringComparison.Ordinal);
}
