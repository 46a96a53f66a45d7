using System.Text;

namespace Trendy.Pipeline.Reporting;

/// <summary>The coverage matrices and benchmark lines as terminal text (end of `convert`, `report`); '\n' line ends.</summary>
public static class CoverageText
{
    public static string Render(IReadOnlyList<CoverageMatrix> matrices, IReadOnlyList<BenchmarkLine> lines)
    {
        var sb = new StringBuilder();
        foreach (var m in matrices)
        {
            // Only the columns some model of the simulation has a file for: a wall of "-" would hide the rest.
            var columns = m.Variables.Where(v => m.Models.Any(model => m.Cell(model, v).Status != CoverageStatus.NotProvided)).ToList();
            sb.Append($"\ncoverage {m.Simulation} (models × the ILAMB variables some model provides; '-' not provided):\n");
            if (columns.Count == 0) continue;
            var rows = m.Models.Select(model => (IReadOnlyList<string>)[model, .. columns.Select(v => m.Cell(model, v).Label)]).ToList();
            TextTable.Render(sb, "", ["model", .. columns], rows);
        }

        if (lines.Count > 0) sb.Append("\nILAMB benchmarks per model:\n");
        foreach (var line in lines) sb.Append($"  {line.Text}\n");
        return sb.ToString();
    }
}
