namespace Trendy.Core.Contract;

/// <summary>
/// Stable codes of the output checks (docs/codes.md, "Output checks"): ILAMBnnn for the ILAMB contract of
/// docs/contract.md Part 3 (the item number is in the expectation text), CF001 for the CF metadata rules of
/// docs/cf.md, CAT for catalogue and attribute consistency, SRC for the comparison with the source, PLAUS for
/// plausibility.
/// </summary>
public static class ContractCodes
{
    /// <summary>Item 1: exactly one data variable, named as the variable table says.</summary>
    public const string DataVariable = "ILAMB001";

    /// <summary>Item 2: dimensions (time, [depth], lat, lon) in that order.</summary>
    public const string Dimensions = "ILAMB002";

    /// <summary>Item 2: lat ascending, lat/lon coordinates with degrees_north/degrees_east.</summary>
    public const string Coordinates = "ILAMB003";

    /// <summary>Item 3: lat_bnds/lon_bnds named so, referenced, (south, north) around each centre.</summary>
    public const string CoordinateBounds = "ILAMB004";

    /// <summary>Item 4: time in "days since …".</summary>
    public const string TimeUnits = "ILAMB005";

    /// <summary>Item 4: an explicit calendar.</summary>
    public const string Calendar = "ILAMB006";

    /// <summary>Item 4: time_bnds present, increasing, holding their time values.</summary>
    public const string TimeBounds = "ILAMB007";

    /// <summary>Item 4: time bounds contiguous (a gap fails ILAMB 2.x).</summary>
    public const string TimeGap = "ILAMB008";

    /// <summary>Item 7: _FillValue 1e20 on the data variable.</summary>
    public const string FillValue = "ILAMB009";

    /// <summary>Item 7: no bare NaN.</summary>
    public const string BareNan = "ILAMB010";

    /// <summary>Item 8: units present and the canonical units of the variable.</summary>
    public const string Units = "ILAMB011";

    /// <summary>Item 9: an extra axis is a depth in m with bounds.</summary>
    public const string ExtraAxis = "ILAMB012";

    /// <summary>Item 10: companions (areacella, sftlf) and data of one model folder on one grid.</summary>
    public const string Grid = "ILAMB013";

    /// <summary>What the writer promised (time steps, valid cells of the sampled steps) is what the file holds.</summary>
    public const string Promise = "ILAMB014";

    /// <summary>The file could not be opened or read.</summary>
    public const string Unreadable = "ILAMB015";

    /// <summary>A CF metadata rule of docs/cf.md (the CF section is in the expectation text).</summary>
    public const string CfRule = "CF001";

    /// <summary>Item 11: every output has a row in the ilamb3 catalogue and every row's file exists.</summary>
    public const string CatalogueRow = "CAT001";

    /// <summary>Item 5: one simulation per model folder.</summary>
    public const string OneSimulation = "CAT002";

    /// <summary>The file's global attributes disagree with its catalogue row, its folder or its name.</summary>
    public const string Attributes = "CAT003";

    /// <summary>The provenance names no source file that exists under --source.</summary>
    public const string SourceMissing = "SRC001";

    /// <summary>The valid-cell mask differs from the source's.</summary>
    public const string SourceMask = "SRC002";

    /// <summary>A value differs from source × recorded conversion beyond float32 rounding.</summary>
    public const string SourceValue = "SRC003";

    /// <summary>The area-weighted global total of a step is not conserved under a pure rescale.</summary>
    public const string SourceTotal = "SRC004";

    /// <summary>The output does not record enough to recompute its conversion (or its layout is beyond the recomputation).</summary>
    public const string SourceNotCheckable = "SRC005";

    /// <summary>A global annual total or mean outside the variable's plausible range.</summary>
    public const string Implausible = "PLAUS001";

    /// <summary>A model's global mean more than a factor 5 from the ensemble median of its simulation and variable.</summary>
    public const string CrossModel = "PLAUS002";
}
