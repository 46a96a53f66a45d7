using Trendy.Core.Diagnostics;

namespace Trendy.Core.Cf.Units;

/// <summary>The outcome of planning a units step: a step, or error diagnostics saying why not (notes may come with a step).</summary>
public sealed record UnitPlanResult(UnitStep? Step, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Step is not null;
}
