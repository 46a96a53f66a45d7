namespace Trendy.Core.Targets;

/// <summary>
/// What one TRENDY variable should become: the output name, CF/CMIP metadata, canonical units, role, default
/// selection and plausible range (docs/quirks.md §7–8; docs/contract.md Part 3). Built from one row of the embedded
/// variables.csv, whose legend describes each column (docs/variables.md).
/// </summary>
/// <param name="TrendyName">Name as TRENDY requests it (<c>evapotrans</c>, <c>burntArea</c>, <c>msl</c>).</param>
/// <param name="LongName">CMIP6 long_name (or the TRENDY description when CMIP6 has none).</param>
/// <param name="StandardName">CF standard_name, empty when none exists.</param>
/// <param name="Units">Canonical units to write (CMIP6 where it exists: <c>%</c> for burnt area, <c>kg m-2 s-1</c> for fluxes).</param>
/// <param name="VariableId">Name of the data variable to write (<c>evspsbl</c>, <c>burntFractionAll</c>, <c>mrsol</c>).</param>
/// <param name="CmipTable">CMIP6 table id (<c>Lmon</c>, <c>Amon</c>, <c>Emon</c>, <c>Eyr</c>, <c>fx</c>), empty when none.</param>
/// <param name="CmipName">CMIP6 variable the table column names (for PFT rows this differs from <paramref name="VariableId"/>: <c>gppLut</c>).</param>
/// <param name="Frequency">Interval TRENDY requests; the file's own time axis decides what is written.</param>
/// <param name="ExtraDimension">Extra axis besides time/lat/lon.</param>
/// <param name="Positive">CMIP6 <c>positive</c> (<c>up</c>/<c>down</c>), empty when the table leaves it empty.</param>
/// <param name="CellMethods">cell_methods as the CMIP6 table gives it (empty when none).</param>
/// <param name="OutputCellMethods">cell_methods to write; see <see cref="TargetCatalog"/> for the rule.</param>
/// <param name="IlambUseText">Which ILAMB 2.x / ilamb3 confrontations read it; empty when none.</param>
/// <param name="Role">Whether a model file of this name is converted, used as a grid companion, or left to ILAMB.</param>
/// <param name="Quantity">What the values measure (flux, pool, state, companion).</param>
/// <param name="Tables">CMIP6 tables holding the variable at each frequency.</param>
/// <param name="IsDefault">Converted when no variable selection is given.</param>
/// <param name="Plausibility">Range a sound model's long-term aggregate lands in; null when the table sets none.</param>
public sealed record TargetSpec(
    string TrendyName,
    string VariableId,
    string LongName,
    string StandardName,
    string Units,
    string CmipTable,
    string CmipName,
    TrendyFrequency Frequency,
    ExtraDimension ExtraDimension,
    string Positive,
    string CellMethods,
    string OutputCellMethods,
    string IlambUseText,
    TargetRole Role,
    Quantity Quantity,
    CmipTables Tables,
    bool IsDefault,
    PlausibleRange? Plausibility)
{
    /// <summary>True when an ILAMB 2.x or ilamb3 confrontation reads this name (directly, as alternate, or as input).</summary>
    public bool HasIlambUse => IlambUseText.Length > 0;

    /// <summary>
    /// PFT-axis variables are kept under their TRENDY name as an archive product: a PFT axis is read as a depth
    /// axis by ILAMB 2.x and fails (docs/quirks.md §8, last rows of the mapping table).
    /// </summary>
    public bool IsArchiveProduct => ExtraDimension == ExtraDimension.Pft;

    /// <summary>Soil-layer variables need a <c>depth</c> coordinate in m with bounds (docs/contract.md Part 3, item 9).</summary>
    public bool NeedsDepthAxis => ExtraDimension == ExtraDimension.Soil;

    /// <summary>True when the output name differs from the TRENDY name (evapotrans→evspsbl, burntArea→burntFractionAll, msl→mrsol).</summary>
    public bool IsRenamed => !string.Equals(TrendyName, VariableId, StringComparison.Ordinal);
}
