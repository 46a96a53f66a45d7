namespace Trendy.Core.Batch;

/// <summary>What became of one work item. Why it happened lives in <see cref="WorkOutcome.ReasonCode"/>.</summary>
public enum WorkStatus
{
    /// <summary>A new output was written and verified.</summary>
    Converted,

    /// <summary>Deliberately not converted (e.g. not a variable ILAMB scores).</summary>
    Skipped,

    /// <summary>A complete output already existed and is newer than its input.</summary>
    UpToDate,

    /// <summary>No usable output; the reason code and message say why.</summary>
    Failed,
}
