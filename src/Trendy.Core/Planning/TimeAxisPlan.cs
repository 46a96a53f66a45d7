using Trendy.Core.Cf.Time;

namespace Trendy.Core.Planning;

/// <summary>
/// The output time axis: `time` at interval midpoints and `time_bnds` at the edges, in
/// <see cref="Units"/> (always "days since 1850-01-01") and an explicit calendar, as ILAMB 2.x requires
/// (docs/contract.md §1.4, Part 3 item 4). <see cref="IntervalSeconds"/> is the real length of each step
/// in its calendar, used to turn per-month / per-year totals into per-second rates.
/// </summary>
public sealed record TimeAxisPlan(
    string SourceDimension,
    string? SourceVariable,
    double[] Mid,
    double[] Bounds,
    string Units,
    string Calendar,
    TimeFrequency Frequency,
    string FirstLabel,
    string LastLabel,
    double[] IntervalSeconds,
    double[] MonthSeconds,
    double[] YearSeconds,
    string Rule)
{
    public int Steps => Mid.Length;

    /// <summary>
    /// Source steps after the last output step whose time (and bounds) repeat the step before them: candidates for a
    /// safe repair, dropped only when execution finds their values identical too (<see cref="DuplicateTail"/>).
    /// </summary>
    public IReadOnlyList<int> DuplicateSteps { get; init; } = [];
}
