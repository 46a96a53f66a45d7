namespace Trendy.Core.Targets;

/// <summary>
/// One ILAMB benchmark (a confrontation of ILAMB 2.x's default ilamb.cfg or of ilamb3) and the TRENDY variables a
/// model must provide for it; derived benchmarks (Net Ecosystem Exchange = ra + rh − gpp) need all of them.
/// </summary>
public sealed record IlambBenchmark(string Name, IReadOnlyList<string> Needs, string Source);
