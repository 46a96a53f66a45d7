namespace Trendy.Pipeline.Reporting;

/// <summary>A `.nc` file in a model folder that could not be listed for ilamb3, and why.</summary>
public sealed record CatalogSkip(string Path, string Reason);
