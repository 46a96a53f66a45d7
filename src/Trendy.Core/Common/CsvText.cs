using System.Text;

namespace Trendy.Core.Common;

/// <summary>
/// A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks
/// (variables.csv quotes its ILAMB-use and notes columns, which contain commas).
/// </summary>
public static class CsvText
{
    /// <summary>Splits <paramref name="text"/> into records of fields. Blank lines are skipped.</summary>
    /// <exception cref="FormatException">An opened quote is never closed, or text follows a closing quote.</exception>
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                i = ReadQuoted(text, i + 1, field, ref line);
                if (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                    throw new FormatException($"CSV line {line}: text after a closing quote");
                continue;
            }
            if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                EndRow(rows, fields, field);
                line++;
            }
            else field.Append(c);
            i++;
        }
        EndRow(rows, fields, field);
        return rows;
    }

    private static int ReadQuoted(string text, int i, StringBuilder field, ref int line)
    {
        var start = line;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                return i + 1;
            }
            if (c == '\n') line++;
            field.Append(c);
            i++;
        }
        throw new FormatException($"CSV line {start}: quoted field is never closed");
    }

    private static void EndRow(List<string[]> rows, List<string> fields, StringBuilder field)
    {
        fields.Add(field.ToString());
        field.Clear();
        if (!(fields.Count == 1 && fields[0].Length == 0)) rows.Add([.. fields]);
        fields.Clear();
    }
}
