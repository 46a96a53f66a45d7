using System.Text.Json;
using Trendy.Pipeline.Reporting;

namespace Trendy.Cli;

/// <summary>
/// Machine-readable output of `plan` and `scan`: one JSON document (an array) or JSON Lines (one object per line),
/// with the reports' serializer options (camelCase, enums as strings), so every JSON the tool writes reads alike.
/// </summary>
public static class JsonOutput
{
    private static readonly JsonSerializerOptions OneLine = new(ReportJson.Options) { WriteIndented = false };

    public static void Write<T>(IReadOnlyList<T> items, bool lines, TextWriter w)
    {
        if (!lines)
        {
            w.WriteLine(JsonSerializer.Serialize(items, ReportJson.Options));
            return;
        }

        foreach (var item in items) w.WriteLine(JsonSerializer.Serialize(item, OneLine));
    }
}
