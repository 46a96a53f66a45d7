using Trendy.Core.Targets;

namespace Trendy.Pipeline.Reporting;

/// <summary>
/// For one model and simulation, the ILAMB benchmarks it will get (every variable the benchmark needs has an
/// output) and those it will not; a benchmark lost to a failed or refused file names that file's variable and code
/// (one missing only because the model provides no such variable names nothing, to keep the line short).
/// </summary>
public sealed record BenchmarkLine(string Simulation, string Model, IReadOnlyList<string> Will, IReadOnlyList<(string Benchmark, string Missing)> WillNot)
{
    public static IReadOnlyList<BenchmarkLine> For(CoverageMatrix matrix, IReadOnlyList<IlambBenchmark> benchmarks)
    {
        var lines = new List<BenchmarkLine>();
        foreach (var model in matrix.Models)
        {
            var will = new List<string>();
            var willNot = new List<(string, string)>();
            foreach (var b in benchmarks.Where(b => b.Needs.All(n => matrix.Variables.Contains(n, StringComparer.Ordinal))))
            {
                var missing = b.Needs.Select(n => matrix.Cell(model, n)).Where(c => !c.HasOutput).ToList();
                if (missing.Count == 0) will.Add(b.Name);
                else willNot.Add((b.Name, string.Join(", ", missing.Where(c => c.Status != CoverageStatus.NotProvided).Select(c => $"{c.Variable} {c.Label}"))));
            }

            lines.Add(new BenchmarkLine(matrix.Simulation, model, will, willNot));
        }

        return lines;
    }

    public string Text =>
        $"{Model} ({Simulation}): will get {(Will.Count == 0 ? "none" : string.Join(", ", Will))}" +
        (WillNot.Count == 0 ? "" : $"; will not get {string.Join(", ", WillNot.Select(w => w.Missing.Length == 0 ? w.Benchmark : $"{w.Benchmark} ({w.Missing})"))}");
}
