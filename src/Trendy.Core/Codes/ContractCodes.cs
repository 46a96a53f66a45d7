using Trendy.Core.Codes;

namespace Trendy.Core.Contract;

/// <summary>
/// Stable codes of the output checks (docs/codes.md, "Output checks"): ILAMBnnn for the ILAMB contract of
/// docs/contract.md Part 3 (the item number is in the expectation text), CFR001 for the CF metadata rules of
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
    public const string CfRule = "CFR001";

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

    internal static IEnumerable<CodeInfo> Entries =>
    [
        CodeInfo.Error(DataVariable, "output: not exactly one data variable, or not the promised one (contract item 1)", "convert the source again"),
        CodeInfo.Error(Dimensions, "output: dimensions not (time, [depth], lat, lon), or a static field without a time axis (items 2, 6)", "convert the source again"),
        CodeInfo.Error(Coordinates, "output: latitude not ascending (e.g. flipped without its data), lat/lon or their units missing (item 2)", "convert the source again"),
        CodeInfo.Error(CoordinateBounds, "output: lat_bnds/lon_bnds missing, unreferenced or not (south, north) around their centres (item 3)", "convert the source again"),
        CodeInfo.Error(TimeUnits, "output: time units not 'days since …' (item 4)", "convert the source again"),
        CodeInfo.Error(Calendar, "output: time without a calendar (item 4)", "set the calendar, or convert the source again"),
        CodeInfo.Error(TimeBounds, "output: time bounds missing, reversed or not holding their time (item 4)", "convert the source again"),
        CodeInfo.Error(TimeGap, "output: time bounds with a gap (item 4)", "convert the source again, or split the file at the gap"),
        CodeInfo.Error(FillValue, "output: _FillValue not 1e20 (item 7)", "convert the source again"),
        CodeInfo.Error(BareNan, "output: bare NaN in a sampled step (item 7)", "convert the source again"),
        CodeInfo.Error(Units, "output: units missing or not the canonical units (item 8): relabelled instead of rescaled", "convert the source again"),
        CodeInfo.Error(ExtraAxis, "output: an extra axis that is not depth in m with bounds (item 9)", "convert the source again"),
        CodeInfo.Error(Grid, "output: a companion off the data grid, or one model folder on several grids (item 10)", "rerun convert so the companions are rebuilt"),
        CodeInfo.Error(Promise, "output: fewer steps or valid cells than the writer promised", "convert the source again"),
        CodeInfo.Error(Unreadable, "output: the file cannot be opened", "convert the source again"),
        CodeInfo.Error(CfRule, "output: a CF metadata rule of cf.md (section in the message)", "convert the source again"),
        CodeInfo.Error(CatalogueRow, "verify: a catalogue row whose file is missing, an output without a row, or no ilamb3-models.csv (item 11)", "run 'trendy2ilamb report OUT'"),
        CodeInfo.Error(OneSimulation, "verify: more than one simulation in a model folder (item 5)", "move each simulation to OUT/{simulation}/{model}"),
        CodeInfo.Error(Attributes, "verify: a global attribute disagrees with the catalogue row, folder, file name or time axis (source_id MODEL-SIM, member_id SIM, table_id of the real frequency)", "convert again, then 'trendy2ilamb report OUT'"),
        CodeInfo.Error(SourceMissing, "verify --source: the source file named by the output's provenance is not under ROOT", "give the release the output came from"),
        CodeInfo.Error(SourceMask, "verify --source: the valid-cell mask differs from the source's", "convert the source again"),
        CodeInfo.Error(SourceValue, "verify --source: a value differs from source × recorded conversion beyond float32 rounding", "convert the source again"),
        CodeInfo.Error(SourceTotal, "verify --source: a step's area-weighted total not conserved under a pure rescale", "convert the source again"),
        CodeInfo.Error(SourceNotCheckable, "verify --source: the conversion cannot be recomputed (as a note: level axes and .nc.gz sources are not recomputed)", "convert the source again with this version"),
        CodeInfo.Error(Implausible, "verify: a global annual total or mean outside its plausible range (plausible_* columns of Resources/variables.csv), with the likely factor (1000, 86400, 365, 12, 100, sign)", "check the source's units and the model's unit fixes"),
        CodeInfo.Warning(CrossModel, "verify: a model's global mean more than 5× from the ensemble median of its simulation and variable", "compare the model's units and values with its source"),
    ];
}
