using Trendy.Core.Codes;

namespace Trendy.Core.Planning;

/// <summary>Stable diagnostic codes of the grid and extra-axis planning; meanings: <see cref="Entries"/>.</summary>
public static class GridCodes
{
    public const string NoLatLon = "GRID001";
    public const string Curvilinear = "GRID002";
    public const string OutOfOrder = "GRID003";
    public const string UnknownDimension = "GRID004";
    public const string RepeatedRole = "GRID005";
    public const string GlobalGridAssumed = "GRID006";
    public const string TooManyExtraAxes = "GRID007";
    public const string SoilNotSummable = "GRID008";
    public const string SoilDepthsMissing = "GRID010";

    internal static IEnumerable<CodeInfo> Entries =>
    [
        CodeInfo.Error(NoLatLon, "no latitude or longitude dimension, or no values for it", "the variable must be on a lat/lon grid"),
        CodeInfo.Error(Curvilinear, "a curvilinear grid (2-D latitude and longitude)", "regrid the file to a regular lat/lon grid first"),
        CodeInfo.Error(OutOfOrder, "latitudes or longitudes are not monotonic (longitudes may wrap once)", "ask the modelling team to re-export the file"),
        CodeInfo.Error(UnknownDimension, "a dimension that is neither time, lat, lon, a soil layer nor a PFT", "add an axis reduction for the model in a --fixes file"),
        CodeInfo.Error(RepeatedRole, "two dimensions claim the same role (time, lat or lon)", "ask the modelling team to re-export the file"),
        CodeInfo.Warning(GlobalGridAssumed, "lat/lon values missing; a regular global grid was assumed from the size", "confirm the grid"),
        CodeInfo.Error(TooManyExtraAxes, "more than one axis besides time, lat and lon", "add an axis reduction for the model in a --fixes file"),
        CodeInfo.Error(SoilNotSummable, "a soil axis on a variable that cannot be summed over layers", "convert a per-layer variable, or add a soil-layers fix"),
        CodeInfo.Error(SoilDepthsMissing, "soil layers without depths (no coordinate, bounds, depth attribute or fix)", "add a soil-layers fix for the model in a --fixes file"),
    ];
}
