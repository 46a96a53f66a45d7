namespace Trendy.Pipeline.Reporting;

/// <summary>Where the page was written, the coverage it shows (for the text summary), and what could not be drawn or read.</summary>
public sealed record HtmlReportResult(string IndexPath, IReadOnlyList<CoverageMatrix> Coverage, IReadOnlyList<BenchmarkLine> Benchmarks, IReadOnlyList<string> Problems);
