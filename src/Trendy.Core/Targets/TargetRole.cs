namespace Trendy.Core.Targets;

/// <summary>
/// What a row of variables.csv is for. The table mixes three kinds of names (docs/quirks.md §3, §8):
/// variables a model file can carry, grid companions used for land weighting, and names that only
/// exist on the ILAMB side (observation names or expressions ILAMB derives itself).
/// </summary>
public enum TargetRole
{
    /// <summary>A variable a TRENDY file can carry; converted into an output of <see cref="TargetSpec.VariableId"/>.</summary>
    Variable,

    /// <summary>A static grid field (oceanCoverFrac, land_fraction, sftlf, areacella) used to build sftlf/areacella.</summary>
    Companion,

    /// <summary>
    /// A name ILAMB reads from observations or derives itself (biomass, et, nee = ra+rh−gpp, …). Converting a
    /// model file of that name would shadow ILAMB's own derivation, so such files are skipped.
    /// </summary>
    IlambSide,
}
