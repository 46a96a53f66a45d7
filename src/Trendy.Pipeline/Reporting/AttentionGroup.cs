namespace Trendy.Pipeline.Reporting;

/// <summary>
/// One diagnostic code that asks the user to act (check a file, add a `--fixes` entry, re-upload), with every file it
/// was raised for and what to do, as the "Needs attention" section shows it. Codes are explained in docs/codes.md.
/// </summary>
public sealed record AttentionGroup(string Code, string Severity, IReadOnlyList<string> Files, string Remedy, string Example);
