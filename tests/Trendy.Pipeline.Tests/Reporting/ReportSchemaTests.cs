using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Trendy.Core.Batch;
using Trendy.Pipeline.Reporting;
using static Trendy.Pipeline.Tests.Reporting.ReportSamples;

namespace Trendy.Pipeline.Tests.Reporting;

/// <summary>docs/report.schema.json describes the reports the tool writes: every field, its name and its type.</summary>
public sealed class ReportSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "report.schema.json")));

    [Fact]
    public void Schema_RunAndMergedReports_AreValid()
    {
        var run = Report([.. Mixed(), Entry("A", "gpp", WorkStatus.Converted) with { Diagnostics = ["warning IDENT001 A_S2_gpp.nc: expected S3, found S2; rename"] }], "1/2");
        var merged = ReportStore.Merge([run, Report(Mixed(), "2/2", minutesLater: 5)]);

        foreach (var report in new[] { run, merged })
        {
            using var doc = JsonDocument.Parse(ReportJson.Serialize(report));
            var result = Schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, JsonSerializer.Serialize(result));
        }
    }

    [Theory]
    [InlineData("status", "Converted")]
    [InlineData("reasonCode", "ok")]
    [InlineData("sizeBytes", "-1")]
    public void Schema_EntryWithWrongShape_IsRejected(string field, string value)
    {
        var json = JsonNode.Parse(ReportJson.Serialize(Report(Mixed())))!;
        json["entries"]![0]![field] = field == "sizeBytes" ? JsonValue.Create(long.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(value);

        using var doc = JsonDocument.Parse(json.ToJsonString());
        Assert.False(Schema.Evaluate(doc.RootElement).IsValid);
    }
}
