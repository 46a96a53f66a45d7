using System.Text.Json;
using System.Text.Json.Serialization;
using Trendy.Pipeline.Conversion;

namespace Trendy.Cli;

/// <summary>Shows what will be done to a file and why: as text for people, as JSON for tools.</summary>
public static class PlanPrinter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        // Plans are read by people too: keep ×, →, › and non-ASCII paths as they are.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static void PrintJson(FileAttempt a, TextWriter w) => w.WriteLine(JsonSerializer.Serialize(PlanSummary.From(a), Json));

    public static void PrintText(FileAttempt a, TextWriter w)
    {
        var s = PlanSummary.From(a);
        w.WriteLine($"{s.File}");
        w.WriteLine($"  status      {s.Status}{(s.Reason is null ? "" : ": " + s.Reason)}");
        w.WriteLine($"  model       {s.Model}   simulation {s.Simulation}   variable {s.Variable}");
        if (s.Output is { } o)
        {
            w.WriteLine($"  source      {o.SourceVariable} ({string.Join(", ", o.Axes)})");
            w.WriteLine($"  time        {o.Steps} {o.Frequency} steps {o.First} .. {o.Last}, calendar {o.Calendar}, rule {o.TimeRule}");
            w.WriteLine($"  grid        {o.Grid}");
            if (o.Level is not null) w.WriteLine($"  level       {o.Level}");
            w.WriteLine($"  values      {o.Values}");
            w.WriteLine($"  units       '{o.SourceUnits}' → '{o.TargetUnits}'");
            w.WriteLine($"  output      {o.Path}");
            w.WriteLine($"  rules       {string.Join(", ", o.Rules)}");
            w.WriteLine($"  fixes       {(o.Fixes.Count == 0 ? "none" : string.Join("; ", o.Fixes))}");
        }

        foreach (var d in s.Diagnostics) w.WriteLine($"  {d}");
    }
}
