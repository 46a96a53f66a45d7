namespace Trendy.Pipeline.Synthesis;

/// <summary>An oddity of one model, optionally tied to a variable and simulation (e.g. which file is gzipped).</summary>
public sealed record Oddity(OddityKind Kind, string? Variable = null, string? Simulation = null);
