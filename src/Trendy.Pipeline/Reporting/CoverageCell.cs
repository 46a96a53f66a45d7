namespace Trendy.Pipeline.Reporting;

/// <summary>One cell: <paramref name="Code"/> is the reason code of a failed or refused file, empty otherwise; <paramref name="Entry"/> the report entry behind it (null when not provided).</summary>
public sealed record CoverageCell(string Model, string Variable, CoverageStatus Status, string Code, ReportEntry? Entry)
{
    /// <summary>True when ILAMB will find an output for this cell.</summary>
    public bool HasOutput => Status is CoverageStatus.Converted or CoverageStatus.FromPft or CoverageStatus.Flagged;

    /// <summary>The short text of the cell, as the text summary and the HTML page print it.</summary>
    public string Label => Status switch
    {
        CoverageStatus.Converted => "ok",
        CoverageStatus.FromPft => "ok (per-PFT)",
        CoverageStatus.Flagged => "flagged",
        CoverageStatus.Failed => $"failed {Code}",
        CoverageStatus.Refused => $"refused {Code}",
        _ => "-",
    };
}
