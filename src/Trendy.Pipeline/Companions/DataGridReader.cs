using Trendy.Core.Companions;
using Trendy.Core.Diagnostics;
using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Companions;

/// <summary>
/// Finds the grid of a model folder's converted outputs (lat, lat_bnds, lon, lon_bnds as OutputWriter writes
/// them). Every output is looked at, not just one: ILAMB 2.x aborts the whole run when areacella/sftlf and a
/// file disagree in shape (docs/contract.md §1.6), so outputs on another grid are reported (COMP005).
/// </summary>
public static class DataGridReader
{
    public static DataGrid? Read(string modelFolder, DiagnosticBag diagnostics)
    {
        var grids = Outputs(modelFolder).Select(Grid).OfType<DataGrid>().ToList();
        if (grids.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(CompanionCodes.NoDataGrid, new Where(modelFolder), "a converted output (*.nc) with lat, lat_bnds, lon, lon_bnds",
                "none", "convert the model's variables first; companions take their grid from the outputs"));
            return null;
        }

        var groups = grids.GroupBy(g => grids.First(o => o.SameAs(g))).OrderByDescending(g => g.Count()).ToList();
        var chosen = groups[0].Key;
        foreach (var other in groups.Skip(1).SelectMany(g => g))
        {
            diagnostics.Add(Diagnostic.Warning(CompanionCodes.MixedGrids, new Where(other.Path), $"the folder's grid ({GridMatcher.Describe(chosen.Lat, chosen.Lon)})",
                GridMatcher.Describe(other.Lat, other.Lon), "ILAMB 2.x aborts the run on a shape mismatch with areacella/sftlf; regrid or move this file out of the model folder"));
        }

        return chosen;
    }

    /// <summary>Top-level *.nc files except earlier companions; temporary outputs never end in .nc (TempOutput).</summary>
    private static IEnumerable<string> Outputs(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.nc").Where(f => !IsCompanion(f)).Order(StringComparer.Ordinal)
            : [];

    internal static bool IsCompanion(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith("areacella_", StringComparison.Ordinal) || name.StartsWith("sftlf_", StringComparison.Ordinal);
    }

    private static DataGrid? Grid(string path)
    {
        DatasetHeader header;
        try
        {
            using var file = NcFile.OpenRead(path);
            header = file.ReadHeader();
        }
        catch (NcException)
        {
            return null; // Not an output we can read; the converter's own checks report broken outputs.
        }

        var lat = header.Values("lat");
        var lon = header.Values("lon");
        var latB = header.Values("lat_bnds");
        var lonB = header.Values("lon_bnds");
        var bnds = header.Variable("lat_bnds")?.Dimensions;
        if (lat is null || lon is null || latB is null || lonB is null || bnds is not { Count: 2 }) return null;
        if (latB.Length != 2 * lat.Length || lonB.Length != 2 * lon.Length) return null;
        return new DataGrid(path, lat, latB, lon, lonB, bnds[1], header.Variable("lat")!.Attributes, header.Variable("lon")!.Attributes, header.GlobalAttributes);
    }
}
