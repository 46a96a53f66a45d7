using Trendy.Core.Targets;
using Trendy.Pipeline.Reporting;
using Trendy.Pipeline.Synthesis;

namespace Trendy.Pipeline.Tests.Reporting.Html;

/// <summary>The coverage matrix of a converted synthesised release against the files on disk, the ilamb3 catalogue and the synthesis manifest.</summary>
public sealed class CoverageMatrixTests(ConvertedTinyRelease release) : IClassFixture<ConvertedTinyRelease>
{
    private static readonly IReadOnlyList<TargetSpec> Columns = CoverageMatrix.Columns(TargetCatalog.LoadEmbedded());

    [Fact]
    public void CellsWithOutput_AreExactlyTheIlamb3CatalogueRows_AndTheFilesOnDisk()
    {
        var matrices = CoverageMatrix.Build(release.Report.Entries, Columns);
        var fromMatrix = matrices.SelectMany(m => m.Cells.Where(c => c.HasOutput).Select(c => (m.Simulation, c.Model, Column(c.Variable).VariableId)))
            .Order().ToList();
        var catalog = IlambCatalog.Scan(release.Output).Rows.Where(r => !IlambCatalog.Companions.Contains(r.VariableId)).ToList();
        var fromCatalog = catalog.Select(r => (r.ExperimentId, Folder(r.Path), r.VariableId)).Order().ToList();

        Assert.NotEmpty(fromMatrix);
        Assert.Equal(fromCatalog, fromMatrix);
        foreach (var m in matrices)
        {
            foreach (var c in m.Cells.Where(c => c.HasOutput)) Assert.True(File.Exists(c.Entry!.OutputPath), $"{m.Simulation} {c.Model} {c.Variable}: {c.Entry.OutputPath} not on disk");
        }
    }

    [Fact]
    public void Cells_FollowTheManifest_ConvertedFailedOrNotProvided()
    {
        var matrices = CoverageMatrix.Build(release.Report.Entries, Columns).ToDictionary(m => m.Simulation);
        var checkedCells = 0;
        foreach (var file in release.Manifest.Files.Where(f => f.Note is null && f.Simulation is not null && f.Variable is not null && IsColumn(f.Variable)))
        {
            var entry = release.Report.Entries.Single(e => e.Id == file.Path);
            var cell = matrices[entry.Simulation].Cell(entry.Model, Column(entry.Variable).TrendyName);
            switch (file.Expected)
            {
                case SynthExpectation.Convert:
                    Assert.True(cell.HasOutput, $"{file.Path}: expected an output, cell says {cell.Label}");
                    break;
                case SynthExpectation.Fail:
                    Assert.True(cell.Status == CoverageStatus.Failed && cell.Code == entry.ReasonCode, $"{file.Path}: expected failed {entry.ReasonCode}, cell says {cell.Label}");
                    break;
                default:
                    continue;
            }

            checkedCells++;
        }

        Assert.True(checkedCells > 20, $"only {checkedCells} manifest files fell on matrix columns");
        Assert.Contains(matrices.Values.SelectMany(m => m.Cells), c => c.Status == CoverageStatus.NotProvided);
    }

    [Fact]
    public void ConvertSummary_PrintsTheMatrixAndOneBenchmarkLinePerModelAndSimulation()
    {
        var matrices = CoverageMatrix.Build(release.Report.Entries, Columns);
        Assert.Contains("coverage S3 (models", release.Stdout, StringComparison.Ordinal);
        foreach (var m in matrices)
        {
            foreach (var model in m.Models) Assert.Contains($"  {model} ({m.Simulation}): will get ", release.Stdout, StringComparison.Ordinal);
        }

        Assert.Contains($"html report:     {release.Index}", release.Stdout, StringComparison.Ordinal);
    }

    private static bool IsColumn(string variable) => Columns.Any(c => string.Equals(c.TrendyName, variable, StringComparison.OrdinalIgnoreCase));

    private static TargetSpec Column(string variable) => Columns.Single(c => string.Equals(c.TrendyName, variable, StringComparison.OrdinalIgnoreCase));

    private static string Folder(string path) => Path.GetFileName(Path.GetDirectoryName(path))!;
}
