using Trendy.Core.Identify;

namespace Trendy.Pipeline.Companions;

/// <summary>A candidate source of land fraction (or cell area): the file, the variable in it, and what it holds.</summary>
public sealed record CompanionSource(string Path, string Variable, CompanionKind Kind);
