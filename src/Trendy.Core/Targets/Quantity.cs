namespace Trendy.Core.Targets;

/// <summary>
/// What a variable's values measure (variables.csv <c>quantity</c>). It decides how a plausibility check aggregates
/// the field: fluxes are summed per unit time, pools are summed as stocks, states are averaged.
/// </summary>
public enum Quantity
{
    /// <summary>Mass or energy per unit area and time (gpp, evapotrans, rsds).</summary>
    Flux,

    /// <summary>Stock per unit area (cVeg, cSoil, mrso).</summary>
    Pool,

    /// <summary>Intensive value: temperature, fraction, index (tas, lai, burntArea).</summary>
    State,

    /// <summary>Static grid field used to build sftlf/areacella (oceanCoverFrac, land_fraction, sftlf, areacella).</summary>
    Companion,
}
