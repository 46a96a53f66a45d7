using Trendy.Core.Batch;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Conversion;

/// <summary>A last time step stored twice (docs/quirks.md, "Duplicated last step"): dropped when identical, refused when not.</summary>
public sealed class DuplicateStepConversionTests
{
    private const string Gpp = "CLASSIC/S3/CLASSIC_S3_gpp.nc";

    private static SourceFile WithRepeatedLastMonth(Func<int, int, int, int, double> value)
    {
        var months = SourceFile.NoleapMonthMids(2000, 12);
        return new SourceFile { Time = [.. months, months[^1]], Value = value };
    }

    [Fact]
    public void IdenticalLastStep_DroppedWithWarningNamingTheStep()
    {
        using var dir = new TempDir();
        // Step 12 is a copy of step 11: same time, same values.
        var src = WithRepeatedLastMonth((t, _, y, x) => (100 * Math.Min(t, 11)) + (10 * y) + x + 1);

        var outcome = Harness.Converted(dir, src, Gpp);
        var o = Harness.Read(outcome.OutputPath!, "gpp");

        Assert.Equal(12, o.Header.Dimension("time")!.Length);
        Assert.Equal(1100 + 10 + 2 + 1, o.At(11, 1, 2), 3);
        Assert.Contains(outcome.Diagnostics, d => d.Contains("TIME021", StringComparison.Ordinal) && d.Contains("time step 12 repeats step 11", StringComparison.Ordinal));
        Assert.Contains("time:duplicate-last-step-dropped", o.Global("conversion_rules")!, StringComparison.Ordinal);
    }

    [Fact]
    public void DifferingLastStep_RefusedAsTime006_NoOutput()
    {
        using var dir = new TempDir();
        var src = WithRepeatedLastMonth((t, _, y, x) => (100 * t) + (10 * y) + x + 1);

        var (outcome, _) = Harness.Convert(dir, src, Gpp);

        Assert.Equal(WorkStatus.Failed, outcome.Status);
        Assert.Equal("TIME006", outcome.ReasonCode);
        Assert.Contains("time step 12", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("6 of 6 values differ", outcome.Message, StringComparison.Ordinal);
        Assert.Empty(Harness.FilesUnder(dir));
    }

    [Fact]
    public void RepeatInsideTheAxis_StillTime006()
    {
        using var dir = new TempDir();
        var months = SourceFile.NoleapMonthMids(2000, 12);
        var src = new SourceFile { Time = [.. months[..6], months[5], .. months[6..]] };

        var (outcome, _) = Harness.Convert(dir, src, Gpp);

        Assert.Equal(WorkStatus.Failed, outcome.Status);
        Assert.Equal("TIME006", outcome.ReasonCode);
    }
}
