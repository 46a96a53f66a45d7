namespace Trendy.Pipeline.Reporting;

/// <summary>What the catalogue holds, where it was written (null when only scanned), and the files left out.</summary>
public sealed record IlambCatalogResult(string? CsvPath, IReadOnlyList<IlambCatalogRow> Rows, IReadOnlyList<CatalogSkip> Skipped);
