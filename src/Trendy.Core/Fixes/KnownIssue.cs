namespace Trendy.Core.Fixes;

/// <summary>
/// A reported problem with no safe automatic fix (values off by a factor, corrupt files): the planner turns it
/// into a warning so the user sees it in the report.
/// </summary>
public sealed record KnownIssue
{
    /// <summary>TRENDY variable concerned; null for the whole model.</summary>
    public string? Variable { get; init; }

    /// <summary>Simulation concerned; null for all.</summary>
    public string? Simulation { get; init; }

    public required string Note { get; init; }

    public required string Seen { get; init; }
}
