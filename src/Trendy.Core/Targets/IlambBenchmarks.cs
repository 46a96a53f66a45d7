using Trendy.Core.Common;

namespace Trendy.Core.Targets;

/// <summary>
/// The benchmark table (embedded ilamb_benchmarks.csv: benchmark, the TRENDY variables it needs separated by
/// spaces, where it comes from), used to tell per model which ILAMB benchmarks it will and will not get.
/// </summary>
public static class IlambBenchmarks
{
    private static readonly Lazy<IReadOnlyList<IlambBenchmark>> Embedded = new(() => Parse(EmbeddedText.Read("ilamb_benchmarks.csv")));

    public static IReadOnlyList<IlambBenchmark> LoadEmbedded() => Embedded.Value;

    /// <exception cref="FormatException">The header or a row is malformed.</exception>
    public static IReadOnlyList<IlambBenchmark> Parse(string csvText)
    {
        var rows = CsvText.Parse(csvText);
        if (rows.Count == 0 || !rows[0].SequenceEqual(["benchmark", "needs", "source"], StringComparer.Ordinal))
            throw new FormatException("ilamb_benchmarks.csv: header must be benchmark,needs,source");
        var list = new List<IlambBenchmark>();
        for (var i = 1; i < rows.Count; i++)
        {
            var r = rows[i];
            if (r.Length != 3 || r[0].Trim().Length == 0 || r[1].Trim().Length == 0)
                throw new FormatException($"ilamb_benchmarks.csv line {i + 1}: expected benchmark,needs,source with a name and at least one variable");
            list.Add(new IlambBenchmark(r[0].Trim(), r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), r[2].Trim()));
        }

        return list;
    }
}
