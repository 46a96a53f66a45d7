using System.Text;

namespace Trendy.Pipeline.Reporting;

/// <summary>Aligned plain-text columns: the first left-aligned, the rest (counts) right-aligned.</summary>
public static class TextTable
{
    public static void Render(StringBuilder sb, string indent, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        Line(sb, indent, header, widths);
        foreach (var row in rows) Line(sb, indent, row, widths);
    }

    private static void Line(StringBuilder sb, string indent, IReadOnlyList<string> cells, int[] widths)
    {
        var parts = cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]));
        sb.Append(indent).Append(string.Join("  ", parts).TrimEnd()).Append('\n');
    }
}
