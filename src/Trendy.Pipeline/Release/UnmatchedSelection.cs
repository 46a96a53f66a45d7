using Trendy.Core.Identify;
using Trendy.Pipeline.Discovery;

namespace Trendy.Pipeline.Release;

/// <summary>
/// A mistyped `--models CLASIC` would otherwise select nothing and end "0 files to convert" with exit 0: the run is
/// refused (a usage error) with the values the release does hold.
/// </summary>
public static class UnmatchedSelection
{
    /// <summary>The one-line refusal for the first option with a value that matches nothing in the release, or null.</summary>
    public static string? Find(Selection selection, DiscoveryResult discovery, string root)
    {
        var ids = discovery.Work.Select(w => w.File.Identity).Concat(discovery.Skipped.Select(s => s.File.Identity)).Where(i => i.Target is not null).ToList();
        return Refusal("--models", "model", selection.Models, ids.SelectMany(i => new[] { i.Model, i.ModelDirectory }), ids.Select(i => i.Model), root)
            ?? Refusal("--simulations", "simulation", selection.Simulations, ids.Select(i => i.Simulation), ids.Select(i => i.Simulation), root)
            ?? Refusal("--variables", "variable", selection.Variables, ids.SelectMany(Names), ids.Select(i => i.Target!.TrendyName), root);
    }

    private static IEnumerable<string?> Names(FileIdentity i) => [i.Target!.TrendyName, i.Target.VariableId];

    private static string? Refusal(string option, string what, IReadOnlyList<string> asked, IEnumerable<string?> accepted, IEnumerable<string?> shown, string root)
    {
        var known = accepted.OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = asked.Where(a => !known.Contains(a)).ToList();
        if (unknown.Count == 0) return null;
        var list = shown.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        return $"{option} {string.Join(',', unknown)}: no {what} of that name in '{root}'; known: {(list.Count == 0 ? "none" : string.Join(", ", list))}";
    }
}
