namespace Trendy.Pipeline.Reporting;

/// <summary>Outcome counts for one variable or one model.</summary>
internal sealed record CountRow(string Key, int Converted, int UpToDate, int Skipped, int Failed);
