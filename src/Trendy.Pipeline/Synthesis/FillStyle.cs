namespace Trendy.Pipeline.Synthesis;

/// <summary>How ocean (missing) cells are written (docs/quirks.md §6, fill values).</summary>
public enum FillStyle
{
    /// <summary>_FillValue and missing_value −99999 (the TRENDY protocol value).</summary>
    Protocol,

    /// <summary>_FillValue and missing_value 1e20 (CMIP habit).</summary>
    Cmip,

    /// <summary>NaN in ocean cells and no _FillValue attribute at all (VISIT has no _FillValue).</summary>
    NanNoAttribute,

    /// <summary>The netCDF default float fill (9.969e36) written without any attribute.</summary>
    NetcdfDefault,
}
