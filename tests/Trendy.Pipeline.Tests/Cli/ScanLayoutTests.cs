using Trendy.Cli;
using Trendy.Pipeline.Discovery;

namespace Trendy.Pipeline.Tests.Cli;

/// <summary>`scan` of a full-size release (20 models × 40 variables × 4 simulations) stays readable in 100 columns.</summary>
public sealed class ScanLayoutTests
{
    [Fact]
    public void Print_TwentyModelsFortyVariables_TableFitsHundredColumnsWithOneRowPerVariable()
    {
        var models = Enumerable.Range(1, 20).Select(i => $"MODEL-NAME-{i:00}").ToList();
        var variables = Enumerable.Range(1, 40).Select(i => $"variable{i:00}").ToList();
        var entries = (from m in models
                       from v in variables
                       from s in new[] { "S0", "S1", "S2", "S3" }
                       let fail = m == "MODEL-NAME-07" && v == "variable13" && s == "S3"
                       select new ScanEntry($"{m}/{s}/{m}_{s}_{v}.nc", m, s, v, fail ? ScanEntry.Fail : ScanEntry.Convert, fail ? "UNIT010" : "OK",
                           fail ? "units" : null, fail ? null : "cf", fail ? null : "noleap", fail ? null : "mon", fail ? null : "1700-2023", fail ? null : "360x720", 1000)).ToList();
        var w = new StringWriter();

        ScanPrinter.Print(entries, new DiscoveryResult([], [], [], []), w);

        var lines = w.ToString().ReplaceLineEndings("\n").Split('\n');
        var table = lines.TakeWhile(l => !l.StartsWith("convert ", StringComparison.Ordinal) && !l.StartsWith("fail ", StringComparison.Ordinal)).ToList();
        Assert.All(table, l => Assert.True(l.Length <= 100, $"{l.Length} columns: {l}"));
        Assert.Equal(40, table.Count(l => l.Contains("variable", StringComparison.Ordinal) && l.Contains(" 20 ", StringComparison.Ordinal) || l.Contains("variable13", StringComparison.Ordinal)));
        Assert.Contains(table, l => l.Contains("variable13", StringComparison.Ordinal) && l.Contains("19 +1F", StringComparison.Ordinal) && l.Contains("MODEL-NAME-07/S3", StringComparison.Ordinal));
        Assert.Contains("3200 files", lines.Last(l => l.Length > 0), StringComparison.Ordinal);
    }
}
