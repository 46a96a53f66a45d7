namespace Trendy.Pipeline.Reporting;

/// <summary>The reports found in `OUT/reports`, and the report files that could not be read (with why).</summary>
public sealed record StoredReports(IReadOnlyList<RunReport> Reports, IReadOnlyList<string> Unreadable);
