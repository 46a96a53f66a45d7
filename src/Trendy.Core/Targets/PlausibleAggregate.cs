namespace Trendy.Core.Targets;

/// <summary>How a field is reduced to the one number a <see cref="PlausibleRange"/> bounds.</summary>
public enum PlausibleAggregate
{
    /// <summary>Sum of value × cell area × land fraction over the globe (PgC/yr for carbon fluxes, PgC for pools).</summary>
    GlobalTotal,

    /// <summary>Mean over land, weighted by cell area × land fraction (K for tas, m2 m-2 for lai).</summary>
    LandMean,
}
