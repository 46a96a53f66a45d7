using System.Text;

namespace Trendy.Pipeline.Reporting;

/// <summary>RFC 4180 CSV: fields with a comma, quote, CR or LF (or edge spaces) are quoted, quotes doubled; lines end in LF.</summary>
internal static class CsvText
{
    public static string Field(string value)
    {
        var needsQuotes = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (value.Length > 0 && (value[0] == ' ' || value[^1] == ' '));
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static void Line(StringBuilder sb, IEnumerable<string> fields) => sb.Append(string.Join(',', fields.Select(Field))).Append('\n');
}
