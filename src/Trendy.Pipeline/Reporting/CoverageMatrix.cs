using Trendy.Core.Batch;
using Trendy.Core.Targets;

namespace Trendy.Pipeline.Reporting;

/// <summary>
/// Per simulation, models × the ILAMB variables of the variable table (rows with an ILAMB use that a model file
/// carries, PFT archive products left out): what became of each (docs/report.md, "Coverage matrix"). Pure: made
/// from a report's entries only.
/// </summary>
public sealed record CoverageMatrix(string Simulation, IReadOnlyList<string> Models, IReadOnlyList<string> Variables, IReadOnlyList<CoverageCell> Cells)
{
    public CoverageCell Cell(string model, string variable) =>
        Cells.First(c => string.Equals(c.Model, model, StringComparison.Ordinal) && string.Equals(c.Variable, variable, StringComparison.Ordinal));

    /// <summary>
    /// The matrix columns: TRENDY names of the default set, in table order, without PFT archive products and without
    /// rows that are another row's output name (burntFractionAll is what burntArea becomes: one column, burntArea).
    /// </summary>
    public static IReadOnlyList<TargetSpec> Columns(TargetCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var outputNames = catalog.DefaultSet.Where(s => s.IsRenamed).Select(s => s.VariableId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. catalog.DefaultSet.Where(s => !s.IsArchiveProduct && !outputNames.Contains(s.TrendyName))];
    }

    /// <summary>One matrix per simulation of <paramref name="entries"/>, simulations and models in ordinal order.</summary>
    public static IReadOnlyList<CoverageMatrix> Build(IEnumerable<ReportEntry> entries, IReadOnlyList<TargetSpec> columns)
    {
        var items = entries.Where(e => e.Variable != Companions.ModelCompanions.ReportVariable && e.Simulation is { Length: > 0 } s && s != "-").ToList();
        return [.. items.GroupBy(e => e.Simulation, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => ForSimulation(g.Key, [.. g], columns))];
    }

    private static CoverageMatrix ForSimulation(string simulation, IReadOnlyList<ReportEntry> entries, IReadOnlyList<TargetSpec> columns)
    {
        var models = entries.Select(e => e.Model).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var cells = new List<CoverageCell>();
        foreach (var model in models)
        {
            var mine = entries.Where(e => string.Equals(e.Model, model, StringComparison.Ordinal)).ToList();
            foreach (var spec in columns) cells.Add(CellFor(model, spec, mine));
        }

        return new CoverageMatrix(simulation, models, [.. columns.Select(c => c.TrendyName)], cells);
    }

    /// <summary>
    /// The best thing that happened to the variable: an output beats a failure, a failure beats a refusal. A file
    /// counts for the column when it is the column's TRENDY name, or when its output carries the column's
    /// variable_id (a per-PFT file reduced to the gridcell value).
    /// </summary>
    private static CoverageCell CellFor(string model, TargetSpec spec, IReadOnlyList<ReportEntry> entries)
    {
        var matching = entries.Where(e => Matches(e, spec)).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var done = matching.FirstOrDefault(e => e.Status is WorkStatus.Converted or WorkStatus.UpToDate && e.OutputPath is not null && OutputVariable(e) == spec.VariableId)
                   ?? matching.FirstOrDefault(e => e.Status is WorkStatus.Converted or WorkStatus.UpToDate && string.Equals(e.Variable, spec.TrendyName, StringComparison.OrdinalIgnoreCase));
        if (done is not null)
        {
            var status = FromPft(done) ? CoverageStatus.FromPft : IsFlagged(done) ? CoverageStatus.Flagged : CoverageStatus.Converted;
            return new CoverageCell(model, spec.TrendyName, status, "", done);
        }

        if (matching.FirstOrDefault(e => e.Status == WorkStatus.Failed) is { } failed) return new CoverageCell(model, spec.TrendyName, CoverageStatus.Failed, failed.ReasonCode, failed);
        if (matching.FirstOrDefault(e => e.Status == WorkStatus.Skipped) is { } skipped) return new CoverageCell(model, spec.TrendyName, CoverageStatus.Refused, skipped.ReasonCode, skipped);
        return new CoverageCell(model, spec.TrendyName, CoverageStatus.NotProvided, "", null);
    }

    private static bool Matches(ReportEntry e, TargetSpec spec) =>
        string.Equals(e.Variable, spec.TrendyName, StringComparison.OrdinalIgnoreCase) || (e.OutputPath is not null && OutputVariable(e) == spec.VariableId);

    /// <summary>Outputs are named `{variable_id}_{table}_...` (docs/contract.md); the first field is the variable.</summary>
    private static string OutputVariable(ReportEntry e) => Path.GetFileName(e.OutputPath ?? "").Split('_')[0];

    /// <summary>A per-PFT source (its TRENDY name has a PFT axis) or a reduction rule that names the PFT axis.</summary>
    private static bool FromPft(ReportEntry e) =>
        TargetCatalog.LoadEmbedded().Find(e.Variable)?.IsArchiveProduct == true || e.Rules.Any(r => r.Contains("pft", StringComparison.OrdinalIgnoreCase));

    private static bool IsFlagged(ReportEntry e) => e.Diagnostics.Any(d => d.StartsWith("warning ", StringComparison.OrdinalIgnoreCase));
}
