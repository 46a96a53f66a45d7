using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Synthesis;

/// <summary>Derives a data file's quirk families from its recipe, so the manifest cannot drift from what was written.</summary>
internal static class SynthQuirkTags
{
    public static List<string> For(ModelRecipe m, VariableRecipe v, TimeEncoding? time)
    {
        var tags = ModelTags(m);
        if (v.Packing is not null) tags.Add(SynthQuirk.PackedShort);
        else tags.Add(FillTag(m.Fill));
        if (time is not null) tags.AddRange(TimeTags(time));
        tags.Add(SynthQuirk.UnitsPrefix + v.Units.Text);
        if (v.Units.Attribute != "units") tags.Add(SynthQuirk.UnitAttributeName);
        if (v.Layers == LayerKind.SoilLayers) tags.Add(SynthQuirk.SoilLayerAxis);
        if (v.Layers == LayerKind.DepthMetres) tags.Add(SynthQuirk.DepthAxisMeters);
        if (v.Layers == LayerKind.Pft) tags.Add(SynthQuirk.PftAxis);
        if (v.LonLatTime) tags.Add(SynthQuirk.DimensionOrderLonLatTime);
        if (v.NameInFile is { } n && n != v.Variable && n.Equals(v.Variable, StringComparison.OrdinalIgnoreCase)) tags.Add(SynthQuirk.UpperCaseVariable);
        if (v.Monthly == true && !SyntheticField.IsMonthlyByDefault(v.Variable)) tags.Add(SynthQuirk.MonthlyStock);
        return tags;
    }

    public static List<string> ModelTags(ModelRecipe m)
    {
        var tags = new List<string>();
        if (m.Directory != m.Prefix) tags.Add(SynthQuirk.DirectoryPrefixMismatch);
        if (m.Simulations.Count < ModelRecipe.AllSimulations.Count) tags.Add(SynthQuirk.PartialSimulations);
        tags.Add(m.Grid.Latitude == "lat" ? SynthQuirk.CoordsLatLon : SynthQuirk.CoordsLatitudeLongitude);
        if (m.Grid.NorthToSouth) tags.Add(SynthQuirk.LatitudeNorthToSouth);
        if (m.Grid.Longitude0To360) tags.Add(SynthQuirk.Longitude0To360);
        tags.Add(m.Format switch
        {
            NcCreateFormat.Classic => SynthQuirk.NetCdf3Classic,
            NcCreateFormat.Offset64Bit => SynthQuirk.NetCdf3Offset64,
            _ => SynthQuirk.NetCdf4Compressed,
        });
        return tags;
    }

    private static IEnumerable<string> TimeTags(TimeEncoding time)
    {
        yield return time.Tag;
        if (time.CalendarName is null) yield return SynthQuirk.NoCalendarAttribute;
        if (time.Dimension != "time") yield return SynthQuirk.TimeDimensionPrefix + time.Dimension;
        if (time.Style == TimeStyle.MonthIndex) yield return SynthQuirk.MonthIndexFrom2003;
    }

    private static string FillTag(FillStyle fill) => fill switch
    {
        FillStyle.Protocol => SynthQuirk.FillProtocol,
        FillStyle.Cmip => SynthQuirk.FillCmip,
        FillStyle.NanNoAttribute => SynthQuirk.FillNanNoAttribute,
        _ => SynthQuirk.FillNetcdfDefault,
    };
}
