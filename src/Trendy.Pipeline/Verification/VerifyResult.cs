using Trendy.Core.Diagnostics;

namespace Trendy.Pipeline.Verification;

/// <summary>What <c>verify</c> found: every file it checked, every finding, and where the global series were stored.</summary>
/// <param name="Files">Every output checked, in a stable order.</param>
/// <param name="Findings">Every finding; errors and warnings fail verify, notes do not.</param>
/// <param name="Series">The global annual series of every data output, as checked for plausibility.</param>
public sealed record VerifyResult(IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Findings, IReadOnlyList<AnnualSeries> Series)
{
    public bool Passed => !Findings.Any(f => f.Severity is Severity.Error or Severity.Warning);

    /// <summary>The findings of one file (or of its folder, for folder-wide findings).</summary>
    public IEnumerable<Diagnostic> For(string file) => Findings.Where(f => f.Where.File == file);
}
