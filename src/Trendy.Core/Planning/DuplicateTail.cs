namespace Trendy.Core.Planning;

/// <summary>
/// A file whose last time step is stored twice (same time, same bounds) can lose the copy without losing anything,
/// provided the values are the same as well; that is checked while converting, since the plan sees only the header.
/// Only a run of repeats at the end is repaired: a repeat inside the axis still fails as TIME006, since which of two
/// steps in the middle is the right one cannot be told from the file (docs/quirks.md, "Duplicated last step").
/// </summary>
public static class DuplicateTail
{
    public const string Rule = "time:duplicate-last-step-dropped";

    /// <summary>How many trailing steps repeat the step before them in time and bounds (0 when none, or too few steps are left).</summary>
    public static int Count(IReadOnlyList<double>? values, IReadOnlyList<double>? bounds)
    {
        if (values is null) return 0;
        var n = values.Count;
        var last = n - 1;
        while (last >= 2 && values[last] == values[last - 1] && SameBounds(bounds, last)) last--;
        return n - 1 - last;
    }

    private static bool SameBounds(IReadOnlyList<double>? bounds, int step) =>
        bounds is null || (bounds[2 * step] == bounds[2 * (step - 1)] && bounds[(2 * step) + 1] == bounds[(2 * (step - 1)) + 1]);
}
