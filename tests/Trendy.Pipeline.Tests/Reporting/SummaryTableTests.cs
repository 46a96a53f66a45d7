using Trendy.Core.Batch;
using Trendy.Pipeline.Reporting;
using static Trendy.Pipeline.Tests.Reporting.ReportSamples;

namespace Trendy.Pipeline.Tests.Reporting;

public sealed class SummaryTableTests
{
    private const string ExpectedText = """
        trendy2ilamb 0.1.0: run 20250304T100000Z-shard-2 (shard 2/5)
        started 2025-03-04 10:00:00Z, finished 2025-03-04 10:10:05Z, elapsed 0:10:05; summary made 2025-03-04 12:00:00Z
        input  /in
        output /out

        items 6: converted 1, up-to-date 1, skipped 1, failed 3

        failed by reason:
          UNIT010       2  e.g. S3/CLASSIC/cVeg: CLASSIC_S3_cVeg.nc › cVeg › units: expected a mass per area, found 'fraction'; fix the file
          WORKER_CRASH  1  e.g. S3/ORCHIDEE/lai: worker died | signal 11 no output

        skipped by reason:
          NOT_ILAMB  1  e.g. S3/JULES/pftFrac: not a variable ILAMB scores

        variable  converted  up-to-date  skipped  failed
        cVeg              0           0        0       1
        gpp               1           0        0       1
        lai               0           0        0       1
        nbp               0           1        0       0
        pftFrac           0           0        1       0

        model     converted  up-to-date  skipped  failed
        CLASSIC           1           0        0       1
        JULES             0           1        1       1
        ORCHIDEE          0           0        0       1

        bytes in 3.0 MiB, out 1.0 MiB; 14.8 s of item time
        """;

    [Fact]
    public void Text_MixedReportWithFixedClock_MatchesSnapshot()
    {
        var text = new SummaryTable(FixedClock.Noon).Text(Report(Mixed(), shard: "2/5"));

        Assert.Equal(ExpectedText.ReplaceLineEndings("\n") + "\n", text);
    }

    [Fact]
    public void Text_EntriesInAnotherOrder_RendersTheSame()
    {
        var table = new SummaryTable(FixedClock.Noon);
        var shuffled = Report(Mixed()) with { Entries = [.. Mixed().Reverse()] };

        Assert.Equal(table.Text(Report(Mixed())), table.Text(shuffled));
    }

    [Fact]
    public void Markdown_ListsEveryFailureWithFileCodeAndMessage()
    {
        var report = Report(Mixed());

        var md = new SummaryTable(FixedClock.Noon).Markdown(report);

        var failures = md[md.IndexOf("## Failures", StringComparison.Ordinal)..];
        foreach (var f in report.Entries.Where(e => e.Status == WorkStatus.Failed))
        {
            Assert.Contains($"| {f.InputPath} | {f.ReasonCode} |", failures);
        }

        Assert.Contains("| /in/ORCHIDEE/S3/ORCHIDEE_S3_lai.nc | WORKER_CRASH | worker died \\| signal 11 no output |", failures);
        Assert.DoesNotContain("pftFrac", failures);
    }

    [Fact]
    public void Markdown_MixedReport_MatchesSnapshot()
    {
        var md = new SummaryTable(FixedClock.Noon).Markdown(Report(Mixed()));

        Assert.Equal(ExpectedMarkdown.ReplaceLineEndings("\n") + "\n", md);
    }

    [Fact]
    public void Markdown_NoFailures_SaysNone()
    {
        var md = new SummaryTable(FixedClock.Noon).Markdown(Report([Entry("A", "gpp", WorkStatus.Converted)]));

        Assert.Contains("## Failures\n\nNone.\n", md);
    }

    private const string ExpectedMarkdown = """
        # trendy2ilamb 0.1.0: run 20250304T100000Z

        |  |  |
        | --- | --- |
        | started | 2025-03-04 10:00:00Z |
        | finished | 2025-03-04 10:10:05Z |
        | elapsed | 0:10:05 |
        | input | /in |
        | output | /out |
        | summary made | 2025-03-04 12:00:00Z |

        ## Totals

        | items | converted | up-to-date | skipped | failed | bytes in | bytes out | item time |
        | --- | --- | --- | --- | --- | --- | --- | --- |
        | 6 | 1 | 1 | 1 | 3 | 3.0 MiB | 1.0 MiB | 14.8 s |

        ## Failed by reason

        | code | count | example |
        | --- | --- | --- |
        | UNIT010 | 2 | S3/CLASSIC/cVeg: CLASSIC_S3_cVeg.nc › cVeg › units: expected a mass per area, found 'fraction'; fix the file |
        | WORKER_CRASH | 1 | S3/ORCHIDEE/lai: worker died \| signal 11 no output |

        ## Skipped by reason

        | code | count | example |
        | --- | --- | --- |
        | NOT_ILAMB | 1 | S3/JULES/pftFrac: not a variable ILAMB scores |

        ## By variable

        | variable | converted | up-to-date | skipped | failed |
        | --- | --- | --- | --- | --- |
        | cVeg | 0 | 0 | 0 | 1 |
        | gpp | 1 | 0 | 0 | 1 |
        | lai | 0 | 0 | 0 | 1 |
        | nbp | 0 | 1 | 0 | 0 |
        | pftFrac | 0 | 0 | 1 | 0 |

        ## By model

        | model | converted | up-to-date | skipped | failed |
        | --- | --- | --- | --- | --- |
        | CLASSIC | 1 | 0 | 0 | 1 |
        | JULES | 0 | 1 | 1 | 1 |
        | ORCHIDEE | 0 | 0 | 0 | 1 |

        ## Failures

        | file | code | message |
        | --- | --- | --- |
        | /in/CLASSIC/S3/CLASSIC_S3_cVeg.nc | UNIT010 | CLASSIC_S3_cVeg.nc › cVeg › units: expected a mass per area, found 'fraction'; fix the file |
        | /in/JULES/S3/JULES_S3_gpp.nc | UNIT010 | JULES_S3_gpp.nc › gpp › units: expected a flux, found 'mon'; fix the file |
        | /in/ORCHIDEE/S3/ORCHIDEE_S3_lai.nc | WORKER_CRASH | worker died \| signal 11 no output |

        ## Options

        | option | value |
        | --- | --- |
        | force | false |
        | jobs | 4 |

        """;
}
