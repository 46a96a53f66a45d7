using System.Text.Json;
using System.Text.Json.Serialization;

namespace Trendy.Pipeline.Reporting;

/// <summary>The one JSON shape of reports (and of `plan`/`scan --json`): camelCase names and enums as strings, so files are readable and greppable.</summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Reports, plans and scans are read by people too: keep ×, →, › and non-ASCII paths as they are.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(RunReport report) => JsonSerializer.Serialize(report, Options);

    /// <summary>Reads a report; throws <see cref="JsonException"/> when the text is not one.</summary>
    public static RunReport Deserialize(string json) =>
        JsonSerializer.Deserialize<RunReport>(json, Options) ?? throw new JsonException("the file holds 'null', not a report");
}
