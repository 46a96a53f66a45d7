using Trendy.Core.Diagnostics;
using Trendy.Core.Inventory;

namespace Trendy.Core.Planning;

/// <summary>
/// Recognises the time, latitude, longitude and extra axes of a data variable by name first and CF attributes
/// second, as ILAMB 2.x does (docs/contract.md §1.4–1.5): time is any dimension whose name contains "time"
/// (also `t`, `month`, or a coordinate with `standard_name=time`, `axis=T`, or "X since Y" units); latitude
/// by `lat`/`latitude`/`y`/`nav_lat` or `degrees_north`/`axis=Y`; likewise longitude.
/// </summary>
public static class AxisClassifier
{
    private static readonly string[] SoilNames = ["soil", "depth", "lev", "layer", "stlayer", "smlayer", "sdepth", "nsoil", "levsoi", "levgrnd", "solay", "ground", "sl"];
    private static readonly string[] PftNames = ["pft", "vegtype", "veg", "npft", "nvegtyp", "tile", "ntiles", "pfts", "lc", "landcover", "vegclass", "cft"];
    private static readonly string[] PoolNames = ["pool", "pools", "soilpool", "cpool", "npool"];

    public static IReadOnlyList<SourceAxis> Classify(DatasetHeader header, VariableInfo variable, Where where, DiagnosticBag diagnostics)
    {
        var axes = new List<SourceAxis>(variable.Rank);
        for (var i = 0; i < variable.Rank; i++)
        {
            var name = variable.Dimensions[i];
            var length = variable.Shape[i];
            var coord = header.Variable(name);
            var (role, reason) = Recognise(name, coord, length);
            if (role is null)
            {
                diagnostics.Add(Diagnostic.Error(GridCodes.UnknownDimension, where.WithAttribute(name),
                    "dimensions that are time, latitude, longitude, soil layers, PFTs or pools",
                    $"dimension '{name}' of length {length} with no recognisable meaning",
                    "name the axis in a --fixes file (axisRoles) or drop it before conversion"));
                continue;
            }

            axes.Add(new SourceAxis(name, i, length, role.Value, reason));
        }

        CheckUnique(axes, AxisRole.Time, where, diagnostics);
        CheckUnique(axes, AxisRole.Latitude, where, diagnostics);
        CheckUnique(axes, AxisRole.Longitude, where, diagnostics);
        return axes;
    }

    private static (AxisRole? Role, string Reason) Recognise(string name, VariableInfo? coord, long length)
    {
        var n = name.ToLowerInvariant();
        if (n.Contains("time", StringComparison.Ordinal) || n is "t" or "month" or "months" or "year" or "years") return (AxisRole.Time, $"name '{name}'");
        if (n.Contains("lat", StringComparison.Ordinal) || n is "y" or "j" or "rlat") return (AxisRole.Latitude, $"name '{name}'");
        if (n.Contains("lon", StringComparison.Ordinal) || n is "x" or "i" or "rlon") return (AxisRole.Longitude, $"name '{name}'");
        if (coord is not null)
        {
            var units = coord.Text("units")?.Trim().ToLowerInvariant() ?? "";
            var std = coord.Text("standard_name")?.Trim().ToLowerInvariant();
            var axis = coord.Text("axis")?.Trim().ToUpperInvariant();
            if (std == "time" || axis == "T" || units.Contains(" since ", StringComparison.Ordinal)) return (AxisRole.Time, $"CF attributes of '{name}'");
            if (std == "latitude" || axis == "Y" || units is "degrees_north" or "degree_north" or "degrees_n") return (AxisRole.Latitude, $"CF attributes of '{name}'");
            if (std == "longitude" || axis == "X" || units is "degrees_east" or "degree_east" or "degrees_e") return (AxisRole.Longitude, $"CF attributes of '{name}'");
            if (axis == "Z" || std is "depth" or "depth_below_surface") return (AxisRole.SoilLayer, $"CF attributes of '{name}'");
        }

        if (Matches(n, PoolNames)) return (AxisRole.Pool, $"name '{name}'");
        if (Matches(n, PftNames)) return (AxisRole.Pft, $"name '{name}'");
        if (Matches(n, SoilNames)) return (AxisRole.SoilLayer, $"name '{name}'");
        if (length == 1) return (AxisRole.Squeezed, $"length-1 dimension '{name}'");
        return (null, "");
    }

    private static bool Matches(string lowerName, string[] stems) =>
        stems.Any(s => lowerName == s || lowerName.StartsWith(s, StringComparison.Ordinal) || lowerName.EndsWith(s, StringComparison.Ordinal));

    private static void CheckUnique(List<SourceAxis> axes, AxisRole role, Where where, DiagnosticBag diagnostics)
    {
        var found = axes.Where(a => a.Role == role).ToList();
        if (found.Count <= 1) return;
        diagnostics.Add(Diagnostic.Error(GridCodes.RepeatedRole, where, $"one {role.ToString().ToLowerInvariant()} dimension",
            $"{found.Count}: {string.Join(", ", found.Select(a => a.Dimension))}", "select one with a --fixes axisRoles entry"));
    }
}
