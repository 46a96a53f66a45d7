using Trendy.Core.Codes;

namespace Trendy.Core.Companions;

/// <summary>Stable diagnostic codes raised while writing the grid companions areacella and sftlf; meanings: <see cref="Entries"/>.</summary>
public static class CompanionCodes
{
    public const string NoLandFraction = "COMP001";
    public const string GridMismatch = "COMP002";
    public const string NoDataGrid = "COMP003";
    public const string SourceUnusable = "COMP004";
    public const string MixedGrids = "COMP005";
    public const string NoUsableLandFraction = "COMP006";

    internal static IEnumerable<CodeInfo> Entries =>
    [
        CodeInfo.Note(NoLandFraction, "the model has no land-fraction source: areacella only, ILAMB weights by cell area", ""),
        CodeInfo.Warning(GridMismatch, "a land-fraction source is on another grid than the data outputs; no sftlf from it",
            "provide a land-fraction file on the data grid"),
        CodeInfo.Error(NoDataGrid, "no converted output with lat, lat_bnds, lon, lon_bnds in the model folder; nothing written",
            "convert the model's data files first"),
        CodeInfo.Warning(SourceUnusable, "a land-fraction or cell-area source file or variable cannot be read as a (lat, lon) field",
            "check the source file, or name another in a --fixes file"),
        CodeInfo.Warning(MixedGrids, "the model folder's outputs are on different grids; the companions fit only the most common one",
            "check the outputs on the other grids"),
        CodeInfo.Warning(NoUsableLandFraction, "land-fraction sources were given but none was usable; areacella only",
            "check the sources named in the model's fixes"),
    ];
}
