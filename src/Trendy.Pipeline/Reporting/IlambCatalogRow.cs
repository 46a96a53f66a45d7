namespace Trendy.Pipeline.Reporting;

/// <summary>
/// One row of the ilamb3 model database (docs/contract.md §2.1, Part 3 item 11): one variable of one file.
/// <see cref="Path"/> is absolute, as ilamb3 resolves relative paths only for reference data.
/// </summary>
public sealed record IlambCatalogRow(
    string SourceId,
    string MemberId,
    string GridLabel,
    string ExperimentId,
    string VariableId,
    string Frequency,
    string Path);
