namespace Trendy.Core.Planning;

/// <summary>
/// A file whose last time step is stored twice (same time, same bounds) can lose the copy without losing anything,
/// provided the values are the same as well; that is checked while converting, since the plan sees only the header.
/// Only the last step is repaired: a repeat inside the axis still fails as TIME006, since which of two steps in the
/// middle is the right one cannot be told from the file (docs/quirks.md, "Duplicated last step").
/// </summary>
public static class DuplicateTail
{
    public const string Rule = "time:duplicate-last-step-dropped";

    /// <summary>
    /// 1 when the last step repeats the one before it in time and bounds and that one follows a real increase, else 0.
    /// Equal times further back (all zeros, ISAM) are no stored copy but a missing axis, left to the decoder.
    /// </summary>
    public static int Count(IReadOnlyList<double>? values, IReadOnlyList<double>? bounds)
    {
        if (values is not { Count: >= 3 } v) return 0;
        var last = v.Count - 1;
        return v[last] == v[last - 1] && v[last - 1] > v[last - 2] && SameBounds(bounds, last) ? 1 : 0;
    }

    private static bool SameBounds(IReadOnlyList<double>? bounds, int step) =>
        bounds is null || (bounds[2 * step] == bounds[2 * (step - 1)] && bounds[(2 * step) + 1] == bounds[(2 * (step - 1)) + 1]);
}
