namespace Trendy.Core.Common;

/// <summary>One data record of a rule table with the file line it starts on (for error messages).</summary>
internal sealed record CsvRecord(int Line, string[] Fields)
{
    /// <summary>The field at <paramref name="index"/>, trimmed.</summary>
    public string this[int index] => Fields[index].Trim();
}

/// <summary>
/// Reads the embedded rule tables (variables.csv, folders.csv, step_counts.csv): lines starting with '#' before the
/// header are the table's legend, the header must list exactly the expected columns in order (so a reordered table
/// fails instead of shifting every field), and every record has one field per column.
/// </summary>
internal static class LegendCsv
{
    /// <exception cref="FormatException">The header differs from <paramref name="header"/> or a record has the wrong field count.</exception>
    public static IReadOnlyList<CsvRecord> Parse(string table, string text, IReadOnlyList<string> header)
    {
        var lines = text.Split('\n');
        var legend = 0;
        while (legend < lines.Length && lines[legend].TrimStart().StartsWith('#')) legend++;
        var rows = CsvText.Parse(string.Join('\n', lines.Skip(legend)));
        if (rows.Count == 0 || !rows[0].Select(h => h.Trim()).SequenceEqual(header, StringComparer.Ordinal))
            throw new FormatException($"{table}: header must be {string.Join(",", header)}");
        var records = new List<CsvRecord>(rows.Count - 1);
        for (var i = 1; i < rows.Count; i++)
        {
            var line = legend + i + 1;
            if (rows[i].Length != header.Count)
                throw new FormatException($"{table} line {line}: expected {header.Count} fields, found {rows[i].Length}");
            records.Add(new CsvRecord(line, rows[i]));
        }
        return records;
    }

    /// <summary>Parses an enumerated column through <paramref name="values"/>, naming the table, line, column and the allowed values.</summary>
    public static T Enum<T>(string table, CsvRecord record, int index, string column, IReadOnlyDictionary<string, T> values) =>
        values.TryGetValue(record[index], out var v) ? v
            : throw new FormatException($"{table} line {record.Line}: {column} '{record[index]}' is not {string.Join("/", values.Keys.Select(k => k.Length == 0 ? "(empty)" : k))}");
}
