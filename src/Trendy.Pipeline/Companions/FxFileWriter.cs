using Trendy.Core;
using Trendy.Core.Cf.Metadata;
using Trendy.Core.Contract;
using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Native.Netcdf;
using Trendy.Pipeline.Cleanup;
using Trendy.Pipeline.Execution;

namespace Trendy.Pipeline.Companions;

/// <summary>
/// Writes one companion file: plain (lat, lon) field without time (docs/contract.md Part 3 item 6), the data
/// outputs' lat/lon/bounds copied value for value with their attributes, CMIP-style global attributes ilamb3's
/// model CSV needs (§2.1; frequency and table fx). Written under a temporary name, reopened and checked, then
/// renamed, so an interrupted run never leaves a companion that looks complete (TempOutput).
/// </summary>
internal static class FxFileWriter
{
    public static string Write(string folder, CompanionRequest request, DataGrid grid, FxField field)
    {
        var name = $"{field.VariableId}_fx_{OutputNaming.ModelFolder(request.Model)}_{OutputNaming.Safe(request.Simulation)}_{OutputNaming.VariantLabel}_{OutputNaming.Grid}.nc";
        var final = Path.Combine(folder, name);
        var temp = TempOutput.For(final);
        try
        {
            using (var file = NcFile.Create(temp, request.Format == OutputFormat.NetCdf4 ? NcCreateFormat.NetCdf4 : NcCreateFormat.Offset64Bit))
            {
                Define(file, request, grid, field);
                WriteValues(file, grid, field);
            }

            Verify(temp, grid, field);
            File.Move(temp, final, overwrite: true);
            return final;
        }
        catch
        {
            // A name the file system refused to remove is left for TempOutput.Sweep: it cannot be mistaken for an output.
            ToolDeletion.DeleteFile(temp);
            throw;
        }
    }

    private static void Define(NcFile f, CompanionRequest request, DataGrid grid, FxField field)
    {
        f.DefineDimension("lat", grid.NLat);
        f.DefineDimension("lon", grid.NLon);
        f.DefineDimension(grid.BoundsDimension, 2);
        Coordinate(f, "lat", grid.LatAttributes, grid.BoundsDimension);
        Coordinate(f, "lon", grid.LonAttributes, grid.BoundsDimension);
        f.DefineVariable(field.VariableId, field.Type, ["lat", "lon"]);
        if (request.Format == OutputFormat.NetCdf4) f.SetCompression(field.VariableId, 4, shuffle: true);
        f.SetFill(field.VariableId, ValuePlan.OutputFill);
        f.PutAttribute(field.VariableId, "standard_name", field.StandardName);
        f.PutAttribute(field.VariableId, "long_name", field.LongName);
        f.PutAttribute(field.VariableId, "units", field.Units);
        f.PutAttribute(field.VariableId, "cell_methods", field.CellMethods);
        f.PutAttribute(field.VariableId, "comment", field.Comment);
        foreach (var (k, v) in Globals(request, grid, field)) f.PutAttribute(null, k, v);
        f.EndDefine();
    }

    /// <summary>Same attributes as in the data output (standard_name, units, axis, bounds), except the fill, which coordinates must not have.</summary>
    private static void Coordinate(NcFile f, string name, IReadOnlyList<AttributeValue> attributes, string boundsDim)
    {
        f.DefineVariable(name, NcType.Double, [name]);
        foreach (var a in attributes.Where(a => a.Name is not ("_FillValue" or "missing_value")))
        {
            if (a.IsText) f.PutAttribute(name, a.Name, a.Text ?? "");
            else f.PutAttribute(name, a.Name, a.Type, [.. a.Numbers]);
        }

        f.DefineVariable(name + "_bnds", NcType.Double, [name, boundsDim]);
    }

    /// <summary>
    /// institution, source and references pass through from the data output the grid was read from, so companion
    /// and data name the model alike; the comment says what the companion is (CF 1.8 §2.6.2).
    /// </summary>
    private static IEnumerable<KeyValuePair<string, string>> Globals(CompanionRequest r, DataGrid grid, FxField field) => Globals(r, field.VariableId,
        RecommendedGlobals.For(r.Model, [.. grid.Globals.Where(a => a.Name != "comment")], $"{field.LongName} of the {r.Model} grid, for ILAMB's area and land weighting. {field.Comment}"));

    private static IEnumerable<KeyValuePair<string, string>> Globals(CompanionRequest r, string variableId, IReadOnlyList<KeyValuePair<string, string>> recommended) =>
    [
        new("Conventions", "CF-1.8"),
        new("title", $"{r.Model} {r.Simulation} {variableId}: grid companion for ILAMB land weighting"),
        .. recommended,
        new("source_id", OutputNaming.SourceId(r.Model, r.Simulation)),
        new("experiment_id", r.Simulation),
        new("member_id", OutputNaming.MemberId(r.Simulation)),
        new("variant_label", OutputNaming.VariantLabel),
        new("grid_label", OutputNaming.Grid),
        new("variable_id", variableId),
        new("frequency", "fx"),
        new("table_id", "fx"),
        new("realm", variableId == "areacella" ? "atmos land" : "atmos"),
        new(ProductVersion.AttributeName, ProductVersion.Current),
    ];

    private static void WriteValues(NcFile f, DataGrid grid, FxField field)
    {
        f.Write<double>("lat", [0], [grid.NLat], grid.Lat);
        f.Write<double>("lat_bnds", [0, 0], [grid.NLat, 2], grid.LatBounds);
        f.Write<double>("lon", [0], [grid.NLon], grid.Lon);
        f.Write<double>("lon_bnds", [0, 0], [grid.NLon, 2], grid.LonBounds);
        if (field.Type == NcType.Double) f.Write<double>(field.VariableId, [0, 0], [grid.NLat, grid.NLon], field.Values);
        else f.Write<float>(field.VariableId, [0, 0], [grid.NLat, grid.NLon], [.. field.Values.Select(v => (float)v)]);
    }

    /// <summary>Reopens the file and holds it to the one contract for companions (<see cref="IlambContract.CheckCompanion"/>): (lat, lon) on the data grid, the intended units, the CF rules.</summary>
    private static void Verify(string path, DataGrid grid, FxField field)
    {
        using var file = NcFile.OpenRead(path);
        var findings = IlambContract.CheckCompanion(file.ReadHeader(), field.VariableId, field.Units, grid.Lat, grid.Lon);
        if (findings.Count > 0) throw new VerificationException(path, [.. findings.Select(d => $"{d.Code} {d.Message}")]);
    }
}
