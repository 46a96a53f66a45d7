namespace Trendy.Core.Identify;

/// <summary>The parts of a file-name stem before the variable token is looked up.</summary>
internal sealed record ParsedName(
    string? Prefix,
    string? Simulation,
    string Token,
    int? PftIndex,
    string? FrequencyHint,
    string? Qualifier,
    IReadOnlyList<NameRule> Rules)
{
    /// <summary>The period of one part of a split series (<c>_1901-1960</c>), when the name ends with one.</summary>
    public SeriesPeriod? Period { get; init; }
}
