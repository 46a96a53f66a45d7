namespace Trendy.Core.Planning;

/// <summary>One dimension of the source data variable, its position there, and what it was recognised as (and why).</summary>
public sealed record SourceAxis(string Dimension, int Position, long Length, AxisRole Role, string Reason);
