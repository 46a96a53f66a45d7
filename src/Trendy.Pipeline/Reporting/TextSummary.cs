using System.Text;
using Trendy.Core.Batch;
using static Trendy.Pipeline.Reporting.ReportFormat;

namespace Trendy.Pipeline.Reporting;

/// <summary>The terminal rendering; lines end in '\n' on every platform so snapshots compare exactly.</summary>
internal static class TextSummary
{
    private const int ExampleWidth = 120;

    public static string Render(RunReport r, DateTimeOffset now)
    {
        var sb = new StringBuilder();
        var t = r.Totals;
        sb.Append($"trendy2ilamb {r.ToolVersion}: {SummaryFacts.Title(r)}\n");
        sb.Append($"started {Stamp(r.Started)}, finished {Stamp(r.Finished)}, elapsed {Duration(r.Elapsed)}; summary made {Stamp(now)}\n");
        sb.Append($"input  {r.InputRoot}\noutput {r.OutputRoot}\n\n");
        sb.Append($"items {Int(t.Items)}: converted {Int(t.Converted)}, up-to-date {Int(t.UpToDate)}, skipped {Int(t.Skipped)}, failed {Int(t.Failed)}\n");
        if (SummaryFacts.Split(r.Entries) is { Companions.Items: > 0 } split)
        {
            sb.Append($"  of which input files {Int(split.Inputs.Items)}: converted {Int(split.Inputs.Converted)}, up-to-date {Int(split.Inputs.UpToDate)}, " +
                      $"skipped {Int(split.Inputs.Skipped)}, failed {Int(split.Inputs.Failed)}; companion folders (areacella+sftlf) {Int(split.Companions.Items)}: " +
                      $"written {Int(split.Companions.Done)}, failed {Int(split.Companions.Failed)}\n");
        }

        Attention(sb, Reporting.Attention.Groups(r.Entries));
        Reasons(sb, "failed", SummaryFacts.ByReason(r.Entries, WorkStatus.Failed));
        Reasons(sb, "skipped", SummaryFacts.ByReason(r.Entries, WorkStatus.Skipped));
        Counts(sb, "variable", SummaryFacts.CountsBy(r.Entries, e => e.Variable));
        Counts(sb, "model", SummaryFacts.CountsBy(r.Entries, e => e.Model));
        sb.Append($"\nbytes in {Bytes(t.BytesIn)}, out {Bytes(t.BytesOut)}; {Seconds(t.Seconds)} of item time\n");
        return sb.ToString();
    }

    private static void Reasons(StringBuilder sb, string label, IReadOnlyList<ReasonGroup> groups)
    {
        if (groups.Count == 0) return;
        sb.Append($"\n{label} by reason:\n");
        var rows = groups.Select(g => (IReadOnlyList<string>)[g.Code, Int(g.Count), OneLine($"e.g. {g.Example.Id}: {g.Example.Message}", ExampleWidth)]).ToList();
        var codeWidth = rows.Max(x => x[0].Length);
        var countWidth = rows.Max(x => x[1].Length);
        foreach (var row in rows) sb.Append($"  {row[0].PadRight(codeWidth)}  {row[1].PadLeft(countWidth)}  {row[2]}\n");
    }

    private static void Attention(StringBuilder sb, IReadOnlyList<AttentionGroup> groups)
    {
        if (groups.Count == 0) return;
        sb.Append("\nneeds attention (codes explained in docs/codes.md):\n");
        var codeWidth = groups.Max(g => g.Code.Length);
        foreach (var g in groups)
        {
            var files = string.Join(", ", g.Files.Take(3)) + (g.Files.Count > 3 ? $" (+{g.Files.Count - 3} more)" : "");
            sb.Append($"  {g.Code.PadRight(codeWidth)}  {g.Severity}, {Int(g.Files.Count)} file(s): {OneLine(g.Remedy.Length > 0 ? g.Remedy : g.Example, ExampleWidth)}\n");
            sb.Append($"  {new string(' ', codeWidth)}  {OneLine(files, ExampleWidth)}\n");
        }
    }

    private static void Counts(StringBuilder sb, string label, IReadOnlyList<CountRow> rows)
    {
        if (rows.Count == 0) return;
        sb.Append('\n');
        var cells = rows.Select(c => (IReadOnlyList<string>)[c.Key, Int(c.Converted), Int(c.UpToDate), Int(c.Skipped), Int(c.Failed)]).ToList();
        TextTable.Render(sb, "", [label, "converted", "up-to-date", "skipped", "failed"], cells);
    }
}
