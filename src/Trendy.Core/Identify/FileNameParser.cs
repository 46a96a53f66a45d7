using System.Globalization;
using System.Text.RegularExpressions;

namespace Trendy.Core.Identify;

/// <summary>
/// Splits a file-name stem (archive suffix already removed) into prefix, simulation and variable token, and strips
/// the name variants seen in TRENDY releases (trendy-files.md §4). The simulation is found as a whole
/// '_'-separated token, so prefixes with underscores, dots or dashes (CLM6.0, LPJ-GUESS, ISBA-CTRIP) survive.
/// </summary>
internal static partial class FileNameParser
{
    private static readonly string[] Frequencies = ["Annual", "Monthly", "Daily"];

    /// <param name="stem">File name without the NetCDF/archive suffix.</param>
    /// <param name="modelNames">Known directory names and prefixes of the model, for static files.</param>
    /// <param name="isKnown">Whether a token names a variable, alias or companion (guards suffix stripping).</param>
    public static ParsedName Parse(string stem, IEnumerable<string> modelNames, Func<string, bool> isKnown)
    {
        var rules = new List<NameRule>();
        string? qualifier = null;
        if (stem.StartsWith("mean_annual_", StringComparison.OrdinalIgnoreCase))
        {
            qualifier = "mean_annual";
            stem = stem["mean_annual_".Length..];
            rules.Add(new(NameRuleIds.MeanAnnual, "leading mean_annual_"));
        }
        var tokens = stem.Split('_');
        var simAt = Array.FindIndex(tokens, t => SimulationName.FromToken(t) is not null);
        string? prefix;
        List<string> rest;
        if (simAt >= 0)
        {
            prefix = simAt > 0 ? string.Join('_', tokens[..simAt]) : null;
            rest = [.. tokens[(simAt + 1)..]];
        }
        else
        {
            (prefix, rest) = SplitStatic(stem, tokens, modelNames);
            rules.Add(new(NameRuleIds.Static, "no simulation token in the file name"));
        }
        var simulation = simAt >= 0 ? SimulationName.FromToken(tokens[simAt]) : null;
        var (token, pft, frequency, q, period) = StripVariants(rest, isKnown, rules);
        return new ParsedName(prefix, simulation, token, pft, frequency, q ?? qualifier, rules) { Period = period };
    }

    private static (string? Prefix, List<string> Remainder) SplitStatic(string stem, string[] tokens, IEnumerable<string> modelNames)
    {
        foreach (var name in modelNames.OrderByDescending(n => n.Length))
        {
            if (stem.Length > name.Length + 1 && stem.StartsWith(name + "_", StringComparison.OrdinalIgnoreCase))
                return (stem[..name.Length], [.. stem[(name.Length + 1)..].Split('_')]);
            // DLEM puts its name last: LAND_AREA_DLEM.nc.
            if (stem.Length > name.Length + 1 && stem.EndsWith("_" + name, StringComparison.OrdinalIgnoreCase))
                return (stem[^name.Length..], [.. stem[..^(name.Length + 1)].Split('_')]);
        }
        if (stem.StartsWith(CompanionNames.LandAreaStem + "_", StringComparison.OrdinalIgnoreCase))
            return (stem[(CompanionNames.LandAreaStem.Length + 1)..], [.. CompanionNames.LandAreaStem.Split('_')]);
        return tokens.Length > 1 ? (tokens[0], [.. tokens[1..]]) : (null, [.. tokens]);
    }

    private static (string Token, int? Pft, string? Frequency, string? Qualifier, SeriesPeriod? Period) StripVariants(
        List<string> rest, Func<string, bool> isKnown, List<NameRule> rules)
    {
        int? pft = null;
        string? frequency = null;
        string? qualifier = null;
        SeriesPeriod? period = null;
        if (rest.Count > 1 && SeriesPeriod.Parse(rest[^1]) is { } p)
        {
            period = p;
            rules.Add(new(NameRuleIds.PeriodSplit, $"period {p.Text}: one part of a series split across files"));
            rest.RemoveAt(rest.Count - 1);
        }

        if (rest.Count > 1 && PftToken().Match(rest[^1]) is { Success: true } m)
        {
            pft = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            rules.Add(new(NameRuleIds.PftSplit, $"per-PFT split file {rest[^1]} (CLM v13/v14)"));
            rest.RemoveAt(rest.Count - 1);
        }
        if (rest.Count > 1 && string.Equals(rest[^1], "OBS", StringComparison.OrdinalIgnoreCase))
        {
            qualifier = "OBS";
            rules.Add(new(NameRuleIds.ObsSuffix, "trailing _OBS (CARDAMOM)"));
            rest.RemoveAt(rest.Count - 1);
        }
        if (rest.Count > 1 && Frequencies.FirstOrDefault(f => f.Equals(rest[0], StringComparison.OrdinalIgnoreCase)) is { } lead)
        {
            frequency = lead;
            rules.Add(new(NameRuleIds.FrequencyPrefix, $"leading {rest[0]}_ (YIBs)"));
            rest.RemoveAt(0);
        }
        if (rest.Count > 2 && rest[0].Equals("mean", StringComparison.OrdinalIgnoreCase) && rest[1].Equals("annual", StringComparison.OrdinalIgnoreCase))
        {
            qualifier = "mean_annual";
            rules.Add(new(NameRuleIds.MeanAnnual, "mean_annual_ before the variable"));
            rest.RemoveRange(0, 2);
        }
        var token = string.Join('_', rest);
        if (!isKnown(token))
        {
            foreach (var f in Frequencies)
            {
                if (token.Length > f.Length && token.EndsWith(f, StringComparison.Ordinal) && isKnown(token[..^f.Length]))
                {
                    frequency = f;
                    rules.Add(new(NameRuleIds.FrequencySuffix, $"{f} glued to the variable (SDGVM)"));
                    token = token[..^f.Length];
                    break;
                }
            }
        }
        return (token, pft, frequency, qualifier, period);
    }

    [GeneratedRegex("^PFT([0-9]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PftToken();
}
