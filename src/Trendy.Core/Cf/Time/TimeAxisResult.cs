using Trendy.Core.Diagnostics;

namespace Trendy.Core.Cf.Time;

/// <summary>The decoded axis (null when an error stopped decoding) and every diagnostic raised on the way.</summary>
public sealed record TimeAxisResult(TimeAxis? Axis, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Axis is not null;
}
