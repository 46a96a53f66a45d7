namespace Trendy.Pipeline.Synthesis;

/// <summary>
/// Names of the quirk families the synthetic release exercises (docs/quirks.md §1–§6). Time and units
/// families carry their exact string as a suffix (<c>time:days since 1700-01-01|noleap</c>,
/// <c>units:gC m-2 month-1</c>), so a test can ask for a family by prefix.
/// </summary>
public static class SynthQuirk
{
    public const string DirectoryPrefixMismatch = "directory-prefix-mismatch";
    public const string CoordsLatLon = "coords-lat-lon";
    public const string CoordsLatitudeLongitude = "coords-latitude-longitude";
    public const string LatitudeNorthToSouth = "latitude-north-to-south";
    public const string Longitude0To360 = "longitude-0-360";
    public const string TimePrefix = "time:";
    public const string NoCalendarAttribute = "no-calendar-attribute";
    public const string TimeDimensionPrefix = "time-dimension:";
    public const string MonthIndexFrom2003 = "month-index-from-2003";
    public const string UnitsPrefix = "units:";
    public const string UnitAttributeName = "unit-attribute-instead-of-units";
    public const string PackedShort = "packed-short";
    public const string FillProtocol = "fill:-99999";
    public const string FillCmip = "fill:1e20";
    public const string FillNanNoAttribute = "fill:nan-no-attribute";
    public const string FillNetcdfDefault = "fill:netcdf-default";
    public const string SoilLayerAxis = "soil-layer-axis";
    public const string DepthAxisMeters = "depth-axis-m";
    public const string PftAxis = "pft-axis";
    public const string NetCdf3Classic = "format:netcdf3-classic";
    public const string NetCdf3Offset64 = "format:netcdf3-64bit-offset";
    public const string NetCdf4Compressed = "format:netcdf4-compressed";
    public const string DimensionOrderLonLatTime = "dimension-order-lon-lat-time";
    public const string UpperCaseVariable = "upper-case-variable";
    public const string MonthlyStock = "monthly-stock";
    public const string ZonalText = "zonal-nbp-text";
    public const string Readme = "readme";
    public const string Md5 = "md5-file";
    public const string StaticOceanCoverFrac = "static-ocean-cover-frac";
    public const string StaticLandFraction = "static-land-fraction";
    public const string WrongSimulationFolder = "wrong-simulation-folder";
    public const string RevisedSimulationFolder = "revised-simulation-folder";
    public const string PartialSimulations = "partial-simulations";
    public const string CorruptTruncatedNetcdf4 = "corrupt:truncated-netcdf4";
    public const string CorruptTextAsNc = "corrupt:text-named-nc";
    public const string GzipArchive = "archive:nc-gz";
    public const string VariableNotInTable = "variable-not-in-table";
}
