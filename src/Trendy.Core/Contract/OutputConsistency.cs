using Trendy.Core.Diagnostics;
using Trendy.Core.Planning;

namespace Trendy.Core.Contract;

/// <summary>
/// Catalogue and attribute consistency of an output tree (docs/contract.md Part 3 items 5 and 11): every catalogue row
/// names a file that exists, every output has a row, one simulation per model folder, and each file's own global
/// attributes agree with its row, its folder, its name and its time axis, so a catalogue rebuilt from the attributes
/// is the same catalogue.
/// </summary>
public static class OutputConsistency
{
    private const string Rebuild = "run 'trendy2ilamb report OUT' to rebuild the catalogue from the files";

    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<OutputFacts> outputs, IReadOnlyList<CatalogueEntry>? catalogue, string cataloguePath, Func<string, bool> fileExists)
    {
        var found = new List<Diagnostic>();
        if (catalogue is null)
        {
            found.Add(Diagnostic.Error(ContractCodes.CatalogueRow, new Where(cataloguePath), "item 11: the ilamb3 model database", "no file", Rebuild));
        }
        else
        {
            foreach (var row in catalogue.Where(r => !fileExists(r.Path)))
            {
                found.Add(Diagnostic.Error(ContractCodes.CatalogueRow, new Where(cataloguePath), $"item 11: the file of every row ({row.SourceId} {row.VariableId})", $"'{row.Path}' missing", Rebuild));
            }
        }

        var byPath = catalogue?.GroupBy(r => r.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var o in outputs)
        {
            CatalogueEntry? row = null;
            if (byPath is not null && !byPath.TryGetValue(o.Path, out row))
            {
                found.Add(Diagnostic.Error(ContractCodes.CatalogueRow, new Where(o.Path), $"item 11: a row in {System.IO.Path.GetFileName(cataloguePath)}", "none", Rebuild));
            }

            found.AddRange(CheckAttributes(o, row));
        }

        foreach (var folder in outputs.GroupBy(o => System.IO.Path.GetDirectoryName(o.Path) ?? "", StringComparer.Ordinal))
        {
            var simulations = folder.Select(o => o.Globals.GetValueOrDefault("experiment_id") ?? o.Simulation).Append(folder.First().Simulation).Distinct(StringComparer.Ordinal).ToList();
            if (simulations.Count > 1)
            {
                found.Add(Diagnostic.Error(ContractCodes.OneSimulation, new Where(folder.Key), "item 5: one simulation per model folder", string.Join(", ", simulations),
                    "move each simulation's files to OUT/{simulation}/{model}; ILAMB 2.x refuses two files covering the same period"));
            }
        }

        return found;
    }

    /// <summary>The file's attributes against its row, folder, name and time axis.</summary>
    public static IReadOnlyList<Diagnostic> CheckAttributes(OutputFacts o, CatalogueEntry? row)
    {
        var found = new List<Diagnostic>();
        void Expect(string attribute, string? expected, string why)
        {
            var actual = o.Globals.GetValueOrDefault(attribute);
            if (expected is not null && actual != expected)
            {
                found.Add(Diagnostic.Error(ContractCodes.Attributes, new Where(o.Path, null, attribute), $"'{expected}' ({why})", actual is null ? "none" : $"'{actual}'",
                    "convert the source again with this version of trendy2ilamb, then rebuild the catalogue with 'trendy2ilamb report OUT'"));
            }
        }

        var name = System.IO.Path.GetFileNameWithoutExtension(o.Path).Split('_');
        Expect("experiment_id", o.Simulation, "the simulation folder");
        Expect("member_id", OutputNaming.MemberId(o.Simulation), "the simulation, as in the catalogue");
        Expect("variable_id", o.DataVariable, "the data variable");
        if (name.Length >= 6)
        {
            Expect("variable_id", name[0], "the file name");
            Expect("table_id", name[1], "the file name");
            Expect("experiment_id", name[name.Length - (o.ObservedFrequency == "fx" ? 3 : 4)], "the file name");
        }

        Expect("frequency", o.ObservedFrequency, "the time axis");
        if (o.ObservedFrequency != "fx" && o.Globals.GetValueOrDefault("table_id") is { } table && !TableMatches(table, o.ObservedFrequency))
        {
            found.Add(Diagnostic.Error(ContractCodes.Attributes, new Where(o.Path, null, "table_id"), $"a CMIP table of frequency '{o.ObservedFrequency}' (annual: Eyr)", $"'{table}'",
                "convert the source again with this version of trendy2ilamb"));
        }

        if (o.Globals.GetValueOrDefault("source_id") is { } source && !source.EndsWith("-" + o.Simulation, StringComparison.Ordinal))
        {
            found.Add(Diagnostic.Error(ContractCodes.Attributes, new Where(o.Path, null, "source_id"), $"MODEL-{o.Simulation} (one source_id per scenario, docs/contract.md §2.1)", $"'{source}'",
                "convert the source again with this version of trendy2ilamb, so a catalogue rebuilt from the attributes keeps S0..S3 apart"));
        }

        if (row is not null)
        {
            Expect("source_id", row.SourceId, "the catalogue row");
            Expect("member_id", row.MemberId, "the catalogue row");
            Expect("experiment_id", row.ExperimentId, "the catalogue row");
            Expect("grid_label", row.GridLabel, "the catalogue row");
            Expect("variable_id", row.VariableId, "the catalogue row");
            Expect("frequency", row.Frequency, "the catalogue row");
        }

        return found;
    }

    /// <summary>Monthly tables end in "mon", Eyr is yearly, day/Eday daily (CMIP6 table_id vocabulary).</summary>
    private static bool TableMatches(string table, string frequency) => frequency switch
    {
        "mon" => table.EndsWith("mon", StringComparison.Ordinal),
        "yr" => table.EndsWith("yr", StringComparison.Ordinal),
        "day" => table is "day" or "Eday",
        _ => true,
    };
}
