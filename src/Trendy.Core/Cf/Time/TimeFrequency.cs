namespace Trendy.Core.Cf.Time;

/// <summary>Step of a decoded time axis, detected from the decoded dates (not from names or units).</summary>
public enum TimeFrequency
{
    Monthly,
    Annual,
    Daily,
    Other,
}
