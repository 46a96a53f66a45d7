using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Synthesis;

/// <summary>Defines and writes the coordinate variables of a synthetic file, in the model's names.</summary>
internal static class SynthAxes
{
    /// <summary>Defines dimensions and coordinate variables; returns the data variable's dimensions, outermost first.</summary>
    public static IReadOnlyList<string> Define(NcFile f, SynthFileRequest r)
    {
        var g = r.Model.Grid;
        if (!r.IsStatic)
        {
            // NetCDF3 allows the record (unlimited) dimension only as the outermost one, so the
            // (lon, lat, time) file gets a fixed-length time dimension.
            f.DefineDimension(r.Time!.Dimension, r.Variable.LonLatTime ? r.Steps.Count : 0);
        }

        f.DefineDimension(g.Latitude, r.Grid.Latitudes.Length);
        f.DefineDimension(g.Longitude, r.Grid.Longitudes.Length);
        if (r.LayerDimension is { } layer) f.DefineDimension(layer, r.LayerCount);
        DefineCoordinate(f, g.Latitude, "latitude", "degrees_north", "Y");
        DefineCoordinate(f, g.Longitude, "longitude", "degrees_east", "X");
        if (!r.IsStatic) DefineTime(f, r.Time!);
        DefineLayer(f, r);
        if (r.IsStatic) return [g.Latitude, g.Longitude];
        if (r.Variable.LonLatTime) return [g.Longitude, g.Latitude, r.Time!.Dimension];
        return r.LayerDimension is { } l ? [r.Time!.Dimension, l, g.Latitude, g.Longitude] : [r.Time!.Dimension, g.Latitude, g.Longitude];
    }

    public static void Write(NcFile f, SynthFileRequest r)
    {
        var g = r.Model.Grid;
        f.Write<double>(g.Latitude, [0], [r.Grid.Latitudes.Length], r.Grid.Latitudes);
        f.Write<double>(g.Longitude, [0], [r.Grid.Longitudes.Length], r.Grid.Longitudes);
        if (!r.IsStatic)
        {
            var times = r.Steps.Select(r.Time!.Value).ToArray();
            f.Write<double>(r.Time!.Dimension, [0], [times.Length], times);
        }

        if (r.Variable.Layers == LayerKind.DepthMetres)
        {
            f.Write<double>("depth", [0], [SyntheticField.DepthsMetres.Length], SyntheticField.DepthsMetres);
        }
        else if (r.Variable.Layers == LayerKind.Pft)
        {
            int[] ids = [.. Enumerable.Range(1, SyntheticField.PftCount)];
            f.Write<int>("pft", [0], [ids.Length], ids);
        }
    }

    private static void DefineCoordinate(NcFile f, string name, string standardName, string units, string axis)
    {
        f.DefineVariable(name, NcType.Double, [name]);
        f.PutAttribute(name, "standard_name", standardName);
        f.PutAttribute(name, "units", units);
        f.PutAttribute(name, "axis", axis);
    }

    private static void DefineTime(NcFile f, TimeEncoding time)
    {
        f.DefineVariable(time.Dimension, NcType.Double, [time.Dimension]);
        f.PutAttribute(time.Dimension, "units", time.Units);
        if (time.CalendarName is { } calendar) f.PutAttribute(time.Dimension, "calendar", calendar);
        if (time.Style == TimeStyle.MonthIndex) f.PutAttribute(time.Dimension, "long_name", "month index from January 2003");
        else f.PutAttribute(time.Dimension, "standard_name", "time");
    }

    // CABLE-POP's soil axis has no coordinate variable (only the dimension), tsl's depth is in metres and
    // the PFT axis is an index, as in the v12 request table's "extra dimension" column (docs/quirks.md §3).
    private static void DefineLayer(NcFile f, SynthFileRequest r)
    {
        if (r.Variable.Layers == LayerKind.DepthMetres)
        {
            f.DefineVariable("depth", NcType.Double, ["depth"]);
            f.PutAttribute("depth", "long_name", "depth of soil layer centre");
            f.PutAttribute("depth", "units", "m");
            f.PutAttribute("depth", "positive", "down");
            f.PutAttribute("depth", "axis", "Z");
        }
        else if (r.Variable.Layers == LayerKind.Pft)
        {
            f.DefineVariable("pft", NcType.Int, ["pft"]);
            f.PutAttribute("pft", "long_name", "plant functional type: 1 tropical tree, 2 temperate tree, 3 boreal tree, 4 grass, 5 bare");
        }
    }
}
