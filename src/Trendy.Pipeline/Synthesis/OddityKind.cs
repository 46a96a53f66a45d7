namespace Trendy.Pipeline.Synthesis;

/// <summary>Files beside the regular PREFIX_SIM_var.nc ones, or regular files put in an odd place or form.</summary>
public enum OddityKind
{
    Readme,
    Md5,
    ZonalNbpFolder,
    ZonalTextInSimulationFolder,
    StaticOceanCoverFrac,
    StaticLandFraction,
    WrongSimulationFolder,
    Gzip,
    RevisedSimulationFolder,
    NotInTable,
    TruncatedNetcdf4,
    TextNamedNc,
}
