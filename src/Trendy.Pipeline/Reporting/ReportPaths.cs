namespace Trendy.Pipeline.Reporting;

/// <summary>Where a report was written: the JSON record and the Markdown summary next to it.</summary>
public sealed record ReportPaths(string Json, string Markdown);
