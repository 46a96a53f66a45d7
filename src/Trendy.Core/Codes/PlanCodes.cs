using Trendy.Core.Codes;

namespace Trendy.Core.Planning;

/// <summary>Stable diagnostic codes of the planner itself (finding the data variable, known issues); meanings: <see cref="Entries"/>.</summary>
public static class PlanCodes
{
    public const string NoDataVariable = "VAR001";
    public const string KnownIssue = "FIX001";

    internal static IEnumerable<CodeInfo> Entries =>
    [
        CodeInfo.Error(NoDataVariable, "no data variable matches the file's variable (any case)", "add a variable alias for the model in a --fixes file"),
        CodeInfo.Warning(KnownIssue, "a documented known issue of this model and variable (e.g. ED pr ~12× low in v14); the file is converted as it is",
            "use the output with care, or leave it out of the ILAMB run"),
    ];
}
