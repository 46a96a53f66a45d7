namespace Trendy.Core.Planning.SoilDepths;

/// <summary>
/// The output <c>depth</c> axis of a layered soil variable: layer centres and (upper, lower) bounds in metres,
/// where the numbers came from (<paramref name="Source"/>), the rule that fired, and the assumption made when the
/// file does not pin the layers down (node depths without interfaces), which the report states.
/// </summary>
public sealed record SoilDepth(double[] Depth, double[] Bounds, string Source, string Rule, string? Assumption);
