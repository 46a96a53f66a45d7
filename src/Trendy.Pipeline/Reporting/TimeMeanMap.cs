namespace Trendy.Pipeline.Reporting;

/// <summary>
/// A coarse time-mean map: <paramref name="Values"/> holds <c>Lat.Count × Lon.Count</c> cell means, row by row
/// from the first latitude, NaN where the output has no data (ocean, masked). Coarsened by block means so a
/// 0.5° map stores in a few thousand numbers.
/// </summary>
public sealed record TimeMeanMap(IReadOnlyList<double> Lat, IReadOnlyList<double> Lon, IReadOnlyList<double> Values, string Units);
