namespace Trendy.Core.Planning.SoilDepths;

/// <summary>One list of layer numbers the file offers, already in metres, with where it was found.</summary>
public sealed record DepthCandidate(DepthEncoding Encoding, IReadOnlyList<double> Metres, string Source, bool UnitsAssumed);
