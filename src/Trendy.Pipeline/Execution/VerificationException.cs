using Trendy.Core;

namespace Trendy.Pipeline.Execution;

/// <summary>The reopened output did not hold what the plan promised; the output is discarded.</summary>
public sealed class VerificationException(string path, IReadOnlyList<string> problems)
    : TrendyException($"{path}: output failed verification: {string.Join("; ", problems)}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
