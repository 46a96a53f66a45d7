namespace Trendy.Core.Cf.Time;

/// <summary>Where inside its interval each source time value sat, as detected.</summary>
public enum StampPlacement
{
    /// <summary>Every value at the start of its interval (1st of the month, 1 January, midnight).</summary>
    Start,

    /// <summary>Values inside their intervals (e.g. mid-month).</summary>
    Inside,

    /// <summary>Every value at the end of its interval (the start of the next one); shifted back one interval.</summary>
    End,

    /// <summary>Intervals taken from the source bounds (their midpoints).</summary>
    Bounds,

    /// <summary>Values not used: a grid from a fix or a step-count fallback, or a month index.</summary>
    Grid,
}
