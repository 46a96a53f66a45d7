using Trendy.Core.Batch;
using Trendy.Core.Cf.Time;
using Trendy.Core.Cf.Units;
using Trendy.Core.Companions;
using Trendy.Core.Identify;
using Trendy.Core.Planning;

namespace Trendy.Core.Codes;

/// <summary>
/// The one catalogue of stable codes: every outcome reason code and every diagnostic code, with severity, meaning and
/// remedy. The constants live in this folder only (one class per module that raises them, so call sites read
/// <c>TimeCodes.NotMonotonic</c>); a test fails on a code-shaped string literal anywhere else in src/, and another
/// keeps docs/codes.md equal to <see cref="CodeCatalogMarkdown"/>.
/// </summary>
public static class CodeRegistry
{
    /// <summary>Every code, outcomes first, in the order docs/codes.md lists them.</summary>
    public static IReadOnlyList<CodeInfo> All { get; } =
    [
        .. ReasonCodes.Entries,
        .. TimeCodes.Entries,
        .. UnitDiagnosticCodes.Entries,
        .. GridCodes.Entries,
        .. PlanCodes.Entries,
        .. IdentifyCodes.Entries,
        .. CompanionCodes.Entries,
        .. Contract.ContractCodes.Entries,
    ];

    private static readonly Lazy<IReadOnlyDictionary<string, CodeInfo>> ByCode = new(() => All.ToDictionary(c => c.Code, StringComparer.Ordinal));

    /// <summary>The entry of a code, or null for a code nobody registered.</summary>
    public static CodeInfo? Find(string code) => ByCode.Value.GetValueOrDefault(code);
}
