namespace Trendy.Core.Identify;

/// <summary>
/// The grid companions a model ships for land weighting, from which sftlf (%) and areacella (m2) are built
/// later (docs/quirks.md §6 "Land fraction": only ~8 models ship oceanCoverFrac; others ship land_fraction,
/// landAreaFrac, LAND_AREA_*, slm, sftlf, or nothing).
/// </summary>
public enum CompanionKind
{
    None,

    /// <summary><c>oceanCoverFrac</c> (TRENDY request; <c>oceancoverfrac</c> in ELM-FATES v14): land = 1 − value.</summary>
    OceanFraction,

    /// <summary><c>land_fraction</c> (CLASSIC, CARDAMOM) or <c>landAreaFrac</c>: land fraction 0–1.</summary>
    LandFraction,

    /// <summary><c>sftlf</c>: land percentage, already the CMIP companion (ISBA-CTRIP).</summary>
    LandPercent,

    /// <summary><c>slm</c>: a 0/1 land-sea mask (JSBACH).</summary>
    LandMask,

    /// <summary><c>LAND_AREA_*</c>: land area per cell (DLEM).</summary>
    LandArea,

    /// <summary><c>area</c> or <c>areacella</c>: cell area (ISBA-CTRIP).</summary>
    CellArea,
}
