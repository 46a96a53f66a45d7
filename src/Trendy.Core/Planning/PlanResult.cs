using Trendy.Core.Diagnostics;

namespace Trendy.Core.Planning;

/// <summary>
/// The outcome of planning one file: a plan, or a deliberate skip (with its reason), or errors.
/// Never a boolean: the diagnostics say why (docs/architecture.md, "results and diagnostics").
/// </summary>
public sealed record PlanResult(ConversionPlan? Plan, string? SkipReason, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsSkip => SkipReason is not null;

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    public static PlanResult Skip(string reason, IReadOnlyList<Diagnostic> diagnostics) => new(null, reason, diagnostics);
}
