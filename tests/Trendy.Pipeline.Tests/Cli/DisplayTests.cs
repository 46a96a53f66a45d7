using Spectre.Console.Testing;
using Trendy.Cli.Display;
using Trendy.Core.Batch;
using Trendy.Pipeline.Scheduling;
using Trendy.Pipeline.Tests.Reporting;

namespace Trendy.Pipeline.Tests.Cli;

/// <summary>What a person sees during a release run: the live display on a terminal of any width, plain lines elsewhere.</summary>
public sealed class DisplayTests
{
    private static readonly WorkItem[] Items =
    [
        Item("CLASSIC/S3/CLASSIC_S3_gpp_with_a_rather_long_file_name_1700-2023.nc", 40_000_000),
        Item("ORCHIDEE-v3/S2/ORCHIDEE-v3_S2_evapotrans_monthly_values.nc", 30_000_000),
        Item("JULES/S3/JULES_S3_nbp.nc", 20_000_000),
        Item("VISIT/S3/VISIT_S3_ra.nc", 10_000_000),
    ];

    [Theory]
    [InlineData(60)]
    [InlineData(160)]
    public void Live_AnyWidth_EndsWithOneBlockAndNoStaleLine(int width)
    {
        var console = new TestConsole().Width(width).Interactive().EmitAnsiSequences();
        var progress = new RunProgress(TimeProvider.System, Items.Length, Items.Sum(i => i.SizeBytes));

        LiveDisplay.Run(console, progress, display =>
        {
            Feed(display);
            return 0;
        });

        var screen = AnsiScreen.Play(console.Output, width).Where(l => l.Length > 0).ToList();
        Assert.All(screen, l => Assert.True(l.Length <= width, $"line wider than {width}: {l}"));
        var block = screen.FindIndex(l => l.Contains("/4 files", StringComparison.Ordinal));
        var (above, live) = (screen[..block], screen[block..]);
        // Above the live block: the failure, whole (wrapped at 60 columns), printed once.
        Assert.Contains("FAILED ORCHIDEE-v3/S2/ORCHIDEE-v3_S2_evapotrans_monthly_values.nc: [UNIT010] cannot convert",
            string.Join(' ', above.Select(l => l.Trim())).Replace("FAILED     ", "FAILED ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Single(screen, l => l.Contains("FAILED", StringComparison.Ordinal));
        // The live block as last drawn and nothing of earlier frames: the overall line and one line per worker.
        Assert.Equal(3, live.Count);
        Assert.Contains("4/4 files (1 failed)", live[0], StringComparison.Ordinal);
        Assert.StartsWith("1: done", live[1], StringComparison.Ordinal);
        Assert.StartsWith("2: done", live[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_EveryLineTimestampedAndFailuresAlsoOnStderr()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var progress = new RunProgress(FixedClock.Noon, Items.Length, Items.Sum(i => i.SizeBytes));
        var display = new PlainDisplay(progress, stdout, stderr);

        Feed(display);
        display.Complete();

        var lines = stdout.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("2025-03-04T12:00:00Z ", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("converted  JULES/S3/JULES_S3_nbp.nc: /out/JULES_S3_nbp.nc", StringComparison.Ordinal));
        Assert.EndsWith("4/4 files (1 failed), 100.0/100.0 MB, 0.0 MB/s, elapsed 00:00:00, ETA --:--:--", lines[^1], StringComparison.Ordinal);
        var errors = stderr.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(["2025-03-04T12:00:00Z FAILED     ORCHIDEE-v3/S2/ORCHIDEE-v3_S2_evapotrans_monthly_values.nc: [UNIT010] cannot convert"], errors);
    }

    /// <summary>Two workers: each file starts, progresses and ends; the second one fails.</summary>
    private static void Feed(IProgress<SchedulerEvent> display)
    {
        for (var i = 0; i < Items.Length; i++)
        {
            var worker = i % 2;
            display.Report(new ItemStarted(worker, Items[i], 1));
            foreach (var fraction in new[] { 0.25, 0.5, 0.75 })
            {
                display.Report(new ItemProgressed(worker, Items[i], fraction));
                Thread.Sleep(5);
            }

            var outcome = i == 1
                ? WorkOutcome.Failure(Items[i], "UNIT010", "cannot convert", 1)
                : new WorkOutcome(Items[i].Id, WorkStatus.Converted, ReasonCodes.Ok, "wrote") { OutputPath = "/out/" + Path.GetFileName(Items[i].Id) };
            display.Report(new ItemFinished(worker, Items[i], outcome));
        }
    }

    private static WorkItem Item(string id, long size) => new(id, "/in/" + id, id.Split('/')[0], id.Split('/')[1], "gpp", size);
}
