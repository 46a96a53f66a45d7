namespace Trendy.Pipeline.Synthesis;

/// <summary>One time step: a calendar month, or a whole year when <see cref="Month"/> is 0.</summary>
public readonly record struct SynthStep(int Year, int Month)
{
    public bool IsAnnual => Month == 0;

    public static IReadOnlyList<SynthStep> Monthly(int firstYear, int lastYear) =>
        [.. Enumerable.Range(firstYear, lastYear - firstYear + 1).SelectMany(y => Enumerable.Range(1, 12).Select(m => new SynthStep(y, m)))];

    public static IReadOnlyList<SynthStep> Annual(int firstYear, int lastYear) =>
        [.. Enumerable.Range(firstYear, lastYear - firstYear + 1).Select(y => new SynthStep(y, 0))];
}
