namespace Trendy.Core.Planning;

/// <summary>Step frequency detected from decoded dates; the label is what ilamb3's catalogue and file names use.</summary>
public enum TimeFrequency
{
    Monthly,
    Annual,
    Daily,
    Other,
}
