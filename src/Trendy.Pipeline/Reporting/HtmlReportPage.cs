namespace Trendy.Pipeline.Reporting;

/// <summary>
/// Everything the HTML page shows, gathered before rendering so <see cref="HtmlReport"/> is a pure function:
/// the run report, the coverage matrices and benchmark lines, the global series, and the image files
/// (relative to index.html) drawn for each series plot (key "simulation/variable") and map (key output path).
/// </summary>
public sealed record HtmlReportPage(
    RunReport Report,
    IReadOnlyList<CoverageMatrix> Coverage,
    IReadOnlyList<BenchmarkLine> Benchmarks,
    IReadOnlyList<GlobalSeries> Series,
    IReadOnlyDictionary<string, string> SeriesImages,
    IReadOnlyDictionary<string, string> MapImages,
    IReadOnlyList<string> Problems,
    DateTimeOffset Made);
