namespace Trendy.Cli;

/// <summary>One file as `scan` sees it: what will happen to it (verdict, reason code, reason) and, for convertible files, the time axis and grid.</summary>
public sealed record ScanEntry(
    string File,
    string Model,
    string Simulation,
    string Variable,
    string Verdict,
    string Code,
    string? Reason,
    string? TimeRule,
    string? Calendar,
    string? Frequency,
    string? Period,
    string? Grid,
    long Bytes)
{
    public const string Convert = "convert";
    public const string Skip = "skip";
    public const string Fail = "fail";
}
