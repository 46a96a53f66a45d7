namespace Trendy.Core.Cf.Metadata;

/// <summary>
/// The <c>where TYPE [over TYPE]</c> clauses of a <c>cell_methods</c> attribute (CF 1.8 §7.3.3). A TYPE must be
/// a string-valued area_type variable of the file or a name from the CF area-type table (<see cref="AreaTypes"/>);
/// any other name (CMIP6's <c>where sector</c>, which refers to a land-use tile coordinate) leaves the method
/// undefined for a reader of this file.
/// </summary>
public static class CellMethods
{
    /// <summary>The TYPE names the clauses use, in order; words inside a parenthesised comment are ignored.</summary>
    public static IReadOnlyList<string> TypeNames(string? cellMethods) =>
        [.. Clauses(Words(cellMethods)).SelectMany(c => c.Types)];

    /// <summary>
    /// The attribute without the clauses whose TYPE is neither an area type nor named by
    /// <paramref name="isAreaTypeVariable"/>, and the names dropped. The method itself stays: "mean where sector"
    /// becomes "mean", the mean over the whole cell area, which is what a file without sectors holds.
    /// </summary>
    public static (string CellMethods, IReadOnlyList<string> Dropped) WithoutUndefinedTypes(string cellMethods, Func<string, bool> isAreaTypeVariable)
    {
        var words = Words(cellMethods);
        var dropped = new List<string>();
        var remove = new HashSet<int>();
        foreach (var clause in Clauses(words))
        {
            if (clause.Types.All(t => AreaTypes.IsAreaType(t) || isAreaTypeVariable(t))) continue;
            dropped.AddRange(clause.Types);
            for (var i = clause.Start; i < clause.End; i++) remove.Add(i);
        }

        return dropped.Count == 0 ? (cellMethods, dropped) : (string.Join(' ', words.Where((_, i) => !remove.Contains(i))), dropped);
    }

    /// <summary>
    /// The method applied over dimension <paramref name="name"/> ("pft: sum" → "sum", "lat: lon: mean" → "mean" for
    /// both; CF 1.8 §7.3), or null when the attribute does not name it.
    /// </summary>
    public static string? MethodFor(string? cellMethods, string name)
    {
        var words = Words(cellMethods);
        var named = false;
        foreach (var w in words)
        {
            if (w.EndsWith(':'))
            {
                named |= string.Equals(w[..^1], name, StringComparison.Ordinal);
                continue;
            }

            if (named) return w;
        }

        return null;
    }

    private static string[] Words(string? cellMethods) => (cellMethods ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<Clause> Clauses(string[] words)
    {
        var depth = 0;
        for (var i = 0; i < words.Length; i++)
        {
            depth += words[i].Count(c => c == '(') - words[i].Count(c => c == ')');
            if (depth > 0 || words[i] != "where" || i + 1 >= words.Length) continue;
            var types = new List<string> { words[i + 1] };
            var end = i + 2;
            if (end + 1 < words.Length && words[end] == "over")
            {
                types.Add(words[end + 1]);
                end += 2;
            }

            yield return new Clause(i, end, types);
            i = end - 1;
        }
    }

    private sealed record Clause(int Start, int End, IReadOnlyList<string> Types);
}
