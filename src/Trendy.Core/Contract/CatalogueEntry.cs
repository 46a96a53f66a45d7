namespace Trendy.Core.Contract;

/// <summary>One row of the ilamb3 model database as read back from <c>OUT/ilamb3-models.csv</c> (docs/contract.md §2.1, Part 3 item 11).</summary>
public sealed record CatalogueEntry(string SourceId, string MemberId, string GridLabel, string ExperimentId, string VariableId, string Frequency, string Path);
