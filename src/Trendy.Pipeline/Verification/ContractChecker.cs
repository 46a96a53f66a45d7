using Trendy.Core;
using Trendy.Core.Contract;
using Trendy.Core.Diagnostics;
using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Verification;

/// <summary>
/// Walks an output tree for <c>verify</c> and holds every file to the one ILAMB contract (<see cref="IlambContract"/>),
/// independently of any plan: data outputs in each model folder, the companions on the grid of the data, one grid per
/// folder; the PFT products under <c>OUT/pft</c> to the CF rules alone (ILAMB does not read them).
/// </summary>
public static class ContractChecker
{
    /// <summary>The outputs <see cref="CheckTree"/> checks (none means there is nothing to verify).</summary>
    public static IReadOnlyList<string> Outputs(string outputRoot) => [.. OutputTree.ModelFolders(outputRoot).SelectMany(OutputTree.Files), .. OutputTree.ArchiveFiles(outputRoot)];

    public static IReadOnlyList<Diagnostic> CheckTree(string outputRoot)
    {
        var findings = new List<Diagnostic>();
        foreach (var modelDir in OutputTree.ModelFolders(outputRoot)) findings.AddRange(CheckFolder(modelDir));
        foreach (var file in OutputTree.ArchiveFiles(outputRoot)) findings.AddRange(CheckCf(file));
        return findings;
    }

    /// <summary>
    /// One model folder: every data output, every companion against the grid of the data, and one grid for all data
    /// (docs/contract.md Part 3 item 10).
    /// </summary>
    public static IReadOnlyList<Diagnostic> CheckFolder(string modelDir)
    {
        var findings = new List<Diagnostic>();
        var grids = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        var companions = new List<(string File, DatasetHeader Header, string Variable)>();
        (double[] Lat, double[] Lon)? dataGrid = null;
        foreach (var file in OutputTree.Files(modelDir))
        {
            try
            {
                using var nc = NcFile.OpenRead(file);
                var h = nc.ReadHeader();
                if (CompanionVariable(h) is { } companion)
                {
                    companions.Add((file, h, companion));
                    continue;
                }

                var data = DataVariableName(h);
                findings.AddRange(IlambContract.CheckData(h, StepReader.Samples(nc, h, data)));
                grids[file] = (h.Dimension("lat")?.Length ?? 0, h.Dimension("lon")?.Length ?? 0);
                if (dataGrid is null && h.Values("lat") is { } lat && h.Values("lon") is { } lon) dataGrid = (lat, lon);
            }
            catch (TrendyException e)
            {
                findings.Add(Unreadable(file, e));
            }
        }

        foreach (var (file, h, variable) in companions)
        {
            findings.AddRange(dataGrid is { } g
                ? IlambContract.CheckCompanion(h, variable, IlambContract.CompanionUnits(variable)!, g.Lat, g.Lon)
                : IlambContract.CheckCf(h));
        }

        findings.AddRange(IlambContract.CheckFolderGrid(modelDir, grids));
        return findings;
    }

    /// <summary>The CF metadata rules alone, for the PFT/pool products under <c>OUT/pft</c>, which ILAMB does not read and so are not held to its contract.</summary>
    public static IReadOnlyList<Diagnostic> CheckCf(string path)
    {
        try
        {
            using var file = NcFile.OpenRead(path);
            return IlambContract.CheckCf(file.ReadHeader());
        }
        catch (TrendyException e)
        {
            return [Unreadable(path, e)];
        }
    }

    /// <summary>The name of the one data variable (neither coordinate nor bounds), or null when there is not exactly one.</summary>
    public static string? DataVariableName(DatasetHeader h)
    {
        var data = h.Variables.Where(v => v.Rank >= 2 && h.Dimension(v.Name) is null && !v.Name.EndsWith("_bnds", StringComparison.Ordinal)).ToList();
        return data.Count == 1 ? data[0].Name : null;
    }

    /// <summary>areacella or sftlf, when the file is a companion: a static field of that name (docs/contract.md §1.6).</summary>
    private static string? CompanionVariable(DatasetHeader h) =>
        DataVariableName(h) is { } name && IlambContract.CompanionUnits(name) is not null && h.Variable(name) is { Rank: 2 } ? name : null;

    private static Diagnostic Unreadable(string file, TrendyException e) =>
        Diagnostic.Error(ContractCodes.Unreadable, new Where(file), "a readable NetCDF file", e.Message, "convert the source again; the file is damaged or was not written by trendy2ilamb");
}
