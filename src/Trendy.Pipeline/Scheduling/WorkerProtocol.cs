using System.Text.Json;
using System.Text.Json.Serialization;
using Trendy.Core.Batch;

namespace Trendy.Pipeline.Scheduling;

/// <summary>
/// Every message of the coordinator ⇄ worker protocol: one JSON object per line, discriminated by "type".
/// Coordinator → worker: work (one <see cref="WorkerRequest"/>). Worker → coordinator: ready (once, on start), progress, done, fault.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ReadyMessage), "ready")]
[JsonDerivedType(typeof(WorkMessage), "work")]
[JsonDerivedType(typeof(ProgressMessage), "progress")]
[JsonDerivedType(typeof(DoneMessage), "done")]
[JsonDerivedType(typeof(FaultMessage), "fault")]
internal abstract record WorkerMessage;

internal sealed record ReadyMessage : WorkerMessage;

internal sealed record WorkMessage(WorkerRequest Request) : WorkerMessage;

internal sealed record ProgressMessage(string Id, double Fraction) : WorkerMessage;

internal sealed record DoneMessage(WorkOutcome Outcome) : WorkerMessage;

/// <summary>The work function threw; the worker is still healthy and reads the next line.</summary>
internal sealed record FaultMessage(string Id, string Error) : WorkerMessage;

/// <summary>Serialises protocol messages, and parses them tolerantly: a line that is not a message is noise, not an error.</summary>
internal static class WorkerProtocol
{
    private const string MessageStart = "{\"type\":";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        // Other writers (a Python test worker, a future non-.NET worker) need not put "type" first.
        AllowOutOfOrderMetadataProperties = true,
        // A message missing its id or outcome is noise, not a message with nulls in non-null places.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    internal static string Serialize(WorkerMessage message) => JsonSerializer.Serialize(message, Json);

    /// <summary>
    /// For a "work" line this build cannot read as a whole (a request of another version, whose fields differ): its
    /// item id and version, so the worker can still answer for that item instead of leaving the coordinator waiting.
    /// </summary>
    internal static (string Id, int? Version)? UnreadableWork(string line)
    {
        var start = line.IndexOf('{', StringComparison.Ordinal);
        if (start < 0) return null;
        try
        {
            using var doc = JsonDocument.Parse(line[start..]);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                || type.GetString() != "work" || !root.TryGetProperty("request", out var request) || request.ValueKind != JsonValueKind.Object) return null;
            if (!request.TryGetProperty("item", out var item) || item.ValueKind != JsonValueKind.Object
                || !item.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String) return null;
            int? version = request.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;
            return (id.GetString()!, version);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The message on this line, or null. A native library printing to stdout without a newline can glue
    /// its text in front of a message, so after a failed whole-line parse the last <c>{"type":</c> is tried.
    /// </summary>
    internal static WorkerMessage? TryParse(string line)
    {
        if (TryParseExact(line) is { } message) return message;
        var start = line.LastIndexOf(MessageStart, StringComparison.Ordinal);
        return start > 0 ? TryParseExact(line[start..]) : null;
    }

    private static WorkerMessage? TryParseExact(string text)
    {
        if (!text.TrimStart().StartsWith('{')) return null;
        try
        {
            return JsonSerializer.Deserialize<WorkerMessage>(text, Json);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            // Thrown for an object without a "type" discriminator (the abstract base cannot be built).
            return null;
        }
    }
}
