using Trendy.Core.Codes;
using Trendy.Core.Diagnostics;

namespace Trendy.Pipeline.Reporting;

/// <summary>
/// Picks, from every entry's diagnostics, those that ask the user to act: every warning (a file filed under the
/// wrong simulation, a known model issue, ignored bounds, …) and the notes that say a value was guessed (an inferred
/// calendar, units assumed dimensionless). Failures have their own section and are not repeated here.
/// </summary>
internal static class Attention
{
    public static IReadOnlyList<AttentionGroup> Groups(IEnumerable<ReportEntry> entries) =>
        [.. entries.Where(e => e.Status != Core.Batch.WorkStatus.Failed)
            .SelectMany(e => e.Diagnostics.Select(d => (Entry: e, Parsed: Parse(d))))
            .Where(x => x.Parsed is { } p && (p.Severity == Severity.Warning || (p.Severity == Severity.Note && CodeRegistry.Find(p.Code) is { AsksToConfirm: true })))
            .GroupBy(x => x.Parsed!.Value.Code, StringComparer.Ordinal)
            .Select(g => new AttentionGroup(
                g.Key,
                g.First().Parsed!.Value.Severity.ToString().ToLowerInvariant(),
                [.. g.Select(x => x.Entry.InputPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                g.Select(x => Remedy(x.Parsed!.Value.Message)).FirstOrDefault(r => r.Length > 0) ?? "",
                g.OrderBy(x => x.Entry.Id, StringComparer.Ordinal).First().Parsed!.Value.Message))
            .OrderBy(g => g.Severity == "warning" ? 0 : 1).ThenBy(g => g.Code, StringComparer.Ordinal)];

    /// <summary>A report diagnostic line "severity CODE message" (<see cref="Diagnostic.ToString"/>), or null for another shape.</summary>
    private static (Severity Severity, string Code, string Message)? Parse(string line)
    {
        var parts = line.Split(' ', 3);
        if (parts.Length < 3 || !Enum.TryParse<Severity>(parts[0], ignoreCase: true, out var severity)) return null;
        return (severity, parts[1], parts[2]);
    }

    /// <summary>The remedy is what follows the last "; " of a diagnostic message (<see cref="Diagnostic.Message"/>).</summary>
    private static string Remedy(string message)
    {
        var at = message.LastIndexOf("; ", StringComparison.Ordinal);
        return at < 0 ? "" : message[(at + 2)..];
    }
}
