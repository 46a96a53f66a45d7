namespace Trendy.Core.Cf.Time;

/// <summary>How the output calendar was chosen (reported per file).</summary>
public enum CalendarSource
{
    /// <summary>The file's own calendar attribute.</summary>
    Attribute,

    /// <summary>A per-model fix forced it.</summary>
    Fix,

    /// <summary>Inferred from the spacing of the time values (the attribute was missing or unknown).</summary>
    Inferred,

    /// <summary>CF 1.11 §4.4.1 default "standard" (the attribute was missing or unknown and nothing else decided).</summary>
    Default,
}
