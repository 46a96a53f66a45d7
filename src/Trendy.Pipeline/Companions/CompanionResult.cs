using Trendy.Core.Diagnostics;

namespace Trendy.Pipeline.Companions;

/// <summary>
/// What <see cref="CompanionWriter"/> did: the files written (areacella, and sftlf when a source was usable),
/// the sftlf rule and its source (null without sftlf), the coordinate rules used to place the source on the
/// data grid, and diagnostics (COMP001…COMP006, plus the grid planner's for a damaged source).
/// </summary>
public sealed record CompanionResult(
    IReadOnlyList<string> FilesWritten,
    string? SftlfRule,
    CompanionSource? SftlfSource,
    IReadOnlyList<string> GridRules,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool WroteSftlf => SftlfRule is not null;
}
