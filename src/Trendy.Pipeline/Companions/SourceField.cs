namespace Trendy.Pipeline.Companions;

/// <summary>A source field placed on the data grid: row-major (lat, lon) values, NaN where missing, with its units and placement rules.</summary>
public sealed record SourceField(double[] Values, string? Units, IReadOnlyList<string> Rules);
