using Trendy.Core.Companions;
using Trendy.Core.Diagnostics;
using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Companions;

/// <summary>
/// Reads a land-fraction source as a (lat, lon) field on the data grid. Static fields (lat, lon) and fields with
/// a time axis (oceanCoverFrac is requested "once" but some models write it per step, docs/quirks.md §3) are
/// both accepted; the first time step is used. Axes are recognised and ordered with the planner's own code
/// (AxisClassifier, HorizontalGridPlanner) and matched to the data grid by value (GridMatcher).
/// </summary>
public static class SourceFieldReader
{
    public static SourceField? Read(CompanionSource source, DataGrid grid, DiagnosticBag diagnostics)
    {
        var where = new Where(source.Path, source.Variable);
        try
        {
            using var file = NcFile.OpenRead(source.Path);
            var header = file.ReadHeader();
            var variable = Find(header, source.Variable);
            if (variable is null)
            {
                diagnostics.Add(Unusable(where, $"no variable '{source.Variable}' and not exactly one other field"));
                return null;
            }

            var field = Place(file, header, variable, source, grid, diagnostics);
            if (field is null || string.Equals(variable.Name, source.Variable, StringComparison.OrdinalIgnoreCase)) return field;
            return field with { Rules = [.. field.Rules, $"companion:variable-{variable.Name}-for-{source.Variable}"] };
        }
        catch (Exception e) when (e is NcException or IOException)
        {
            diagnostics.Add(Unusable(where, e.Message));
            return null;
        }
    }

    /// <summary>
    /// The named variable, ignoring case (ELM-FATES writes oceancoverfrac, docs/quirks.md §6); else the file's
    /// only multi-dimensional non-bounds variable, because static companions are known by file stem
    /// (LAND_AREA_DLEM.nc, ISBA-CTRIP_sftlf.nc, docs/quirks.md §4) rather than by variable name.
    /// </summary>
    private static VariableInfo? Find(DatasetHeader header, string name)
    {
        if (header.VariableIgnoreCase(name) is { } named) return named;
        var fields = header.Variables.Where(v => v.Rank >= 2 && !header.Variables.Any(c => c.Text("bounds") == v.Name)
                                                 && !v.Name.Contains("bnds", StringComparison.OrdinalIgnoreCase) && !v.Name.Contains("bounds", StringComparison.OrdinalIgnoreCase)).ToList();
        return fields.Count == 1 ? fields[0] : null;
    }

    private static SourceField? Place(NcFile file, DatasetHeader header, VariableInfo variable, CompanionSource source, DataGrid grid, DiagnosticBag diagnostics)
    {
        var where = new Where(source.Path, variable.Name);
        var local = new DiagnosticBag();
        var axes = AxisClassifier.Classify(header, variable, where, local);
        var lat = axes.FirstOrDefault(a => a.Role == AxisRole.Latitude);
        var lon = axes.FirstOrDefault(a => a.Role == AxisRole.Longitude);
        var extra = axes.FirstOrDefault(a => a.Role is not (AxisRole.Latitude or AxisRole.Longitude or AxisRole.Time or AxisRole.Squeezed));
        var planned = lat is null || lon is null || extra is not null || local.HasErrors ? null : HorizontalGridPlanner.Plan(header, lat, lon, where, local);
        // A companion problem costs sftlf, not the conversion: the planner's errors are reported as warnings.
        diagnostics.AddRange(local.Items.Select(d => d with { Severity = Severity.Warning }));
        if (planned is null || lat is null || lon is null)
        {
            var found = extra is not null ? $"extra dimension '{extra.Dimension}' ({extra.Role})" : $"dimensions ({string.Join(", ", variable.Dimensions)})";
            diagnostics.Add(Unusable(where, found));
            return null;
        }

        var match = GridMatcher.Match(planned, grid.Lat, grid.Lon);
        if (!match.IsMatch)
        {
            diagnostics.Add(Diagnostic.Warning(CompanionCodes.GridMismatch, where, $"the data grid ({GridMatcher.Describe(grid.Lat, grid.Lon)}) from {Path.GetFileName(grid.Path)}",
                $"{GridMatcher.Describe(planned.Lat, planned.Lon)}: {match.Mismatch}", "no sftlf from this source; regrid it to the data grid or give a source on that grid"));
            return null;
        }

        var slab = ReadFirstSlab(file, variable, lat, lon);
        Mask(slab, variable);
        var values = Remap(slab, lat.Position < lon.Position, (int)lat.Length, (int)lon.Length, match);
        var rules = match.Rules.ToList();
        if (axes.Any(a => a.Role == AxisRole.Time && a.Length > 1)) rules.Add("companion:first-time-step");
        return new SourceField(values, variable.Text("units") ?? variable.AttributeIgnoreCase("units")?.Text, rules);
    }

    /// <summary>All of lat and lon, index 0 of every other axis (time, length-1 axes).</summary>
    private static double[] ReadFirstSlab(NcFile file, VariableInfo variable, SourceAxis lat, SourceAxis lon)
    {
        var start = new long[variable.Rank];
        var count = new long[variable.Rank];
        for (var i = 0; i < variable.Rank; i++) count[i] = i == lat.Position ? lat.Length : i == lon.Position ? lon.Length : 1;
        var slab = new double[lat.Length * lon.Length];
        file.Read(variable.Name, start, count, slab);
        return slab;
    }

    /// <summary>
    /// Fill, missing_value and valid-range cells become NaN, packed values are unpacked (CF §8.1, PackingAndMask),
    /// and undeclared protocol/sentinel values too, as for data (ValuePlan, docs/quirks.md §6 "Fill values").
    /// </summary>
    private static void Mask(double[] slab, VariableInfo variable)
    {
        var (scale, offset, fills, min, max, _) = PackingAndMask.Read(variable);
        for (var i = 0; i < slab.Length; i++)
        {
            var raw = slab[i];
            var missing = double.IsNaN(raw) || fills.Contains(raw) || raw < (min ?? double.NegativeInfinity) || raw > (max ?? double.PositiveInfinity);
            var x = (raw * scale) + offset;
            missing |= !double.IsFinite(x) || x == ValuePlan.ProtocolMissing || Math.Abs(x) >= ValuePlan.SentinelMagnitude;
            slab[i] = missing ? double.NaN : x;
        }
    }

    private static double[] Remap(double[] slab, bool latFirst, int nLat, int nLon, GridMatch match)
    {
        var rows = match.RowSource!;
        var cols = match.ColumnSource!;
        var values = new double[rows.Length * cols.Length];
        for (var y = 0; y < rows.Length; y++)
        {
            for (var x = 0; x < cols.Length; x++)
            {
                values[(y * cols.Length) + x] = latFirst ? slab[(rows[y] * nLon) + cols[x]] : slab[(cols[x] * nLat) + rows[y]];
            }
        }

        return values;
    }

    private static Diagnostic Unusable(Where where, string found) =>
        Diagnostic.Warning(CompanionCodes.SourceUnusable, where, "a (lat, lon) or (time, lat, lon) land-fraction field", found,
            "no sftlf from this source; check the file or the landFraction entry in the fixes");
}
