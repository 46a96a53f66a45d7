namespace Trendy.Core.Cf.Time;

/// <summary>
/// A guess of the whole axis from the number of steps alone, used only when no rule decodes the values
/// (all-zero ISAM times, no units, garbage). The table is TRENDY-Emulator's, reported in
/// docs/quirks.md §1 and §5; <see cref="RuleName"/> is reported so the guess is never silent.
/// </summary>
public sealed record StepCountFallback(int Count, TimeGrid Grid)
{
    /// <summary>The known step counts: 3888/324 from 1700, 3876 from 1701, 1968/164 from 1860, 1488 from 1900.</summary>
    public static IReadOnlyList<StepCountFallback> Table { get; } =
    [
        new(3888, new TimeGrid(TimeFrequency.Monthly, 1700)),
        new(324, new TimeGrid(TimeFrequency.Annual, 1700)),
        new(3876, new TimeGrid(TimeFrequency.Monthly, 1701)),
        new(1968, new TimeGrid(TimeFrequency.Monthly, 1860)),
        new(164, new TimeGrid(TimeFrequency.Annual, 1860)),
        new(1488, new TimeGrid(TimeFrequency.Monthly, 1900)),
    ];

    public string RuleName => $"fallback:step-count-{Count}";

    /// <summary>The calendar year of the last step.</summary>
    public int EndYear => Grid.Frequency == TimeFrequency.Annual
        ? Grid.StartYear + Count - 1
        : Grid.StartYear + (int)((Grid.StartMonth - 1 + (long)Count - 1) / 12);
}
