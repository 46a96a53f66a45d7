using System.CommandLine;
using Trendy.Cli.Parsing;
using Trendy.Core.Identify;
using Trendy.Pipeline.Discovery;

namespace Trendy.Cli;

/// <summary>`--models/--simulations/--variables/--all` as a <see cref="Selection"/>, and the refusal of values that match nothing in the release.</summary>
public static class ReleaseSelection
{
    public static Selection From(ParseResult r, CliOptions o) =>
        new(OptionValues.CommaList(r.GetValue(o.Models)), OptionValues.CommaList(r.GetValue(o.Simulations)), OptionValues.CommaList(r.GetValue(o.Variables)), r.GetValue(o.All));

    /// <summary>
    /// A mistyped `--models CLASIC` would otherwise select nothing and end "0 files to convert" with exit 0; refused
    /// (exit status 2) with the values the release does hold.
    /// </summary>
    public static void RefuseUnmatched(Selection selection, DiscoveryResult discovery, string root)
    {
        var ids = discovery.Work.Select(w => w.File.Identity).Concat(discovery.Skipped.Select(s => s.File.Identity)).Where(i => i.Target is not null).ToList();
        Refuse("--models", "model", selection.Models, ids.SelectMany(i => new[] { i.Model, i.ModelDirectory }), ids.Select(i => i.Model), root);
        Refuse("--simulations", "simulation", selection.Simulations, ids.Select(i => i.Simulation), ids.Select(i => i.Simulation), root);
        Refuse("--variables", "variable", selection.Variables, ids.SelectMany(Names), ids.Select(i => i.Target!.TrendyName), root);
    }

    private static IEnumerable<string?> Names(FileIdentity i) => [i.Target!.TrendyName, i.Target.VariableId];

    private static void Refuse(string option, string what, IReadOnlyList<string> asked, IEnumerable<string?> accepted, IEnumerable<string?> shown, string root)
    {
        var known = accepted.OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = asked.Where(a => !known.Contains(a)).ToList();
        if (unknown.Count == 0) return;
        var list = shown.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        throw new UsageException($"{option} {string.Join(',', unknown)}: no {what} of that name in '{root}'; known: {(list.Count == 0 ? "none" : string.Join(", ", list))}");
    }
}
