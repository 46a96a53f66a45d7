using Trendy.Core.Batch;
using Trendy.Core.Diagnostics;

namespace Trendy.Core.Codes;

/// <summary>
/// One entry of the <see cref="CodeRegistry"/>: what a stable code means and what the user can do about it.
/// <see cref="Severity"/> is the most severe level the code is raised with; <see cref="Status"/> is set for outcome
/// codes only (the status the file ends with). docs/codes.md is generated from these entries.
/// </summary>
public sealed record CodeInfo(string Code, CodeKind Kind, Severity Severity, string Meaning, string Remedy)
{
    /// <summary>The status a file ends with under this outcome code; null for diagnostics.</summary>
    public WorkStatus? Status { get; init; }

    /// <summary>
    /// A note that is a guess the user should confirm (an inferred calendar, units assumed): the summary's
    /// "needs attention" lists it like a warning (docs/codes.md, Needs attention).
    /// </summary>
    public bool AsksToConfirm { get; init; }

    public static CodeInfo Outcome(string code, WorkStatus status, string meaning, string remedy) =>
        new(code, CodeKind.Outcome, status == WorkStatus.Failed ? Severity.Error : Severity.Note, meaning, remedy) { Status = status };

    public static CodeInfo Error(string code, string meaning, string remedy) => new(code, CodeKind.Diagnostic, Severity.Error, meaning, remedy);

    public static CodeInfo Warning(string code, string meaning, string remedy) => new(code, CodeKind.Diagnostic, Severity.Warning, meaning, remedy);

    public static CodeInfo Note(string code, string meaning, string remedy) => new(code, CodeKind.Diagnostic, Severity.Note, meaning, remedy);
}
