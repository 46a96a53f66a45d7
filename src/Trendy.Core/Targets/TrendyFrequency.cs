namespace Trendy.Core.Targets;

/// <summary>The output interval the TRENDY protocol requests (variables.csv <c>trendy_frequency</c>).</summary>
public enum TrendyFrequency
{
    /// <summary>Not a TRENDY request (ILAMB-side names) or not stated.</summary>
    Unknown,
    Daily,
    Monthly,
    Annual,

    /// <summary>Static fields delivered once (oceanCoverFrac, land_fraction, sftlf, areacella).</summary>
    Once,
}
