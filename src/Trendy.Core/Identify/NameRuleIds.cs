namespace Trendy.Core.Identify;

/// <summary>Stable ids of <see cref="NameRule"/>s, each tied to the name variant it exists for (trendy-files.md §4).</summary>
public static class NameRuleIds
{
    /// <summary>Archive suffix stripped (.nc.gz, .nc.tar.gz, .nc.tar).</summary>
    public const string Archive = "archive";

    /// <summary>File prefix is a known alias of the model folder (CLM → CLM6.0_, ED → EDv3_).</summary>
    public const string PrefixAlias = "prefix-alias";

    /// <summary>Per-PFT split file <c>_PFTnn</c> (CLM6.0_S3_gpppft_PFT05.nc).</summary>
    public const string PftSplit = "pft-split";

    /// <summary><c>Annual_</c>/<c>Monthly_</c> before the variable (YIBs_S0_Annual_cSoil).</summary>
    public const string FrequencyPrefix = "frequency-prefix";

    /// <summary><c>Annual</c>/<c>Monthly</c> glued after the variable (SDGVM_S0_nbpAnnual).</summary>
    public const string FrequencySuffix = "frequency-suffix";

    /// <summary>Trailing <c>_OBS</c> (CARDAMOM).</summary>
    public const string ObsSuffix = "obs-suffix";

    /// <summary>Leading <c>mean_annual_</c>.</summary>
    public const string MeanAnnual = "mean-annual";

    /// <summary>Variable spelling mapped by the model's fixes entry (CARDAMOM tas_max → tasmax).</summary>
    public const string ModelAlias = "model-alias";

    /// <summary>Variable matched ignoring case (ISAM LAI → lai, fFireCSoil → fFireCsoil).</summary>
    public const string CaseFolded = "case-folded";

    /// <summary>Land-fraction or cell-area source recognised by name.</summary>
    public const string Companion = "companion";

    /// <summary>No simulation in the file name: a static file.</summary>
    public const string Static = "static";

    /// <summary>Simulation read from a revised folder (correctedS2, S0_revisedNov3).</summary>
    public const string RevisedFolder = "revised-folder";

    /// <summary>File in a non-simulation folder (update, revised_nbppft, Ancillary).</summary>
    public const string NonSimulationFolder = "non-simulation-folder";

    /// <summary>Recognised as NetCDF by its leading bytes although its name has no NetCDF suffix (.nc4, .cdf, .h5, none).</summary>
    public const string Content = "content";

    /// <summary>One part of a series split by period across files (_1901-1960, _190101-196012).</summary>
    public const string PeriodSplit = "period-split";

    /// <summary>--model or --simulation given on the command line.</summary>
    public const string Override = "override";
}
