using Trendy.Core;
using Trendy.Core.Cf.Units;
using Trendy.Core.Contract;
using Trendy.Core.Diagnostics;
using Trendy.Core.Inventory;
using Trendy.Core.Plausibility;
using Trendy.Native.Netcdf;
using Trendy.Pipeline.Reporting;

namespace Trendy.Pipeline.Verification;

/// <summary>
/// <c>verify OUT</c>: the ILAMB contract of every output (<see cref="ContractChecker"/>); the ilamb3 catalogue, the
/// model folders and each file's attributes consistent (<see cref="OutputConsistency"/>); the global annual series of
/// every data output held against the plausible ranges and the ensemble
/// (<see cref="PlausibilityCheck"/>, <see cref="CrossModelCheck"/>); with a source release, every value against its
/// source (<see cref="SourceComparer"/>).
/// </summary>
public sealed class TreeVerifier(IUnitConverter units, IPlausibleRanges ranges)
{
    public VerifyResult Verify(string outputRoot, VerifyOptions options)
    {
        var root = Path.GetFullPath(outputRoot);
        var files = ContractChecker.Outputs(root);
        var findings = new List<Diagnostic>(ContractChecker.CheckTree(root));
        var facts = new List<OutputFacts>();
        var series = new List<AnnualSeries>();
        var seriesReader = new AnnualSeriesReader(units, ranges);
        var comparer = options.SourceRoot is { } src ? new SourceComparer(src, options.Sample) : null;
        foreach (var modelDir in OutputTree.ModelFolders(root))
        {
            var simulation = Path.GetFileName(Path.GetDirectoryName(modelDir))!;
            var model = Path.GetFileName(modelDir);
            var weights = LandWeightsOrNull(modelDir);
            foreach (var file in OutputTree.Files(modelDir))
            {
                try
                {
                    using var nc = NcFile.OpenRead(file);
                    var h = nc.ReadHeader();
                    var data = ContractChecker.DataVariableName(h);
                    facts.Add(new OutputFacts(file, simulation, model, data, Globals(h), ObservedFrequency(h, data)));
                    if (data is null || IlambContract.CompanionUnits(data) is not null) continue;
                    if (seriesReader.Read(nc, h, data, Path.GetRelativePath(root, file), model, simulation, weights) is { } s) series.Add(s);
                    if (comparer is not null) findings.AddRange(comparer.Compare(file, nc, h, data));
                }
                catch (TrendyException)
                {
                    // Reported once by the contract check (ILAMB015).
                }
            }
        }

        var cataloguePath = Path.Combine(root, IlambCatalog.FileName);
        findings.AddRange(OutputConsistency.Check(facts, ReadCatalogue(cataloguePath, findings), cataloguePath, File.Exists));
        findings.AddRange(Plausibility(series, root));
        return new VerifyResult(files, findings, series);
    }

    private IEnumerable<Diagnostic> Plausibility(IReadOnlyList<AnnualSeries> series, string root)
    {
        var means = new List<(string, string, string, string, double)>();
        foreach (var s in series.Where(s => s.Years.Count > 0))
        {
            var file = Path.Combine(root, s.Path);
            var mean = s.Years.Average(y => y.Value);
            means.Add((file, s.Simulation, s.VariableId, s.Model, mean));
            if (ranges.For(s.VariableId) is { } range && PlausibilityCheck.Check(file, range, mean) is { } finding) yield return finding;
        }

        foreach (var d in CrossModelCheck.Check(means, ranges)) yield return d;
    }

    private static double[]? LandWeightsOrNull(string modelDir)
    {
        try
        {
            return AnnualSeriesReader.LandWeights(modelDir);
        }
        catch (TrendyException)
        {
            return null; // a damaged companion is reported by the contract check; the series fall back to cell areas from the bounds
        }
    }

    private static IReadOnlyList<CatalogueEntry>? ReadCatalogue(string path, List<Diagnostic> findings)
    {
        if (!File.Exists(path)) return null;
        try
        {
            var rows = Trendy.Core.Common.CsvText.Parse(File.ReadAllText(path));
            var header = rows.Count > 0 ? rows[0] : [];
            int Col(string name) => Array.IndexOf(header, name);
            int[] cols = [Col("source_id"), Col("member_id"), Col("grid_label"), Col("experiment_id"), Col("variable_id"), Col("frequency"), Col("path")];
            if (cols.Any(c => c < 0)) throw new FormatException("header lacks one of source_id, member_id, grid_label, experiment_id, variable_id, frequency, path");
            return [.. rows.Skip(1).Where(r => r.Length == header.Length).Select(r => new CatalogueEntry(r[cols[0]], r[cols[1]], r[cols[2]], r[cols[3]], r[cols[4]], r[cols[5]], r[cols[6]]))];
        }
        catch (FormatException e)
        {
            findings.Add(Diagnostic.Error(ContractCodes.CatalogueRow, new Where(path), "item 11: a CSV with the ilamb3 columns", e.Message, "run 'trendy2ilamb report OUT' to rebuild it"));
            return [];
        }
    }

    private static Dictionary<string, string> Globals(DatasetHeader h) =>
        h.GlobalAttributes.Where(a => a.IsText && a.Text is not null).GroupBy(a => a.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Text!.Trim(), StringComparer.Ordinal);

    /// <summary>"fx" for a static field, else "mon" or "yr" from the mean width of the time bounds (docs/contract.md §1.4: 30±3 days is monthly).</summary>
    private static string ObservedFrequency(DatasetHeader h, string? data)
    {
        if (data is null || h.Variable(data) is not { } v || !v.Dimensions.Contains("time")) return "fx";
        if (h.Values("time_bnds") is not { Length: >= 2 } b) return "";
        var mean = Enumerable.Range(0, b.Length / 2).Average(i => b[(2 * i) + 1] - b[2 * i]);
        return mean is >= 27 and <= 33 ? "mon" : mean is >= 359 and <= 367 ? "yr" : mean is >= 0.9 and <= 1.1 ? "day" : "";
    }
}
