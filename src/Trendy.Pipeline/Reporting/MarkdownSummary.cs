using System.Text;
using Trendy.Core.Batch;
using static Trendy.Pipeline.Reporting.ReportFormat;

namespace Trendy.Pipeline.Reporting;

/// <summary>The Markdown rendering: the terminal summary as tables, the options, and every failure in full.</summary>
internal static class MarkdownSummary
{
    public static string Render(RunReport r, DateTimeOffset now)
    {
        var sb = new StringBuilder();
        sb.Append($"# trendy2ilamb {Cell(r.ToolVersion)}: {Cell(SummaryFacts.Title(r))}\n\n");
        Table(sb, ["", ""],
        [
            ["started", Stamp(r.Started)], ["finished", Stamp(r.Finished)], ["elapsed", Duration(r.Elapsed)],
            ["input", Cell(r.InputRoot)], ["output", Cell(r.OutputRoot)], ["summary made", Stamp(now)],
        ]);
        Totals(sb, r.Totals);
        Attention(sb, Reporting.Attention.Groups(r.Entries));
        Reasons(sb, "Failed by reason", SummaryFacts.ByReason(r.Entries, WorkStatus.Failed));
        Reasons(sb, "Skipped by reason", SummaryFacts.ByReason(r.Entries, WorkStatus.Skipped));
        Counts(sb, "variable", SummaryFacts.CountsBy(r.Entries, e => e.Variable));
        Counts(sb, "model", SummaryFacts.CountsBy(r.Entries, e => e.Model));
        Failures(sb, SummaryFacts.Failures(r.Entries));
        Options(sb, r.Options);
        return sb.ToString();
    }

    private static void Totals(StringBuilder sb, ReportTotals t)
    {
        sb.Append("## Totals\n\n");
        Table(sb, ["items", "converted", "up-to-date", "skipped", "failed", "bytes in", "bytes out", "item time"],
            [[Int(t.Items), Int(t.Converted), Int(t.UpToDate), Int(t.Skipped), Int(t.Failed), Bytes(t.BytesIn), Bytes(t.BytesOut), Seconds(t.Seconds)]]);
    }

    private static void Attention(StringBuilder sb, IReadOnlyList<AttentionGroup> groups)
    {
        if (groups.Count == 0) return;
        sb.Append("## Needs attention\n\nWarnings and guesses to check; each code is explained in docs/codes.md of the trendy2ilamb repository.\n\n");
        Table(sb, ["code", "severity", "files", "what to do", "example"],
            [.. groups.Select(g => (IReadOnlyList<string>)[Cell(g.Code), g.Severity, Cell(string.Join(", ", g.Files)), Cell(g.Remedy), Cell(g.Example)])]);
    }

    private static void Reasons(StringBuilder sb, string title, IReadOnlyList<ReasonGroup> groups)
    {
        if (groups.Count == 0) return;
        sb.Append($"## {title}\n\n");
        Table(sb, ["code", "count", "example"], [.. groups.Select(g => (IReadOnlyList<string>)[Cell(g.Code), Int(g.Count), Cell($"{g.Example.Id}: {g.Example.Message}")])]);
    }

    private static void Counts(StringBuilder sb, string label, IReadOnlyList<CountRow> rows)
    {
        if (rows.Count == 0) return;
        sb.Append($"## By {label}\n\n");
        Table(sb, [label, "converted", "up-to-date", "skipped", "failed"],
            [.. rows.Select(c => (IReadOnlyList<string>)[Cell(c.Key), Int(c.Converted), Int(c.UpToDate), Int(c.Skipped), Int(c.Failed)])]);
    }

    private static void Failures(StringBuilder sb, IReadOnlyList<ReportEntry> failures)
    {
        sb.Append("## Failures\n\n");
        if (failures.Count == 0)
        {
            sb.Append("None.\n\n");
            return;
        }

        Table(sb, ["file", "code", "message"], [.. failures.Select(f => (IReadOnlyList<string>)[Cell(f.InputPath), Cell(f.ReasonCode), Cell(f.Message)])]);
    }

    private static void Options(StringBuilder sb, IReadOnlyDictionary<string, string> options)
    {
        if (options.Count == 0) return;
        sb.Append("## Options\n\n");
        Table(sb, ["option", "value"], [.. options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => (IReadOnlyList<string>)[Cell(o.Key), Cell(o.Value)])]);
    }

    private static void Table(StringBuilder sb, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        sb.Append("| ").Append(string.Join(" | ", header)).Append(" |\n");
        sb.Append('|').Append(string.Concat(header.Select(_ => " --- |"))).Append('\n');
        foreach (var row in rows) sb.Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
        sb.Append('\n');
    }

    /// <summary>A table cell: one line, pipes escaped so a message cannot break the table.</summary>
    private static string Cell(string text) => OneLine(text).Replace("|", "\\|", StringComparison.Ordinal);
}
