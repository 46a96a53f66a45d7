namespace Trendy.Core.Cf.Time;

/// <summary>
/// A regular axis laid out without reading the time values: <c>n</c> steps of <see cref="Frequency"/>
/// starting at <see cref="StartYear"/>-<see cref="StartMonth"/> (or day <see cref="StartDay"/> for daily grids).
/// Used by the step-count fallbacks and by per-model fixes that force a start.
/// </summary>
public sealed record TimeGrid(TimeFrequency Frequency, int StartYear, int StartMonth = 1, int StartDay = 1);
