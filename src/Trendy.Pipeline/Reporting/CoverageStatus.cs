namespace Trendy.Pipeline.Reporting;

/// <summary>What became of one ILAMB variable of one model and simulation (one cell of the coverage matrix).</summary>
public enum CoverageStatus
{
    /// <summary>An output ILAMB reads exists (converted now or found up to date).</summary>
    Converted,

    /// <summary>Converted, the gridcell value made from a per-PFT field.</summary>
    FromPft,

    /// <summary>Converted, with warnings the user should read.</summary>
    Flagged,

    /// <summary>The model's file was tried and failed (the cell carries the reason code).</summary>
    Failed,

    /// <summary>The model's file was deliberately not converted (the cell carries the reason code).</summary>
    Refused,

    /// <summary>No file of the model carries the variable.</summary>
    NotProvided,
}
