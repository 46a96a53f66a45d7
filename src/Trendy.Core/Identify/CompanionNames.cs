namespace Trendy.Core.Identify;

/// <summary>
/// Names of land-fraction and cell-area sources (docs/quirks.md §6 "Land fraction"; ILAMB 2.x also reads
/// <c>landfrac</c> and <c>area</c>, docs/contract.md §1.6, ModelResult._getGridInformation).
/// </summary>
internal static class CompanionNames
{
    private static readonly Dictionary<string, CompanionKind> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["oceanCoverFrac"] = CompanionKind.OceanFraction, // TRENDY request; oceancoverfrac in ELM-FATES v14
        ["land_fraction"] = CompanionKind.LandFraction, // CLASSIC, CARDAMOM
        ["landAreaFrac"] = CompanionKind.LandFraction,
        ["landfrac"] = CompanionKind.LandFraction,
        ["sftlf"] = CompanionKind.LandPercent, // ISBA-CTRIP_sftlf.nc
        ["slm"] = CompanionKind.LandMask, // JSBACH
        ["area"] = CompanionKind.CellArea, // ISBA-CTRIP_area.nc
        ["areacella"] = CompanionKind.CellArea,
    };

    /// <summary>Stem start of DLEM's static land-area file (LAND_AREA_DLEM.nc).</summary>
    public const string LandAreaStem = "LAND_AREA";

    public static CompanionKind Of(string token)
    {
        if (ByName.TryGetValue(token, out var kind)) return kind;
        return token.StartsWith(LandAreaStem, StringComparison.OrdinalIgnoreCase) ? CompanionKind.LandArea : CompanionKind.None;
    }
}
