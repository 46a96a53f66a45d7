namespace Trendy.Core.Fixes;

/// <summary>List merging for <see cref="ModelFixes.MergeWith"/>: keys compare case-insensitively like model names.</summary>
internal static class FixMerge
{
    public static IReadOnlyList<string> Union(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        [.. a.Concat(b).Distinct(StringComparer.OrdinalIgnoreCase)];

    public static IReadOnlyList<T> Upsert<T>(IReadOnlyList<T> baseItems, IReadOnlyList<T> overItems, Func<T, string> key)
    {
        var result = new List<T>(baseItems);
        foreach (var item in overItems)
        {
            var k = key(item);
            var at = result.FindIndex(x => string.Equals(key(x), k, StringComparison.OrdinalIgnoreCase));
            if (at >= 0) result[at] = item;
            else result.Add(item);
        }
        return result;
    }
}
