using Trendy.Core.Diagnostics;

namespace Trendy.Core.Cf.Time;

/// <summary>
/// Everything the decoder needs, as values (docs/architecture.md: planning is a pure function of its arguments).
/// </summary>
/// <param name="Values">Raw time values as read (after unpacking), one per step.</param>
/// <param name="Units">The time variable's units attribute, or null when absent.</param>
/// <param name="Calendar">The time variable's calendar attribute, or null when absent.</param>
public sealed record TimeAxisRequest(IReadOnlyList<double> Values, string? Units, string? Calendar)
{
    /// <summary>Source bounds in the same units, flattened row-major (start0, end0, start1, end1, …), or null.</summary>
    public IReadOnlyList<double>? Bounds { get; init; }

    /// <summary>Per-model hints, or null.</summary>
    public TimeAxisFix? Fix { get; init; }

    /// <summary>The release's last simulated year (e.g. 2023 for v13), used to check guesses; null when unknown.</summary>
    public int? ExpectedEndYear { get; init; }

    /// <summary>File and variable for diagnostics.</summary>
    public Where Where { get; init; } = Where.Nowhere;
}
