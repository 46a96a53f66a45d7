using Trendy.Core.Cf.Time;

namespace Trendy.Core.Tests.Cf.Time;

/// <summary>The step_counts.csv rule table: the embedded guesses, and the checks that reject a bad table.</summary>
public sealed class StepCountTableTests
{
    private const string Header = "steps,frequency,start_year";

    [Fact]
    public void Table_Embedded_TheTrendyEmulatorCounts()
    {
        var rows = StepCountFallback.Table.Select(f => (f.Count, f.Grid.Frequency, f.Grid.StartYear, f.Grid.StartMonth, f.EndYear));
        Assert.Equal(
        [
            (3888, TimeFrequency.Monthly, 1700, 1, 2023), (324, TimeFrequency.Annual, 1700, 1, 2023),
            (3876, TimeFrequency.Monthly, 1701, 1, 2023), (1968, TimeFrequency.Monthly, 1860, 1, 2023),
            (164, TimeFrequency.Annual, 1860, 1, 2023), (1488, TimeFrequency.Monthly, 1900, 1, 2023),
        ], rows);
    }

    [Fact]
    public void Parse_SameCountOtherEndYear_BothKept()
    {
        // 324 monthly steps from 1700 end in 1726, 324 annual ones in 2023: the decoder tells them apart by end year.
        var rows = StepCountFallback.Parse(Header + "\n324,annual,1700\n324,monthly,1700\n");
        Assert.Equal([2023, 1726], rows.Select(r => r.EndYear));
    }

    [Theory]
    [InlineData("3888,daily,1700")] // frequency not monthly/annual
    [InlineData("3888,monthly,-1700")] // not a positive year
    [InlineData("0,monthly,1700")] // no steps
    [InlineData("3888.5,monthly,1700")] // not whole
    [InlineData("3888,monthly,1700\n3888,monthly,1700")] // same guess twice
    public void Parse_BadRow_Throws(string rows)
    {
        var ex = Assert.Throws<FormatException>(() => StepCountFallback.Parse("# legend\n" + Header + "\n" + rows + "\n"));
        Assert.Contains("step_counts.csv line", ex.Message, StringComparison.Ordinal);
    }
}
