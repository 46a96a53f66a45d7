using Trendy.Core.Companions;
using Trendy.Core.Diagnostics;
using Trendy.Core.Inventory;

namespace Trendy.Pipeline.Companions;

/// <summary>
/// Writes a model folder's grid companions: <c>areacella</c> (m2) always, from the data outputs' bounds, and
/// <c>sftlf</c> (%) when a land-fraction source is usable on the data grid. ILAMB 2.x finds both by name and
/// weights every integral by area × land fraction; without areacella, sftlf is ignored when bounds are named
/// otherwise (docs/contract.md §1.6), so areacella is written even when sftlf is not. ilamb3 reads both through
/// <c>cell_measures</c>/<c>cell_methods</c> on the data (§2.2, Part 3 item 10). Nothing is printed.
/// </summary>
public static class CompanionWriter
{
    public static CompanionResult Write(CompanionRequest request)
    {
        var diagnostics = new DiagnosticBag();
        var grid = DataGridReader.Read(request.ModelFolder, diagnostics);
        if (grid is null) return new CompanionResult([], null, null, [], diagnostics.Items);

        var areas = CellAreas.FromBounds(grid.LatBounds, grid.LonBounds);
        var files = new List<string> { FxFileWriter.Write(request.ModelFolder, request, grid, AreaField(areas, grid)) };
        var (source, field, land) = LandFraction(request, grid, areas, diagnostics);
        if (source is null || field is null || land is null) return new CompanionResult(files, null, null, [], diagnostics.Items);

        files.Add(FxFileWriter.Write(request.ModelFolder, request, grid, SftlfField(land, source)));
        return new CompanionResult(files, land.Rule, source, field.Rules, diagnostics.Items);
    }

    /// <summary>The first usable land-fraction source, in the order given; COMP001/COMP006 when there is none.</summary>
    private static (CompanionSource?, SourceField?, LandPercentResult?) LandFraction(CompanionRequest request, DataGrid grid, double[] areas, DiagnosticBag diagnostics)
    {
        var candidates = request.Sources.Where(s => LandPercent.IsSource(s.Kind)).ToList();
        foreach (var source in candidates)
        {
            if (SourceFieldReader.Read(source, grid, diagnostics) is not { } field) continue;
            return (source, field, LandPercent.Convert(source.Kind, field.Values, field.Units, areas));
        }

        var where = new Where(request.ModelFolder);
        diagnostics.Add(candidates.Count == 0
            ? Diagnostic.Note(CompanionCodes.NoLandFraction, where, "a land-fraction source", $"no land fraction for {request.Model}; ILAMB will weight by cell area only", "")
            : Diagnostic.Warning(CompanionCodes.NoUsableLandFraction, where, "a usable land-fraction source",
                $"none of {string.Join(", ", candidates.Select(c => $"{Path.GetFileName(c.Path)}:{c.Variable}"))} for {request.Model}; ILAMB will weight by cell area only",
                "see the diagnostics above for each source"));
        return (null, null, null);
    }

    private static FxField AreaField(double[] areas, DataGrid grid) =>
        new("areacella", "cell_area", "Grid-Cell Area for Atmospheric Grid Variables", "m2", "area: sum",
            $"spherical cell areas from lat_bnds/lon_bnds of {Path.GetFileName(grid.Path)}, R = {CellAreas.EarthRadius} m (authalic radius)", NcType.Double, areas);

    private static FxField SftlfField(LandPercentResult land, CompanionSource source) =>
        new("sftlf", "land_area_fraction", "Percentage of the Grid Cell Occupied by Land (Including Lakes)", "%", "area: mean",
            $"{land.Rule}; from {Path.GetFileName(source.Path)} variable {source.Variable}", NcType.Float, land.Percent);
}
