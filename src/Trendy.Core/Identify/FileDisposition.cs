namespace Trendy.Core.Identify;

/// <summary>What should happen to a file; <see cref="FileIdentity.Reason"/> says why for all but Convert.</summary>
public enum FileDisposition
{
    /// <summary>A variable of the table in a simulation: convert it.</summary>
    Convert,

    /// <summary>A land-fraction or cell-area source used to build sftlf/areacella.</summary>
    Companion,

    /// <summary>A NetCDF file without a simulation in its name (EDv3_landCoverFrac.nc, JSBACH_canopyFract.nc).</summary>
    StaticCandidate,

    /// <summary>A NetCDF file that is not converted (variable not in the table, ILAMB-side name, OBS or mean copy).</summary>
    Skipped,

    /// <summary>Not model output: README, md5, .dat, .txt, or a non-data folder (zonal_nbp, climate).</summary>
    Ignored,
}
